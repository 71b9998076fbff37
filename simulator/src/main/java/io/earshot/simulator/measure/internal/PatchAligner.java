package io.earshot.simulator.measure.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks, for every reference patch, the degraded patch it is compared with, by dynamic programming
 * as ViSQOL does: each patch may start anywhere within {@code ±radius} frames of its own position,
 * patches keep their order (each starts later than the one before), and the sum of NSIMs is
 * maximised. A patch may also be left unmatched, sharing its predecessor's offset, when no position
 * beats keeping the previous total; ViSQOL counts such a patch (lost audio) as similarity 0.
 *
 * <p>The search for the best predecessor uses a running maximum, so the cost is one NSIM per
 * (patch, offset) rather than ViSQOL's quadratic scan.
 */
public final class PatchAligner {
  private PatchAligner() {}

  /**
   * One reference patch and where it was found.
   *
   * @param refStart first reference frame
   * @param matched false when no degraded patch was found for it
   * @param degStartSample first sample of the degraded patch's first frame (16 kHz; meaningless
   *     when unmatched)
   * @param similarity per-band and per-frame NSIM (all 0 when unmatched)
   */
  public record Match(int refStart, boolean matched, int degStartSample, Nsim.Result similarity) {
    /** The patch's NSIM: the mean over bands. */
    public double nsim() {
      return Nsim.mean(similarity.bandMeans());
    }

    /** Per-band NSIM. */
    public double[] bandMeans() {
      return similarity.bandMeans();
    }
  }

  /**
   * @param ref floored reference spectrogram {@code [band][frame]}
   * @param deg floored degraded spectrogram on the same scale
   * @param refStarts first frame of each reference patch, ascending
   * @param frames frames per patch
   * @param radius how far (frames) a degraded patch may move from its reference position
   */
  public static List<Match> align(
      double[][] ref, double[][] deg, int[] refStarts, int frames, int radius) {
    int n = refStarts.length;
    int degFrames = deg[0].length;
    if (n == 0 || degFrames == 0) {
      return List.of();
    }
    Nsim.Patch[] degPatches = new Nsim.Patch[degFrames];
    int[] lo = new int[n];
    double[][] cum = new double[n][];
    int[][] back = new int[n][];
    Nsim.Result[][] bands = new Nsim.Result[n][];
    for (int i = 0; i < n; i++) {
      Nsim.Patch refPatch = new Nsim.Patch(ref, refStarts[i], frames);
      lo[i] = Math.max(0, refStarts[i] - radius);
      int hi = Math.min(degFrames - 1, refStarts[i] + radius);
      int width = Math.max(0, hi - lo[i] + 1);
      cum[i] = new double[width];
      back[i] = new int[width];
      bands[i] = new Nsim.Result[width];
      int[] prefixBest = i == 0 ? null : prefixArgMax(cum[i - 1]);
      for (int k = 0; k < width; k++) {
        int o = lo[i] + k;
        if (degPatches[o] == null) {
          degPatches[o] = new Nsim.Patch(deg, o, frames);
        }
        bands[i][k] = Nsim.compare(refPatch, degPatches[o]);
        double sim = Nsim.mean(bands[i][k].bandMeans());
        if (i == 0) {
          cum[i][k] = sim;
          back[i][k] = -1;
          continue;
        }
        int prevLast = Math.min(o - 1, lo[i - 1] + cum[i - 1].length - 1) - lo[i - 1];
        double best = Double.NEGATIVE_INFINITY;
        int bestOffset = -1;
        if (prevLast >= 0) {
          best = cum[i - 1][prefixBest[prevLast]] + sim;
          bestOffset = lo[i - 1] + prefixBest[prevLast];
        }
        int same = o - lo[i - 1];
        if (same >= 0 && same < cum[i - 1].length && cum[i - 1][same] > best) {
          best = cum[i - 1][same];
          bestOffset = o; // unmatched: this patch keeps its predecessor's offset
        }
        cum[i][k] = best;
        back[i][k] = bestOffset;
      }
    }
    return backtrack(refStarts, frames, degFrames, lo, cum, back, bands, ref.length);
  }

  private static List<Match> backtrack(
      int[] refStarts,
      int frames,
      int degFrames,
      int[] lo,
      double[][] cum,
      int[][] back,
      Nsim.Result[][] bands,
      int bandCount) {
    int n = refStarts.length;
    int last = n - 1;
    int chosen = -1;
    double best = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < cum[last].length; k++) {
      // Prefer an end inside the degraded signal, as ViSQOL does; fall back to any end.
      boolean inside = lo[last] + k <= degFrames - frames;
      double score = cum[last][k] + (inside ? 0 : -1e9);
      if (score > best) {
        best = score;
        chosen = lo[last] + k;
      }
    }
    Match[] matches = new Match[n];
    for (int i = last; i >= 0; i--) {
      int k = chosen - lo[i];
      int previous = back[i][k];
      boolean unmatched = i > 0 && previous == chosen;
      matches[i] =
          unmatched
              ? new Match(
                  refStarts[i],
                  false,
                  0,
                  new Nsim.Result(new double[bandCount], new double[frames]))
              : new Match(
                  refStarts[i], true, chosen * GammatoneSpectrogram.HOP_SAMPLES, bands[i][k]);
      chosen = previous;
    }
    return new ArrayList<>(List.of(matches));
  }

  /** Running argmax: element {@code j} is the index of the largest of {@code values[0..j]}. */
  private static int[] prefixArgMax(double[] values) {
    int[] out = new int[values.length];
    int arg = 0;
    for (int j = 0; j < values.length; j++) {
      if (values[j] > values[arg]) {
        arg = j;
      }
      out[j] = arg;
    }
    return out;
  }
}
