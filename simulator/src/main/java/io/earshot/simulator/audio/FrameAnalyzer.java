package io.earshot.simulator.audio;

import java.util.Arrays;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Measures one 20 ms frame: its RMS level and its dominant frequency.
 *
 * <p>The frequency is estimated in two steps. A Hann-windowed 1024-point FFT (the 960 samples
 * zero-padded; bins 46.9 Hz apart) finds the strongest bin from 1 to 511, and a parabola through
 * the log power of that bin and its neighbours gives a coarse estimate. That estimate is biased by
 * up to tens of hertz at the ends of the band, where a 20 ms frame holds few cycles and the
 * sinusoid's negative-frequency image leaks into the peak, so it is refined by maximising the
 * energy of a least-squares sinusoid fit (which models both images) near it. For a pure tone from
 * 20 Hz to 23.99 kHz the result is within 0.1 Hz at -12 to -45 dBFS and within 0.5 Hz at -60 dBFS.
 *
 * <p>Not thread-safe: it reuses its buffers. One analyzer per recorder.
 */
final class FrameAnalyzer {

  /** Level reported for an all-zero frame, instead of -∞, so that summaries stay printable. */
  static final double SILENCE_FLOOR_DBFS = -120.0;

  private static final int FFT_SIZE = 1024;
  private static final double BIN_HZ = (double) PcmFormat.SAMPLE_RATE_HZ / FFT_SIZE;
  private static final double REFINE_STEP_HZ = 1.0;
  private static final double CONVERGED_HZ = 0.05;
  private static final double MAX_STEP_HZ = BIN_HZ / 8;
  private static final int MAX_REFINE_ITERATIONS = 16;

  private final double[] window = new double[PcmFormat.FRAME_SAMPLES];
  private final double[] windowed = new double[PcmFormat.FRAME_SAMPLES];
  private final double[][] fft = new double[2][FFT_SIZE];

