package io.earshot.simulator.measure.internal;

import java.util.Arrays;

/**
 * Cuts the reference spectrogram into patches of consecutive frames and keeps those with voice
 * activity, as ViSQOL's speech mode does: a 20 ms chunk is loud when its RMS is at least 5000/32768
 * of the reference's peak sample (-16.3 dB), it counts as active when it or either of the two
 * chunks before it is loud (a 40 ms hangover), and a patch is kept when any of its chunks is
 * active. Patches start half a patch minus one frame into the signal, ViSQOL's grid.
 */
public final class ReferencePatches {
  /** Frames per patch in speech mode: 400 ms. */
  public static final int PATCH_FRAMES = 20;

  private static final double LOUD_FRACTION_OF_PEAK = 5000.0 / 32768.0;
  private static final int HANGOVER_CHUNKS = 2;

  private ReferencePatches() {}

  /**
   * The first frame of each kept patch, ascending.
   *
   * @param reference the 16 kHz reference the spectrogram was built from
   * @param frames the spectrogram's frame count
   */
  public static int[] activePatchStarts(float[] reference, int frames) {
    int first = PATCH_FRAMES / 2 - 1;
    int patches = Math.max(0, (frames - first) / PATCH_FRAMES);
    boolean[] loud = loudChunks(reference, first, patches * PATCH_FRAMES);
    int[] starts = new int[patches];
    int kept = 0;
    for (int p = 0; p < patches; p++) {
      for (int c = p * PATCH_FRAMES; c < (p + 1) * PATCH_FRAMES; c++) {
        if (active(loud, c)) {
          starts[kept++] = first + p * PATCH_FRAMES;
          break;
        }
      }
    }
    return Arrays.copyOf(starts, kept);
  }

  private static boolean active(boolean[] loud, int chunk) {
    for (int c = Math.max(0, chunk - HANGOVER_CHUNKS); c <= chunk; c++) {
      if (loud[c]) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] loudChunks(float[] signal, int firstFrame, int chunks) {
    double peak = 0;
    for (float s : signal) {
      peak = Math.max(peak, Math.abs(s));
    }
    double threshold = LOUD_FRACTION_OF_PEAK * peak;
    int hop = GammatoneSpectrogram.HOP_SAMPLES;
    boolean[] loud = new boolean[chunks];
    for (int c = 0; c < chunks; c++) {
      int from = (firstFrame + c) * hop;
      double sum = 0;
      for (int i = from; i < Math.min(from + hop, signal.length); i++) {
        sum += (double) signal[i] * signal[i];
      }
      loud[c] = peak > 0 && Math.sqrt(sum / hop) >= threshold;
    }
    return loud;
  }
}
