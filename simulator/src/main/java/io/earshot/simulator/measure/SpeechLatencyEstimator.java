package io.earshot.simulator.measure;

import io.earshot.simulator.measure.internal.BlockCorrelation;
import io.earshot.simulator.measure.internal.LagPeak;
import io.earshot.simulator.measure.internal.NormalisedCorrelation;
import java.util.ArrayList;
import java.util.List;

/**
 * Mouth-to-ear latency from speech, without markers (quality-metrics §6.2): each window of sent
 * audio (2 s every 0.5 s by default) is cross-correlated with the played audio over the lag range
 * (0–2000 ms), and its latency is accepted only when the normalised peak is at least 0.5 and 1.5
 * times the highest value more than 5 ms away; a parabola through the peak refines it below a
 * sample. Every other window is reported as a gap with its reason, never guessed: steady tones (a
 * peak every period), silence and unrelated audio all end up there.
 *
 * <p>Works on 16 kHz copies (1/16 ms per sample before refinement); the correlation runs through
 * the FFT, shared between overlapping windows block by block. Pure: no clock, no state; safe from
 * any thread.
 */
public final class SpeechLatencyEstimator {
  /** The rate the estimator works at. */
  public static final int SAMPLE_RATE_HZ = 16_000;

  // Sent windows quieter than this (RMS, full scale 1.0; -60 dBFS) hold nothing to find.
  private static final double SILENT_RMS = 1e-3;

  private final LatencySearch search;

  /** An estimator with the given search; {@link LatencySearch#defaults()} for §6.2's. */
  public SpeechLatencyEstimator(LatencySearch search) {
    this.search = search;
  }

  /**
   * Estimates the latency of {@code played16k} against {@code sent16k}, both at 16 kHz on one time
   * axis (sample 0 of each is the same instant).
   */
  public LatencyEstimate estimate(float[] sent16k, float[] played16k) {
    int window = samples(search.windowSeconds() * 1000);
    int hop = samples(search.hopSeconds() * 1000);
    int minLag = samples(search.minLagMs());
    int lags = samples(search.maxLagMs()) - minLag;
    double[][] correlations = correlate(sent16k, played16k, window, hop, minLag, lags);
    int exclusion = (int) Math.round(search.exclusionMs() * SAMPLE_RATE_HZ / 1000.0);
    List<LatencyEstimate.Measurement> measurements = new ArrayList<>();
    List<LatencyEstimate.Gap> gaps = new ArrayList<>();
    for (int i = 0; i < correlations.length; i++) {
      int start = i * hop;
      double time = start / (double) SAMPLE_RATE_HZ;
      if (rms(sent16k, start, window) < SILENT_RMS) {
        gaps.add(new LatencyEstimate.Gap(time, LatencyEstimate.Reason.SILENT_SENT, 0, 0));
        continue;
      }
      if (start + minLag >= played16k.length) {
        gaps.add(new LatencyEstimate.Gap(time, LatencyEstimate.Reason.BEYOND_PLAYED, 0, 0));
        continue;
      }
      LagPeak p = LagPeak.find(correlations[i], exclusion);
      if (p.accepted(search.minPeak(), search.minPeakRatio())) {
        double lagMs = (minLag + p.index() + p.offset()) * 1000.0 / SAMPLE_RATE_HZ;
        measurements.add(new LatencyEstimate.Measurement(time, lagMs, p.peak(), p.ratio()));
      } else {
        LatencyEstimate.Reason reason =
            p.peak() < search.minPeak()
                ? LatencyEstimate.Reason.WEAK_PEAK
                : LatencyEstimate.Reason.AMBIGUOUS;
        gaps.add(new LatencyEstimate.Gap(time, reason, p.peak(), p.ratio()));
      }
    }
    return new LatencyEstimate(measurements, gaps);
  }

  /**
   * The normalised correlation of every window, lags {@code minLag..minLag + lags}: by blocks of
   * one hop when the window is a whole number of hops (the default), else window by window.
   */
  private static double[][] correlate(
      float[] sent, float[] played, int window, int hop, int minLag, int lags) {
    int windows = sent.length < window ? 0 : (sent.length - window) / hop + 1;
    double[][] out = new double[windows][];
    if (window % hop == 0) {
      float[] shifted = new float[Math.max(0, played.length - minLag)];
      System.arraycopy(played, Math.min(minLag, played.length), shifted, 0, shifted.length);
      new BlockCorrelation(sent, shifted, hop, window / hop, lags)
          .forEachWindow((index, rho) -> out[index] = rho);
      return out;
    }
    double[][] templates = new double[windows][];
    double[][] segments = new double[windows][];
    for (int i = 0; i < windows; i++) {
      templates[i] = slice(sent, i * hop, window);
      segments[i] = slice(played, i * hop + minLag, window + lags);
    }
    return NormalisedCorrelation.compute(templates, segments, lags);
  }

  /** {@link #estimate} for Earshot's 48 kHz 16-bit audio, resampled to 16 kHz first. */
  public LatencyEstimate estimate48k(short[] sent48k, short[] played48k) {
    Resampler down = Resampler.of(48_000, SAMPLE_RATE_HZ);
    return estimate(Pcm16.toUnit(down.resample(sent48k)), Pcm16.toUnit(down.resample(played48k)));
  }

  private static int samples(double ms) {
    return (int) Math.round(ms * SAMPLE_RATE_HZ / 1000.0);
  }

  private static double rms(float[] x, int from, int length) {
    double sum = 0;
    for (int i = from; i < from + length; i++) {
      sum += (double) x[i] * x[i];
    }
    return Math.sqrt(sum / length);
  }

  private static double[] slice(float[] x, int from, int length) {
    double[] out = new double[length];
    for (int i = Math.max(0, -from); i < length && from + i < x.length; i++) {
      out[i] = x[from + i];
    }
    return out;
  }
}
