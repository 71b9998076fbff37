package io.earshot.simulator.measure.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves each matched degraded patch to the sample, as ViSQOL's fine realignment does: the patch
 * search works in 20 ms frames, but NSIM with ViSQOL's constants drops from 1.0 to about 0.97 at a
 * 5 ms offset and to 0.90 at 10 ms, so a playout delay that changed inside the signal (a jitter
 * buffer growing or shrinking) would read as heavy degradation. For every matched patch the
 * waveforms are cross-correlated within ±20 ms of the frame-level position (at 4 kHz, enough for
 * 0.25 ms steps); when the peak is at least 1 ms away, the degraded patch is rebuilt there and kept
 * if its NSIM is higher.
 */
final class PatchRefiner {
  private static final int DECIMATION = 4;
  private static final int SEARCH_SAMPLES = 320;
  private static final int MIN_MOVE_SAMPLES = 16;

  private PatchRefiner() {}

  static List<PatchAligner.Match> refine(
      List<PatchAligner.Match> matches,
      float[] reference,
      float[] degraded,
      double[][] refSpectrogram,
      double floorShift,
      GammatoneSpectrogram spectrogram) {
    double[] ref4k = decimate(reference);
    double[] deg4k = decimate(degraded);
    int frames = ReferencePatches.PATCH_FRAMES;
    int span = (frames - 1) * GammatoneSpectrogram.HOP_SAMPLES + GammatoneSpectrogram.FRAME_SAMPLES;
    List<PatchAligner.Match> out = new ArrayList<>(matches.size());
    for (PatchAligner.Match m : matches) {
      if (!m.matched()) {
        out.add(m);
        continue;
      }
      int refFrom = m.refStart() * GammatoneSpectrogram.HOP_SAMPLES;
      int move = bestMove(ref4k, deg4k, refFrom, m.degStartSample(), span);
      if (Math.abs(move) < MIN_MOVE_SAMPLES) {
        out.add(m);
        continue;
      }
      int start = m.degStartSample() + move;
      double[][] patch = spectrogram.build(degraded, start, frames);
      SpectrogramFloor.applyToPatch(patch, refSpectrogram, m.refStart(), floorShift);
      Nsim.Result moved =
          Nsim.compare(
              new Nsim.Patch(refSpectrogram, m.refStart(), frames),
              new Nsim.Patch(patch, 0, frames));
      boolean better = Nsim.mean(moved.bandMeans()) > m.nsim();
      out.add(better ? new PatchAligner.Match(m.refStart(), true, start, moved) : m);
    }
    return out;
  }

  /**
   * The lag (16 kHz samples) within ±20 ms that best aligns the degraded excerpt with the
   * reference.
   */
  private static int bestMove(double[] ref4k, double[] deg4k, int refFrom, int degFrom, int span) {
    int radius = SEARCH_SAMPLES / DECIMATION;
    int n = span / DECIMATION;
    double[] a = slice(ref4k, refFrom / DECIMATION, n);
    double[] b = slice(deg4k, degFrom / DECIMATION - radius, n + 2 * radius);
    double[] corr = CrossCorrelation.full(a, b, 2 * radius);
    // corr index (k + 2·radius) holds lag k of b against a; b starts `radius` early.
    int best = radius;
    for (int k = 0; k <= 2 * radius; k++) {
      if (corr[k + 2 * radius] > corr[best + 2 * radius]) {
        best = k;
      }
    }
    double fraction = 0;
    if (best > 0 && best < 2 * radius) {
      fraction =
          Peaks.parabolicOffset(
              corr[best - 1 + 2 * radius], corr[best + 2 * radius], corr[best + 1 + 2 * radius]);
    }
    return (int) Math.round((best - radius + fraction) * DECIMATION);
  }

  private static double[] slice(double[] x, int from, int length) {
    double[] out = new double[length];
    for (int i = Math.max(0, -from); i < length && from + i < x.length; i++) {
      out[i] = x[from + i];
    }
    return out;
  }

  /** Block means of 4 samples: a crude low-pass, enough to locate a correlation peak. */
  private static double[] decimate(float[] x) {
    double[] out = new double[x.length / DECIMATION];
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (int j = 0; j < DECIMATION; j++) {
        sum += x[i * DECIMATION + j];
      }
      out[i] = sum / DECIMATION;
    }
    return out;
  }
}
