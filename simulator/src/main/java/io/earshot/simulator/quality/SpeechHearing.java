package io.earshot.simulator.quality;

import io.earshot.simulator.measure.LatencyEstimate;
import io.earshot.simulator.measure.LatencySearch;
import io.earshot.simulator.measure.SpeechLatencyEstimator;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * "Hears" for speech, files and noise: the played audio correlates with the sent audio (a latency
 * window of §6.2 is accepted), not merely that something audible was played. Only the part of the
 * call that can answer is correlated, so a check costs milliseconds.
 */
public final class SpeechHearing {
  private static final int RATE = SpeechLatencyEstimator.SAMPLE_RATE_HZ;
  private static final LatencySearch SEARCH = LatencySearch.defaults();
  private static final SpeechLatencyEstimator ESTIMATOR = new SpeechLatencyEstimator(SEARCH);

  /** How long after a window starts it can be confirmed: one correlation window. */
  public static final long CONFIRMATION_NANOS = Math.round(SEARCH.windowSeconds() * 1e9);

  private SpeechHearing() {}

  /**
   * When the listener began hearing the sent audio at or after {@code fromNanos}: the played time
   * of the first accepted window that reaches past {@code fromNanos}, no earlier than {@code
   * fromNanos} and no earlier than {@code firstAudibleNanos}; empty if none up to {@code toNanos}.
   */
  public static OptionalLong heardAt(
      SentStream sent, AudioTrack played, long fromNanos, long toNanos, long firstAudibleNanos) {
    long origin = sent.track().originNanos();
    float[] s = sent.track().samples16k();
    float[] p = shifted(played.samples16k(), played.originNanos() - origin);
    int window = (int) Math.round(SEARCH.windowSeconds() * RATE);
    int maxLag = (int) Math.round(SEARCH.maxLagMs() * RATE / 1000);
    int a = (int) Math.max(0, (fromNanos - origin) * RATE / 1_000_000_000L - maxLag - window);
    int b = (int) Math.min(s.length, Math.max(0, (toNanos - origin) * RATE / 1_000_000_000L));
    if (b - a < window || a >= p.length) {
      return OptionalLong.empty();
    }
    float[] sentPart = Arrays.copyOfRange(s, a, b);
    float[] playedPart = Arrays.copyOfRange(p, a, Math.min(p.length, b + maxLag));
    LatencyEstimate estimate = ESTIMATOR.estimate(sentPart, playedPart);
    for (LatencyEstimate.Measurement m : estimate.measurements()) {
      long start =
          origin
              + Math.round((a / (double) RATE + m.timeSeconds()) * 1e9)
              + Math.round(m.latencyMs() * 1e6);
      if (start + CONFIRMATION_NANOS < fromNanos) {
        continue;
      }
      long at = Math.max(Math.max(start, fromNanos), firstAudibleNanos);
      if (at <= toNanos) {
        return OptionalLong.of(at);
      }
    }
    return OptionalLong.empty();
  }

  private static float[] shifted(float[] played, long shiftNanos) {
    int samples = (int) Math.round(shiftNanos * RATE / 1e9);
    if (samples <= 0) {
      return played;
    }
    float[] out = new float[played.length + samples];
    System.arraycopy(played, 0, out, samples, played.length);
    return out;
  }
}
