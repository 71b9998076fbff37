package io.earshot.engine.internal.media;

import io.earshot.engine.codec.AudioDecoder;
import java.util.Arrays;

/**
 * The decoded samples between the jitter buffer and the device: frames go in whole, the device
 * takes 960 samples a tick, and what is left over plays first on the next tick. A quiet frame may
 * be shortened or lengthened as it goes in, which moves everything after it by less than a frame
 * (the jitter buffer itself moves by whole frames). Allocation-free; single-threaded.
 */
public final class PlayoutQueue {
  /** Samples per 20 ms frame at 48 kHz: the decoder's frame. */
  public static final int FRAME_SAMPLES = AudioDecoder.FRAME_SAMPLES;

  /** The device's rate, which turns samples into time (and back, for {@link PlayoutPhase}). */
  public static final int SAMPLE_RATE_HZ = 48_000;

  private static final long NANOS_PER_SAMPLE = 1_000_000_000L / SAMPLE_RATE_HZ;

  /** The most a frame may be shortened or lengthened by: three quarters of a frame. */
  public static final int MAX_SHIFT_SAMPLES = FRAME_SAMPLES * 3 / 4;

  private final short[] samples = new short[2 * FRAME_SAMPLES + MAX_SHIFT_SAMPLES];
  private int size;

  /** Whether the device's next frame is not all here yet. */
  public boolean needsFrame() {
    return size < FRAME_SAMPLES;
  }

  /** Samples waiting ahead of the next frame to go in. */
  public int size() {
    return size;
  }

  /** How long the samples waiting ahead of the next frame play for. */
  public long queuedNanos() {
    return size * NANOS_PER_SAMPLE;
  }

  /**
   * Appends one frame of {@value #FRAME_SAMPLES} samples, {@code shift} samples longer (silence at
   * its end) or, when negative, shorter (its end cut).
   */
  public void append(short[] frame, int shift) {
    if (!needsFrame()) {
      throw new IllegalStateException("the queue holds a whole frame already: " + size);
    }
    if (Math.abs(shift) > MAX_SHIFT_SAMPLES) {
      throw new IllegalArgumentException(
          "a frame moves by at most " + MAX_SHIFT_SAMPLES + " samples, found " + shift);
    }
    int kept = Math.min(FRAME_SAMPLES, FRAME_SAMPLES + shift);
    System.arraycopy(frame, 0, samples, size, kept);
    size += kept;
    if (shift > 0) {
      Arrays.fill(samples, size, size + shift, (short) 0);
      size += shift;
    }
  }

  /** Moves the device's next frame into {@code out}. */
  public void take(short[] out) {
    if (needsFrame()) {
      throw new IllegalStateException("the queue holds " + size + " samples, not a frame");
    }
    System.arraycopy(samples, 0, out, 0, FRAME_SAMPLES);
    size -= FRAME_SAMPLES;
    System.arraycopy(samples, FRAME_SAMPLES, samples, 0, size);
  }
}
