package io.earshot.reports.charts;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricRegistry.Pair;
import io.earshot.simulator.timeline.ScenarioEventLog;
import io.earshot.simulator.timeline.ScenarioEventLog.Band;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The charts of one scenario: one per series of every (listener, stream) pair in the simulation's
 * {@link MetricRegistry}, each with the bands that bear on it shaded: the listener's and the
 * stream's publisher's outages and loss changes, server outages, and the pair's breaks.
 */
public final class ScenarioCharts {
  /** One chart to attach: its attachment name and its spec. */
  public record Chart(String name, ChartSpec spec) {}

  private ScenarioCharts() {}

  /** Every chart of the scenario, in the registry's order. */
  public static List<Chart> of(Simulation sim) {
    double end = sim.clock().nowNanos() / 1e9;
    List<Band> bands = sim.notes().log().bands();
    List<MetricRegistry.Break> breaks = sim.metrics().breaks();
    List<Chart> charts = new ArrayList<>();
    for (MetricRegistry.Entry e : sim.metrics().entries()) {
      Pair pair = e.pair();
      ChartSpec.Builder spec =
          ChartSpec.builder(title(pair, e.series().name()), e.series()).endSeconds(end);
      shadesFor(sim, pair, bands, breaks).forEach(spec::shade);
      charts.add(new Chart("chart: " + title(pair, e.series().name()), spec.build()));
    }
    return charts;
  }

  static String title(Pair pair, String series) {
    if (pair.user().equals(MetricRegistry.SCENARIO)) {
      return "scenario: " + series;
    }
    if (pair.stream().equals(MetricRegistry.NETWORK)) {
      return pair.user() + "'s network: " + series;
    }
    return pair.user() + " plays " + pair.stream() + ": " + series;
  }

  static List<Shade> shadesFor(
      Simulation sim, Pair pair, List<Band> bands, List<MetricRegistry.Break> breaks) {
    Set<String> concerned = new LinkedHashSet<>();
    concerned.add(pair.user());
    if (!pair.stream().equals(MetricRegistry.NETWORK)) {
      publisherOf(sim, pair.stream()).ifPresent(concerned::add);
    }
    boolean wholeScenario = pair.user().equals(MetricRegistry.SCENARIO);
    List<Shade> shades = new ArrayList<>();
    for (Band b : bands) {
      if (wholeScenario || concerned.stream().anyMatch(b::concerns)) {
        String who =
            b.user().equals(ScenarioEventLog.EVERY_USER) || b.user().equals(pair.user())
                ? ""
                : " (" + b.user() + ")";
        double to =
            b.toNanos() == ScenarioEventLog.OPEN ? Double.POSITIVE_INFINITY : b.toNanos() / 1e9;
        shades.add(new Shade(b.label() + who, b.fromNanos() / 1e9, to));
      }
    }
    for (MetricRegistry.Break br : breaks) {
      if (br.pair().equals(pair)) {
        shades.add(new Shade("break", br.fromNanos() / 1e9, br.toNanos() / 1e9));
      }
    }
    return shades;
  }

  private static java.util.Optional<String> publisherOf(Simulation sim, String stream) {
    try {
      return java.util.Optional.of(sim.lastPublisherOf(stream).name());
    } catch (AssertionError e) {
      return java.util.Optional.empty();
    }
  }
}
