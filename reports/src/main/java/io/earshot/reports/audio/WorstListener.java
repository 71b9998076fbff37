package io.earshot.reports.audio;

import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricRegistry.Pair;
import io.earshot.simulator.metrics.MetricSeries;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the (listener, stream) pair whose call went worst, the one whose audio the report
 * attaches: the lowest mean measured MOS, else the lowest mean reported MOS, else the most time in
 * breaks, else the largest share of silent played frames; names break ties, so the choice is the
 * same on every run.
 */
public final class WorstListener {
  /** What the choice was made on. */
  record Score(Pair pair, double measuredMos, double reportedMos, long breakNanos, double silent) {}

  private static final double SILENT_DBFS = -50.0;

  private WorstListener() {}

  /** The worst pair among those that played something, if any did. */
  public static Optional<Pair> of(MetricRegistry metrics) {
    List<MetricRegistry.Entry> entries = metrics.entries();
    List<MetricRegistry.Break> breaks = metrics.breaks();
    return entries.stream()
        .map(MetricRegistry.Entry::pair)
        .filter(WorstListener::isListening)
        .distinct()
        .map(p -> score(p, entries, breaks))
        .min(
            Comparator.comparingDouble((Score s) -> orMax(s.measuredMos()))
                .thenComparingDouble(s -> orMax(s.reportedMos()))
                .thenComparing(Comparator.comparingLong(Score::breakNanos).reversed())
                .thenComparing(Comparator.comparingDouble(Score::silent).reversed())
                .thenComparing(s -> s.pair().user())
                .thenComparing(s -> s.pair().stream()))
        .map(Score::pair);
  }

  static boolean isListening(Pair p) {
    return !p.stream().equals(MetricRegistry.NETWORK) && !p.user().equals(MetricRegistry.SCENARIO);
  }

  private static Score score(
      Pair p, List<MetricRegistry.Entry> entries, List<MetricRegistry.Break> breaks) {
    long breakNanos =
        breaks.stream()
            .filter(b -> b.pair().equals(p))
            .mapToLong(b -> b.toNanos() - b.fromNanos())
            .sum();
    return new Score(
        p,
        mean(p, entries, "measured MOS"),
        mean(p, entries, "reported MOS"),
        breakNanos,
        silentShare(p, entries));
  }

  private static double mean(Pair p, List<MetricRegistry.Entry> entries, String name) {
    return entries.stream()
        .filter(e -> e.pair().equals(p) && e.series().name().equals(name))
        .mapToDouble(e -> e.series().mean())
        .findFirst()
        .orElse(Double.NaN);
  }

  private static double silentShare(Pair p, List<MetricRegistry.Entry> entries) {
    for (MetricRegistry.Entry e : entries) {
      if (e.pair().equals(p) && e.series().name().equals("played level")) {
        MetricSeries s = e.series();
        double[] v = s.values();
        long silent = Arrays.stream(v).filter(x -> !(x > SILENT_DBFS)).count();
        return v.length == 0 ? 0 : (double) silent / v.length;
      }
    }
    return 0;
  }

  private static double orMax(double v) {
    return Double.isNaN(v) ? Double.MAX_VALUE : v;
  }
}
