package io.earshot.simulator.quality;

import io.earshot.simulator.measure.Resampler;
import java.util.Arrays;

/**
 * A streaming 48 → 16 kHz copy of a growing 48 kHz signal, block by block through the shared {@link
 * Resampler}: each one-second block is resampled with 10 ms of context on each side, which is more
 * than the filter's half-length, so the result equals resampling the whole signal at once (silence
 * assumed before it). Keeps only the 16 kHz copy and less than a block of pending input. Not
 * thread-safe; {@link AudioTrack} guards it.
 */
final class Decimator16k {
  private static final int BLOCK = 48_000;
  private static final int MARGIN = 480;
  private static final Resampler DOWN = Resampler.of(48_000, 16_000);

  // Input from (processed - MARGIN) on; starts with the silence before the signal.
  private float[] pending = new float[2 * MARGIN + BLOCK];
  private int pendingLength = MARGIN;
  private short[] out = new short[16_000];
  private int outLength;

  /** Appends 48 kHz samples. */
  void write(short[] samples, int from, int length) {
    for (int i = 0; i < length; i++) {
      pending[pendingLength++] = samples[from + i];
      if (pendingLength == pending.length) {
        flushBlock();
      }
    }
  }

  /** Appends {@code count} samples of silence. */
  void writeSilence(long count) {
    for (long i = 0; i < count; i++) {
      pending[pendingLength++] = 0;
      if (pendingLength == pending.length) {
        flushBlock();
      }
    }
  }

  /** The 16 kHz copy of everything written so far, full scale ±1.0. */
  float[] snapshot() {
    int tail = pendingLength - MARGIN;
    float[] chunk = Arrays.copyOf(pending, pendingLength + MARGIN);
    float[] resampled = DOWN.resample(chunk);
    int tailOut = (tail + 2) / 3;
    float[] all = new float[outLength + tailOut];
    for (int i = 0; i < outLength; i++) {
      all[i] = out[i] / 32768f;
    }
    for (int k = 0; k < tailOut; k++) {
      all[outLength + k] = clip(resampled[MARGIN / 3 + k]) / 32768f;
    }
    return all;
  }

  /** Samples of the 16 kHz copy so far. */
  int length16k() {
    return outLength + (pendingLength - MARGIN + 2) / 3;
  }

  private void flushBlock() {
    int count = BLOCK / 3;
    if (outLength + count > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + count));
    }
    if (allZero(pending)) {
      // Filtering silence gives silence: a long silent stretch costs no filtering.
      Arrays.fill(out, outLength, outLength + count, (short) 0);
      outLength += count;
    } else {
      float[] resampled = DOWN.resample(pending);
      for (int k = 0; k < count; k++) {
        out[outLength++] = (short) clip(resampled[MARGIN / 3 + k]);
      }
    }
    System.arraycopy(pending, BLOCK, pending, 0, 2 * MARGIN);
    pendingLength = 2 * MARGIN;
  }

  private static boolean allZero(float[] samples) {
    for (float v : samples) {
      if (v != 0f) {
        return false;
      }
    }
    return true;
  }

  private static int clip(float v) {
    return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
  }
}
