package io.earshot.simulator.dsl;

import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.quality.PairMeasurement;
import io.earshot.simulator.quality.QualityText;
import io.earshot.simulator.quality.ReportedQuality;
import io.earshot.simulator.quality.SourceTraits;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The Java form of the quality sentences: measured MOS, mouth-to-ear latency, breaks, the quality
 * the engine reports, and percentiles across listeners. Reached through {@link
 * ScenarioDsl#quality()}. Each judges what has been recorded up to the moment it runs.
 */
public final class QualityDsl {
  private final ScenarioDsl dsl;
  private final Simulation sim;

  QualityDsl(ScenarioDsl dsl) {
    this.dsl = dsl;
    this.sim = dsl.simulation();
  }

  /** The pair's measured MOS (mean of its windows) is at least {@code min}. */
  public void measuredMosAtLeast(String streamId, String listener, double min) {
    PairMeasurement m = measured(listener, streamId, true);
    if (!(m.mosMean() >= min)) {
      throw fail(
          listener,
          String.format(
              Locale.ROOT, "expected the measured MOS of %s to be at least %.2f", m.pair(), min),
          m);
    }
  }

  /** The mean MOS of the listener's quality callbacks is within {@code tolerance} of measured. */
  public void reportedMosWithinOfMeasured(String listener, String streamId, double tolerance) {
    double reported = reportedMean(listener, streamId, ReportedQuality.Sample::mos);
    PairMeasurement m = measured(listener, streamId, true);
    if (!(Math.abs(reported - m.mosMean()) <= tolerance)) {
      throw fail(
          listener,
          String.format(
              Locale.ROOT,
              "expected the MOS \"%s\" reports for \"%s\" (%.2f, mean of its quality callbacks) to"
                  + " be within %.2f of the measured MOS (%.2f)",
              listener,
              streamId,
              reported,
              tolerance,
              m.mosMean()),
          m);
    }
  }

  /** The mean reported MOS is at least {@code min}. */
  public void reportedMosAtLeast(String listener, String streamId, double min) {
    double reported = reportedMean(listener, streamId, ReportedQuality.Sample::mos);
    if (!(reported >= min)) {
      throw new ScenarioFailure(
          String.format(
              Locale.ROOT,
              "expected the MOS \"%s\" reports for \"%s\" to be at least %.2f, found %.2f (mean of"
                  + " its quality callbacks)",
              listener,
              streamId,
              min,
              reported));
    }
  }

  /** The mean reported downlink loss is within [low, high] (fractions). */
  public void reportedLossBetween(String listener, String streamId, double low, double high) {
    double loss = reportedMean(listener, streamId, ReportedQuality.Sample::packetLostRate);
    if (!(loss >= low && loss <= high)) {
      throw new ScenarioFailure(
          String.format(
              Locale.ROOT,
              "expected the packet loss \"%s\" reports for \"%s\" to be between %.2f%% and %.2f%%,"
                  + " found %.2f%% (mean of its quality callbacks)",
              listener,
              streamId,
              100 * low,
              100 * high,
              100 * loss));
    }
  }

  /** Every pair's mean reported MOS is at least {@code min}; some callbacks must exist. */
  public void noListenerReportsMosBelow(double min) {
    List<PairMeasurement> all = sim.measurements().all();
    if (all.isEmpty()) {
      throw new ScenarioFailure(
          "expected listeners to compare, found no listener that played audio");
    }
    StringBuilder below = new StringBuilder();
    for (PairMeasurement m : all) {
      double r =
          reportedMean(m.pair().listener(), m.pair().streamId(), ReportedQuality.Sample::mos);
      if (r < min) {
        below.append(String.format(Locale.ROOT, "\n  %s reports %.2f", m.pair(), r));
      }
    }
    if (!below.isEmpty()) {
      throw new ScenarioFailure(
          String.format(Locale.ROOT, "expected no listener's reported MOS below %.2f:", min)
              + below);
    }
  }

  /** The latency from publisher to listener is below {@code maxMs} at the percentile. */
  public void latencyBelowAtPercentile(
      String publisher, String listener, double maxMs, double percentile) {
    for (PairMeasurement m : pairsFrom(publisher, listener)) {
      double value = m.latencyPercentileMs(percentile);
      if (!(value < maxMs)) {
        throw latencyFailure(
            publisher,
            m,
            String.format(
                Locale.ROOT,
                "below %.1f ms at the %s percentile",
                maxMs,
                QualityText.ordinal(percentile)),
            QualityText.ms(value));
      }
    }
  }

  /** The mean latency from publisher to listener is within [lowMs, highMs]. */
  public void latencyBetweenOnAverage(
      String publisher, String listener, double lowMs, double highMs) {
    for (PairMeasurement m : pairsFrom(publisher, listener)) {
      double mean = m.latencyMeanMs();
      if (!(mean >= lowMs && mean <= highMs)) {
        throw latencyFailure(
            publisher,
            m,
            String.format(Locale.ROOT, "between %.1f ms and %.1f ms on average", lowMs, highMs),
            QualityText.ms(mean));
      }
    }
  }

  /**
   * Stream by stream, the listener's mean latency from the publisher exceeds {@code other}'s by
   * {@code lowMs} to {@code highMs}: a path's difference, free of what both listeners share.
   */
  public void latencyAboveBetweenOnAverage(
      String publisher, String listener, String other, double lowMs, double highMs) {
    List<PairMeasurement> others = pairsFrom(publisher, other);
    for (PairMeasurement m : pairsFrom(publisher, listener)) {
      PairMeasurement o =
          others.stream()
              .filter(x -> x.pair().streamId().equals(m.pair().streamId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      fail(
                          other,
                          "expected \"" + other + "\" to play " + m.pair().streamId() + " too",
                          m));
      double difference = m.latencyMeanMs() - o.latencyMeanMs();
      if (!(difference >= lowMs && difference <= highMs)) {
        throw latencyFailure(
            publisher,
            m,
            String.format(
                Locale.ROOT,
                "between %.1f ms and %.1f ms more than \"%s\"'s on average",
                lowMs,
                highMs,
                other),
            Double.isNaN(difference)
                ? String.format(
                    Locale.ROOT,
                    "no difference to take (%s against %s)",
                    QualityText.ms(m.latencyMeanMs()),
                    QualityText.ms(o.latencyMeanMs()))
                : String.format(
                    Locale.ROOT,
                    "%.1f ms more (%.1f ms against %.1f ms)",
                    difference,
                    m.latencyMeanMs(),
                    o.latencyMeanMs()));
      }
    }
  }

  /** Measured breaks per 10 s of heard audio are below {@code maxPerTenSeconds}. */
  public void breakRateBelow(String streamId, String listener, double maxPerTenSeconds) {
    PairMeasurement m = measured(listener, streamId, false);
    if (m.scoredSeconds() <= 0) {
      throw fail(listener, "expected audio to count breaks in, found none heard", m);
    }
    double rate = m.breaks().size() * 10.0 / m.scoredSeconds();
    if (!(rate < maxPerTenSeconds)) {
      throw fail(
          listener,
          String.format(
              Locale.ROOT,
              "expected the audio break rate of %s to be below %.2f per 10 seconds, found %.2f"
                  + " (%d breaks in %.1f s)",
              m.pair(),
              maxPerTenSeconds,
              rate,
              m.breaks().size(),
              m.scoredSeconds()),
          m);
    }
  }

  /** A percentile of every scored window of every pair is at least {@code min}. */
  public void mosPercentileAcrossListenersAtLeast(double percentile, double min) {
    QualityPercentiles.mosAtLeast(sim, percentile, min);
  }

  /** A percentile of every latency estimate of every pair is below {@code maxMs}. */
  public void latencyPercentileAcrossListenersBelow(double percentile, double maxMs) {
    QualityPercentiles.latencyBelow(sim, percentile, maxMs);
  }

  // ---- helpers ----

  private PairMeasurement measured(String listener, String streamId, boolean needMos) {
    VirtualUser u = sim.user(listener);
    AudioSource source = sim.audioOf(streamId);
    if (needMos && !SourceTraits.scorable(source)) {
      throw new ScenarioFailure(
          "measured MOS needs speech (publish with speech or an audio file of speech); stream \""
              + streamId
              + "\" carries "
              + source.describe());
    }
    PairMeasurement m =
        sim.measurements()
            .pair(u.name(), streamId)
            .orElseThrow(
                () ->
                    dsl.failure(
                        u,
                        "expected \""
                            + listener
                            + "\" to have played stream \""
                            + streamId
                            + "\", found no played audio of it"));
    if (needMos && m.mos().isEmpty()) {
      throw fail(listener, "expected a measured MOS of " + m.pair() + ", found none", m);
    }
    return m;
  }

  private List<PairMeasurement> pairsFrom(String publisher, String listener) {
    sim.user(publisher);
    VirtualUser l = sim.user(listener);
    List<PairMeasurement> pairs =
        sim.measurements().all().stream()
            .filter(m -> m.publisher().equals(publisher) && m.pair().listener().equals(listener))
            .toList();
    if (pairs.isEmpty()) {
      throw dsl.failure(
          l,
          "expected \""
              + listener
              + "\" to play a stream \""
              + publisher
              + "\" published, found none");
    }
    for (PairMeasurement m : pairs) {
      if (m.latency().measurements().isEmpty()) {
        throw fail(listener, "expected a measured latency of " + m.pair() + ", found none", m);
      }
    }
    return pairs;
  }

  private double reportedMean(
      String listener, String streamId, ToDoubleFunction<ReportedQuality.Sample> field) {
    sim.user(listener);
    List<ReportedQuality.Sample> samples =
        sim.quality().reported().samples(listener, streamId).stream()
            .filter(s -> s.mos() >= 0)
            .toList();
    if (samples.isEmpty()) {
      throw new ScenarioFailure(
          "no quality callbacks received for "
              + streamId
              + " at "
              + listener
              + " (expected onPlayerQualityUpdate every 3 s with a known MOS)");
    }
    return samples.stream().mapToDouble(field).average().orElseThrow();
  }

  /** "expected the mouth-to-ear latency of PAIR from "PUBLISHER" to be EXPECTED, found FOUND". */
  private ScenarioFailure latencyFailure(
      String publisher, PairMeasurement m, String expected, String found) {
    return fail(
        m.pair().listener(),
        String.format(
            Locale.ROOT,
            "expected the mouth-to-ear latency of %s from \"%s\" to be %s, found %s",
            m.pair(),
            publisher,
            expected,
            found),
        m);
  }

  private ScenarioFailure fail(String listener, String message, PairMeasurement m) {
    return dsl.failure(sim.user(listener), message + "\n" + QualityText.describe(m));
  }
}
