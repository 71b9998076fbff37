package io.earshot.simulator.measure;

import io.earshot.simulator.measure.internal.ChirpDetector;
import io.earshot.simulator.measure.internal.LagPeak;
import java.util.ArrayList;
import java.util.List;

/**
 * Mouth-to-ear latency from {@link ChirpMarker}s: for every marker sent, a matched filter finds it
 * in the played audio within the lag range (0–1900 ms by default, below two marker periods). The
 * filter works in the markers' band (500–4000 Hz) on whitened spectra, so that a steady tone in
 * that band, 12 dB louder than the marker, is suppressed rather than mistaken for it. A marker is
 * accepted by the same rules as speech windows (normalised peak ≥ 0.5, 1.5 times anything more than
 * 5 ms away), refined by a parabola, and otherwise reported as a gap.
 *
 * <p>Works on 16 kHz copies. For noise sources prefer {@link SpeechLatencyEstimator}: noise
 * correlates with itself unambiguously, while a marker 12 dB under broadband noise is near the
 * limit of detection. Pure: no clock, no state.
 */
public final class ChirpLatencyEstimator {
  /** The rate the estimator works at. */
  public static final int SAMPLE_RATE_HZ = 16_000;

  /** The default lag range: below two marker periods minus a marker. */
  public static final double DEFAULT_MAX_LAG_MS = 1_900;

  private final LatencySearch search;

  /**
   * An estimator with the given lag range and acceptance rules (window and hop are not used).
   *
   * @throws IllegalArgumentException if the lag range reaches two marker periods, where a marker
   *     could be mistaken for the one two seconds later
   */
  public ChirpLatencyEstimator(LatencySearch search) {
    double limit = 2000 * ChirpMarker.PERIOD_SECONDS - 1000 * ChirpMarker.DURATION_SECONDS;
    if (search.maxLagMs() > limit) {
      throw new IllegalArgumentException(
          "expected a longest latency of at most "
              + limit
              + " ms for markers every second, found "
              + search.maxLagMs());
    }
    this.search = search;
  }

  /** An estimator with §6.2's rules and lags 0–1900 ms. */
  public static ChirpLatencyEstimator withDefaults() {
    return new ChirpLatencyEstimator(LatencySearch.builder().maxLagMs(DEFAULT_MAX_LAG_MS).build());
  }

  /**
   * Finds every marker sent in the first {@code sentSeconds} of the source in {@code played16k} (16
   * kHz, sample 0 at the source's sample 0).
   */
  public LatencyEstimate estimate(float[] played16k, double sentSeconds) {
    int minLag = samples(search.minLagMs());
    int lags = samples(search.maxLagMs()) - minLag;
    int exclusion = samples(search.exclusionMs());
    ChirpDetector rising = new ChirpDetector(ChirpMarker.template(SAMPLE_RATE_HZ, true), lags);
    ChirpDetector falling = new ChirpDetector(ChirpMarker.template(SAMPLE_RATE_HZ, false), lags);
    List<LatencyEstimate.Measurement> measurements = new ArrayList<>();
    List<LatencyEstimate.Gap> gaps = new ArrayList<>();
    for (int k = 0;
        (k * ChirpMarker.PERIOD_SECONDS + ChirpMarker.DURATION_SECONDS) <= sentSeconds;
        k++) {
      double time = k * ChirpMarker.PERIOD_SECONDS;
      int start = samples(time * 1000) + minLag;
      if (start >= played16k.length) {
        gaps.add(new LatencyEstimate.Gap(time, LatencyEstimate.Reason.BEYOND_PLAYED, 0, 0));
        continue;
      }
      double[] rho = (ChirpMarker.rises(k) ? rising : falling).correlate(played16k, start);
      LagPeak p = LagPeak.find(rho, exclusion);
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

  /** {@link #estimate} for Earshot's 48 kHz 16-bit played audio, resampled to 16 kHz first. */
  public LatencyEstimate estimate48k(short[] played48k, double sentSeconds) {
    return estimate(
        Pcm16.toUnit(Resampler.of(48_000, SAMPLE_RATE_HZ).resample(played48k)), sentSeconds);
  }

  private static int samples(double ms) {
    return (int) Math.round(ms * SAMPLE_RATE_HZ / 1000.0);
  }
}
