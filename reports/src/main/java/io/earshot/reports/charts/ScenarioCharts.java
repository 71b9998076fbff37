package io.earshot.reports.charts;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricRegistry.Pair;
import io.earshot.simulator.timeline.ScenarioEventLog;
import io.earshot.simulator.timeline.ScenarioEventLog.Band;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
    for (List<MetricRegistry.Entry> group : groups(sim.metrics().entries())) {
      MetricRegistry.Entry first = group.get(0);
      Pair pair = first.pair();
      String name =
          group.size() == 1
              ? first.series().name()
              : family(first.series().name()) + " percentiles";
      ChartSpec.Builder spec = ChartSpec.builder(title(pair, name), first.series()).endSeconds(end);
      group.stream().skip(1).forEach(e -> spec.series(e.series()));
      shadesFor(sim, pair, bands, breaks).forEach(spec::shade);
      charts.add(new Chart("chart: " + title(pair, name), spec.build()));
    }
    return charts;
  }

  /**
   * Entries one after another, one group each, except percentiles of one quantity ("reported MOS
   * p5", "p50", "p95") which share a chart.
   */
  static List<List<MetricRegistry.Entry>> groups(List<MetricRegistry.Entry> entries) {
    List<List<MetricRegistry.Entry>> groups = new ArrayList<>();
    for (MetricRegistry.Entry e : entries) {
      List<MetricRegistry.Entry> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && isPercentile(e) && sameFamily(last.get(0), e)) {
        last.add(e);
      } else {
        groups.add(new ArrayList<>(List.of(e)));
      }
    }
    return groups;
  }

  private static boolean isPercentile(MetricRegistry.Entry e) {
    return !family(e.series().name()).equals(e.series().name());
  }

  private static boolean sameFamily(MetricRegistry.Entry a, MetricRegistry.Entry b) {
    return a.pair().equals(b.pair())
        && a.series().unit().equals(b.series().unit())
        && family(a.series().name()).equals(family(b.series().name()));
  }

  private static String family(String seriesName) {
    return seriesName.replaceFirst(" p\\d{1,2}$", "");
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
            b.user().equals(ScenarioEventLog.EVERY_USER)
                    || b.user().equals(pair.user())
                    || b.label().contains("\"" + b.user() + "\"")
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

  private static Optional<String> publisherOf(Simulation sim, String stream) {
    try {
      return Optional.of(sim.lastPublisherOf(stream).name());
    } catch (AssertionError e) {
      return Optional.empty();
    }
  }
}
