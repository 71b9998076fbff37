package io.earshot.simulator.quality;

import io.earshot.simulator.measure.LatencyEstimate;
import io.earshot.simulator.measure.MeasuredBreak;
import io.earshot.simulator.measure.WindowedMeasuredMos;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;

/**
 * What the harness measured for one listener of one stream, from the audio alone (and, where the
 * links were observed, the packets' timestamps). Measured values only: what the engine reports is
 * {@link ReportedQuality}.
 *
 * @param pair the listener and stream
 * @param publisher who published the stream
 * @param source what the stream carried
 * @param heardFromNanos the first audible played frame; empty if nothing was heard
 * @param latency mouth-to-ear latency per window or marker, with gaps (sent-audio time)
 * @param mos measured MOS per window over the time after the pair first heard audio; empty when the
 *     source is not speech or nothing heard correlates with what was sent
 * @param mosAbsence why there is no MOS, when there is none
 * @param breaks breaks heard, independent of engine flags
 * @param scoredSeconds sent audio compared (after first heard, up to what was played)
 * @param stages the per-stage breakdown; empty when the links were not observed (real time)
 */
public record PairMeasurement(
    PairKey pair,
    String publisher,
    String source,
    OptionalLong heardFromNanos,
    LatencyEstimate latency,
    Optional<WindowedMeasuredMos> mos,
    String mosAbsence,
    List<MeasuredBreak> breaks,
    double scoredSeconds,
    Optional<StageBreakdown> stages) {

  public PairMeasurement {
    breaks = List.copyOf(breaks);
  }

  /** Mean of the windows' MOS; NaN without any. */
  public double mosMean() {
    return mos.map(WindowedMeasuredMos::mean).orElse(Double.NaN);
  }

  /** Mean accepted latency, ms; NaN without any. */
  public double latencyMeanMs() {
    double[] l = latency.latenciesMs();
    if (l.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : l) {
      sum += v;
    }
    return sum / l.length;
  }

  /** A percentile of the accepted latencies, ms; NaN without any. */
  public double latencyPercentileMs(double percent) {
    return latency.percentileMs(percent);
  }

  /** Mean of a window diagnostic, NaN without windows. */
  double meanOfWindows(ToDoubleFunction<WindowedMeasuredMos.Window> f) {
    return mos.map(m -> m.windows().stream().mapToDouble(f).average().orElse(Double.NaN))
        .orElse(Double.NaN);
  }

  /** Played level minus sent level over active speech, dB, mean of the windows. */
  public double levelDifferenceDb() {
    return meanOfWindows(w -> w.score().diagnostics().levelDifferenceDb());
  }

  /** Bandwidth of the played audio, Hz, mean of the windows. */
  public double bandwidthHz() {
    return meanOfWindows(w -> w.score().diagnostics().bandwidthHz());
  }

  /**
   * Share of played frames that were concealed: from the packets when observed, else the share of
   * disrupted frames the MOS scorer saw (an estimate).
   */
  public double concealmentRatio() {
    return stages
        .map(StageBreakdown::concealmentRatio)
        .orElseGet(() -> meanOfWindows(w -> w.score().diagnostics().disruptedFrameRatio()));
  }
}