  FrameAnalyzer() {
    int n = PcmFormat.FRAME_SAMPLES;
    for (int i = 0; i < n; i++) {
      window[i] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * i / (n - 1));
    }
  }

  /** The result of analysing one frame. */
  record Measurement(double rmsDbfs, double dominantFrequencyHz) {}

  /** Analyses one frame; NaN frequency for an all-zero frame. */
  Measurement analyze(short[] frame) {
    PcmFormat.requireFrame(frame);
    double sumSquares = 0;
    for (short s : frame) {
      sumSquares += (double) s * s;
    }
    if (sumSquares == 0) {
      return new Measurement(SILENCE_FLOOR_DBFS, Double.NaN);
    }
    double rms = Math.sqrt(sumSquares / frame.length) / PcmFormat.FULL_SCALE;
    double rmsDbfs = Math.max(SILENCE_FLOOR_DBFS, 20.0 * Math.log10(rms));
    return new Measurement(rmsDbfs, dominantFrequency(frame));
  }

  private double dominantFrequency(short[] frame) {
    double[] re = fft[0];
    double[] im = fft[1];
    Arrays.fill(re, 0.0);
    Arrays.fill(im, 0.0);
    for (int i = 0; i < frame.length; i++) {
      windowed[i] = window[i] * frame[i] / PcmFormat.FULL_SCALE;
      re[i] = windowed[i];
    }
    FastFourierTransformer.transformInPlace(fft, DftNormalization.STANDARD, TransformType.FORWARD);
    int peak = 1;
    double peakPower = -1;
    for (int k = 1; k < FFT_SIZE / 2; k++) {
      double power = re[k] * re[k] + im[k] * im[k];
      if (power > peakPower) {
        peakPower = power;
        peak = k;
      }
    }
    double coarse = (peak + parabolicOffset(power(peak - 1), peakPower, power(peak + 1))) * BIN_HZ;
    return refine(coarse);
  }

  private double power(int bin) {
    return fft[0][bin] * fft[0][bin] + fft[1][bin] * fft[1][bin];
  }

  /**
   * Fine step: Newton-like climb of {@link #sinusoidFitEnergy} using parabolas through three points
   * {@value #REFINE_STEP_HZ} Hz apart, moving at most an eighth of a bin per step and walking
   * uphill where the three points are not yet concave. Steps are at most an eighth of a bin and
   * there are at most {@value #MAX_REFINE_ITERATIONS}, so the estimate moves at most two FFT bins;
   * on noise it ends near a local maximum, which is as good an answer as the coarse one.
   */
  private double refine(double coarseHz) {
    double estimate = coarseHz;
    for (int iteration = 0; iteration < MAX_REFINE_ITERATIONS; iteration++) {
      double below = sinusoidFitEnergy(estimate - REFINE_STEP_HZ);
      double above = sinusoidFitEnergy(estimate + REFINE_STEP_HZ);
      double offset = REFINE_STEP_HZ * vertexOffset(below, sinusoidFitEnergy(estimate), above);
      if (Double.isNaN(offset)) {
        // Not yet on the concave top of the peak: walk uphill.
        offset = Math.copySign(MAX_STEP_HZ, above - below);
      }
      // A trust region: far from the top a nearly flat parabola would throw the estimate away.
      offset = Math.max(-MAX_STEP_HZ, Math.min(MAX_STEP_HZ, offset));
      estimate += offset;
      // The fit energy is symmetric about 0 and Nyquist: a step across either is a step back.
      if (estimate <= 0) {
        estimate = -estimate;
      } else if (estimate >= PcmFormat.NYQUIST_HZ) {
        estimate = 2 * PcmFormat.NYQUIST_HZ - estimate;
      }
      if (Math.abs(offset) < CONVERGED_HZ) {
        break;
      }
    }
    return estimate;
  }

  /**
   * Energy of the best (Hann-weighted least-squares) fit of {@code a·cos(ωn) + b·sin(ωn)} to the
   * frame. Unlike the plain windowed DFT power, it accounts for the sinusoid's negative-frequency
   * image, so its maximum sits on the true frequency even when a frame holds only a few cycles.
   */
  private double sinusoidFitEnergy(double frequencyHz) {
    double step = 2.0 * Math.PI * frequencyHz / PcmFormat.SAMPLE_RATE_HZ;
    double cosStep = Math.cos(step);
    double sinStep = Math.sin(step);
    double c = 1.0;
    double s = 0.0;
    double pc = 0;
    double ps = 0;
    double gcc = 0;
    double gss = 0;
    double gcs = 0;
    for (int i = 0; i < windowed.length; i++) {
      double w = window[i];
      pc += windowed[i] * c;
      ps += windowed[i] * s;
      gcc += w * c * c;
      gss += w * s * s;
      gcs += w * c * s;
      double nextC = c * cosStep - s * sinStep;
      s = c * sinStep + s * cosStep;
      c = nextC;
    }
    double det = gcc * gss - gcs * gcs;
    if (det <= 0) {
      return 0;
    }
    return (pc * pc * gss - 2 * pc * ps * gcs + ps * ps * gcc) / det;
  }

  /**
   * Vertex of the parabola through (-1, ln a), (0, ln b), (1, ln c), unclamped (the log of a
   * spectral peak is close to a parabola well beyond the middle point); NaN if it opens upward.
   */
  private static double vertexOffset(double a, double b, double c) {
    double la = Math.log(Math.max(a, Double.MIN_NORMAL));
    double lb = Math.log(Math.max(b, Double.MIN_NORMAL));
    double lc = Math.log(Math.max(c, Double.MIN_NORMAL));
    double denominator = la - 2 * lb + lc;
    return denominator < 0 ? 0.5 * (la - lc) / denominator : Double.NaN;
  }

  /** The vertex offset clamped to the middle bin's half-width; 0 if there is no maximum. */
  private static double parabolicOffset(double a, double b, double c) {
    double offset = vertexOffset(a, b, c);
    return Double.isNaN(offset) ? 0.0 : Math.max(-0.5, Math.min(0.5, offset));
  }
}
