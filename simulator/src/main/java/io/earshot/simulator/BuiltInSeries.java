package io.earshot.simulator;

import io.earshot.simulator.metrics.DropRateSeries;
import io.earshot.simulator.metrics.MetricRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The series every scenario has without a quality producer: what each listener played (RMS level
 * per 20 ms frame, per stream) and what each user's link dropped per second, per direction.
 */
final class BuiltInSeries {
  private BuiltInSeries() {}

  static void register(Simulation sim, VirtualUser user) {
    MetricRegistry metrics = sim.metrics();
    DropRateSeries drops =
        new DropRateSeries(() -> sim.clock().toScenarioNanos(user.link().scheduler().nowNanos()));
    user.link().addDropListener(drops);
    metrics.addProvider(
        () -> {
          List<MetricRegistry.Entry> entries = new ArrayList<>();
          for (String stream : user.playedStreams()) {
            user.recorder(stream)
                .ifPresent(
                    r ->
                        entries.add(
                            new MetricRegistry.Entry(
                                new MetricRegistry.Pair(user.name(), stream), r.levelSeries())));
          }
          drops
              .series()
              .forEach(
                  s ->
                      entries.add(
                          new MetricRegistry.Entry(
                              new MetricRegistry.Pair(user.name(), MetricRegistry.NETWORK), s)));
          return entries;
        });
  }
}
