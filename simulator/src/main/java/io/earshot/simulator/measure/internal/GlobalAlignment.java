package io.earshot.simulator.measure.internal;

/**
 * Finds the constant delay of a degraded signal against its reference, as ViSQOL does before
 * comparing them (codec look-ahead, a network's fixed delay): first by cross-correlating the two
 * amplitude envelopes at 500 Hz (robust to codecs that do not keep the waveform), then to the
 * sample by cross-correlating the waveforms near that lag over the reference's loudest second. When
 * the waveforms do not correlate (a parametric codec, heavy noise) the envelope's lag stands.
 */
public final class GlobalAlignment {
  private static final int ENVELOPE_DECIMATION = 32;
  private static final int FINE_RADIUS = ENVELOPE_DECIMATION;
  private static final int FINE_EXCERPT = 16_000;
  private static final double MIN_WAVEFORM_CORRELATION = 0.2;

  private GlobalAlignment() {}

  /**
   * The lag {@code d} for which {@code degraded[n + d]} best matches {@code reference[n]}.
   *
   * @param maxLag largest |lag| considered, in samples
   */
  public static int lag(float[] reference, float[] degraded, int maxLag) {
    double[] envRef = envelope(reference);
    double[] envDeg = envelope(degraded);
    int maxEnvLag = Math.max(1, maxLag / ENVELOPE_DECIMATION);
    double[] corr = CrossCorrelation.full(envRef, envDeg, maxEnvLag);
    int best = 0;
    for (int k = -maxEnvLag; k <= maxEnvLag; k++) {
      if (corr[k + maxEnvLag] > corr[best + maxEnvLag]) {
        best = k;
      }
    }
    int coarse = best * ENVELOPE_DECIMATION;
    return refine(reference, degraded, coarse, maxLag);
  }

  /** {@code degraded} moved so that {@code out[n] = degraded[n + lag]}, zero outside, at length. */
  public static float[] shift(float[] degraded, int lag, int length) {
    float[] out = new float[length];
    for (int n = Math.max(0, -lag); n < length && n + lag < degraded.length; n++) {
      out[n] = degraded[n + lag];
    }
    return out;
  }

  private static int refine(float[] ref, float[] deg, int coarse, int maxLag) {
    int from = loudestExcerpt(ref, FINE_EXCERPT);
    int to = Math.min(ref.length, from + FINE_EXCERPT);
    double refEnergy = 0;
    for (int n = from; n < to; n++) {
      refEnergy += (double) ref[n] * ref[n];
    }
    int best = coarse;
    double bestCorr = MIN_WAVEFORM_CORRELATION;
    for (int lag = Math.max(-maxLag, coarse - FINE_RADIUS);
        lag <= Math.min(maxLag, coarse + FINE_RADIUS);
        lag++) {
      double dot = 0;
      double degEnergy = 0;
      for (int n = Math.max(from, -lag); n < to && n + lag < deg.length; n++) {
        double d = deg[n + lag];
        dot += ref[n] * d;
        degEnergy += d * d;
      }
      double corr = dot / Math.sqrt(refEnergy * degEnergy + 1e-30);
      if (corr > bestCorr) {
        bestCorr = corr;
        best = lag;
      }
    }
    return best;
  }

  /** Start of the {@code length}-sample stretch with the most energy, in steps of 1/8 of it. */
  private static int loudestExcerpt(float[] x, int length) {
    if (x.length <= length) {
      return 0;
    }
    int step = length / 8;
    double[] blocks = new double[x.length / step];
    for (int i = 0; i < blocks.length * step; i++) {
      blocks[i / step] += (double) x[i] * x[i];
    }
    int best = 0;
    double bestEnergy = -1;
    for (int first = 0; first + 8 <= blocks.length; first++) {
      double e = 0;
      for (int j = first; j < first + 8; j++) {
        e += blocks[j];
      }
      if (e > bestEnergy) {
        bestEnergy = e;
        best = first * step;
      }
    }
    return best;
  }

  /** Mean absolute value per 2 ms block, with the mean removed so silence weighs nothing. */
  private static double[] envelope(float[] x) {
    double[] env = new double[x.length / ENVELOPE_DECIMATION];
    double total = 0;
    for (int i = 0; i < env.length; i++) {
      double sum = 0;
      for (int j = 0; j < ENVELOPE_DECIMATION; j++) {
        sum += Math.abs(x[i * ENVELOPE_DECIMATION + j]);
      }
      env[i] = sum / ENVELOPE_DECIMATION;
      total += env[i];
    }
    double mean = env.length == 0 ? 0 : total / env.length;
    for (int i = 0; i < env.length; i++) {
      env[i] -= mean;
    }
    return env;
  }
}
