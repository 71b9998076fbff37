package io.earshot.simulator.audio;

import java.util.Arrays;

/**
 * Recorded audio: 48 kHz mono 16-bit samples, the first played (or sent) at scenario time {@code
 * startNanos}, the rest contiguous.
 */
public record PcmTrack(long startNanos, short[] samples) {
  private static final long NANOS_PER_SAMPLE_DENOMINATOR = PcmFormat.SAMPLE_RATE_HZ;

  public PcmTrack {
    samples = samples.clone();
  }

  @Override
  public short[] samples() {
    return samples.clone();
  }

  /** Scenario time just after the last sample. */
  public long endNanos() {
    return startNanos + samples.length * 1_000_000_000L / NANOS_PER_SAMPLE_DENOMINATOR;
  }

  /** The samples in [{@code fromNanos}, {@code toNanos}), clipped to what was recorded. */
  public PcmTrack clip(long fromNanos, long toNanos) {
    int from = index(Math.max(fromNanos, startNanos));
    int to = index(Math.min(toNanos, endNanos()));
    if (to <= from) {
      return new PcmTrack(Math.max(fromNanos, startNanos), new short[0]);
    }
    return new PcmTrack(
        startNanos + from * 1_000_000_000L / NANOS_PER_SAMPLE_DENOMINATOR,
        Arrays.copyOfRange(samples, from, to));
  }

  private int index(long nanos) {
    long i = (nanos - startNanos) * NANOS_PER_SAMPLE_DENOMINATOR / 1_000_000_000L;
    return (int) Math.max(0, Math.min(samples.length, i));
  }
}
