package io.earshot.simulator.dsl;

import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.quality.PairMeasurement;
import io.earshot.simulator.quality.QualityText;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Percentiles across listeners: over every (listener, stream) pair, over its windows (MOS) or
 * estimates (latency) after the pair first heard audio. A pair with nothing to contribute fails the
 * sentence rather than being left out, so a listener who heard nothing cannot make it pass.
 */
final class QualityPercentiles {
  private QualityPercentiles() {}

  static void mosAtLeast(Simulation sim, double percentile, double min) {
    List<PairMeasurement> pairs =
        pairs(sim).stream().filter(m -> !m.mosAbsence().startsWith("measured MOS needs")).toList();
    if (pairs.isEmpty()) {
      throw new ScenarioFailure(
          "expected listeners of speech to score, found no listener that played speech");
    }
    String missing = missing(pairs, m -> m.mos().isEmpty() || m.mos().get().windows().isEmpty());
    if (!missing.isEmpty()) {
      throw new ScenarioFailure(
          "expected a measured MOS for every listener, found none for:" + missing);
    }
    double value =
        percentile(
            pairs.stream()
                .flatMapToDouble(
                    m -> m.mos().get().windows().stream().mapToDouble(w -> w.score().mos())),
            percentile);
    if (!(value >= min)) {
      throw failure(
          String.format(
              Locale.ROOT,
              "expected the %s percentile of the measured MOS across all listeners to be at least"
                  + " %.2f, found %.2f",
              QualityText.ordinal(percentile),
              min,
              value),
          pairs);
    }
  }

  static void latencyBelow(Simulation sim, double percentile, double maxMs) {
    List<PairMeasurement> pairs = pairs(sim);
    String missing = missing(pairs, m -> m.latency().measurements().isEmpty());
    if (!missing.isEmpty()) {
      throw new ScenarioFailure(
          "expected a measured latency for every listener, found none for:" + missing);
    }
    double value =
        percentile(
            pairs.stream().flatMapToDouble(m -> DoubleStream.of(m.latency().latenciesMs())),
            percentile);
    if (!(value < maxMs)) {
      throw failure(
          String.format(
              Locale.ROOT,
              "expected the %s percentile of the mouth-to-ear latency across all listeners to be"
                  + " below %.1f ms, found %.1f ms",
              QualityText.ordinal(percentile),
              maxMs,
              value),
          pairs);
    }
  }

  private static List<PairMeasurement> pairs(Simulation sim) {
    List<PairMeasurement> pairs = sim.measurements().all();
    if (pairs.isEmpty()) {
      throw new ScenarioFailure(
          "expected listeners to measure, found no listener that played any audio");
    }
    return pairs;
  }

  private static String missing(List<PairMeasurement> pairs, Predicate<PairMeasurement> lacking) {
    StringBuilder out = new StringBuilder();
    pairs.stream().filter(lacking).forEach(m -> out.append("\n").append(QualityText.describe(m)));
    return out.toString();
  }

  private static double percentile(DoubleStream values, double percentile) {
    return new DescriptiveStatistics(values.toArray()).getPercentile(percentile);
  }

  private static ScenarioFailure failure(String message, List<PairMeasurement> pairs) {
    StringBuilder out = new StringBuilder(message).append("\nper listener:");
    for (PairMeasurement m : pairs) {
      out.append(
          String.format(
              Locale.ROOT,
              "\n  %s: MOS %.2f, latency mean %.1f ms, 95th %.1f ms",
              m.pair(),
              m.mosMean(),
              m.latencyMeanMs(),
              m.latencyPercentileMs(95)));
    }
    return new ScenarioFailure(out.toString());
  }
}
