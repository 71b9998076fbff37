package io.earshot.simulator;

import io.earshot.simulator.metrics.DropRateSeries;
import io.earshot.simulator.metrics.LoadSeries;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricSeries;
import io.earshot.simulator.quality.MeasuredSeries;
import io.earshot.simulator.quality.ReportedSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * The series every scenario has without a quality producer: what each listener played (RMS level
 * per 20 ms frame, per stream), what the harness measured of it (latency and MOS, when measured),
 * what its engine reported (MOS, loss and playout delay every 3 s) and what each user's link
 * dropped per second, per direction.
 */
final class BuiltInSeries {
  private BuiltInSeries() {}

  /** The load figures of {@code sim}, registered with its first user. */
  static void register(Simulation sim, VirtualUser user) {
    MetricRegistry metrics = sim.metrics();
    if (sim.users().size() == 1) {
      LoadSeries load = new LoadSeries();
      sim.loadSeries = load;
      metrics.addDerived(entries -> load.of(streamSpans(sim), entries, sim.clock().nowNanos()));
    }
    sim.loadSeries.userAdded(sim.clock().nowNanos());
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
          for (String stream : user.playedStreams()) {
            MetricRegistry.Pair pair = new MetricRegistry.Pair(user.name(), stream);
            measured(sim, user.name(), stream)
                .forEach(m -> entries.add(new MetricRegistry.Entry(pair, m)));
          }
          for (String stream : user.startedStreams()) {
            MetricRegistry.Pair pair = new MetricRegistry.Pair(user.name(), stream);
            ReportedSeries.of(sim.quality().reported().samples(user.name(), stream))
                .forEach(s -> entries.add(new MetricRegistry.Entry(pair, s)));
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

  /** The pair's measured latency and MOS over time, when the harness measured the pair. */
  private static List<MetricSeries> measured(Simulation sim, String listener, String stream) {
    return sim.quality()
        .sent(stream)
        .flatMap(
            sent ->
                sim.measurements()
                    .pair(listener, stream)
                    .map(m -> MeasuredSeries.of(m, sent.track().originNanos())))
        .orElse(List.of());
  }

  /** When each stream a listener played was first and last played. */
  private static List<long[]> streamSpans(Simulation sim) {
    List<long[]> spans = new ArrayList<>();
    if (sim.users().size() < LoadSeries.LOAD_RUN_USERS) {
      return spans;
    }
    for (VirtualUser u : sim.users()) {
      for (String stream : u.playedStreams()) {
        u.recorder(stream)
            .map(r -> r.levelSeries().atNanos())
            .filter(t -> t.length > 0)
            .ifPresent(t -> spans.add(new long[] {t[0], t[t.length - 1]}));
      }
    }
    return spans;
  }
}
