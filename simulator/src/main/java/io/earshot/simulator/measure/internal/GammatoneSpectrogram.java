package io.earshot.simulator.measure.internal;

import java.util.Arrays;

/**
 * ViSQOL's speech-mode "neurogram": 80 ms Hann frames every 20 ms, each band's value the RMS of the
 * frame through that gammatone filter, expressed as ViSQOL does as {@code 10·log10(RMS)} (half the
 * level in dB, so its 45-unit floors span 90 dB of level).
 *
 * <p>ViSQOL filters every windowed frame in the time domain. Here each frame's band energy comes
 * from its power spectrum weighted by the filter's squared magnitude response (Parseval), which is
 * the same quantity without the cut-off of the filter's ring-out at the frame end, at a quarter of
 * the cost: two frames share one complex FFT.
 */
public final class GammatoneSpectrogram {
  /** Samples per frame at 16 kHz: 80 ms. */
  public static final int FRAME_SAMPLES = 1280;

  /** Samples between frames at 16 kHz: 20 ms, 25 % of a frame. */
  public static final int HOP_SAMPLES = 320;

  private static final int FFT_SIZE = 2048;
  private static final double SILENCE_POWER = 1e-30;
  private static final Fft FFT = Fft.of(FFT_SIZE);
  private static final double[] HANN = hann(FRAME_SAMPLES);

  private final GammatoneFilterbank filterbank;

  /** A spectrogram builder for 16 kHz speech with ViSQOL's 21 bands from 50 Hz to 8 kHz. */
  public static GammatoneSpectrogram speechWideband() {
    return new GammatoneSpectrogram(new GammatoneFilterbank(16_000, 21, 50, 8_000, FFT_SIZE));
  }

  GammatoneSpectrogram(GammatoneFilterbank filterbank) {
    this.filterbank = filterbank;
  }

  /** The bank's centre frequencies, lowest first. */
  public double[] centreHz() {
    return filterbank.centreHz();
  }

  /** Frames a signal of {@code samples} samples yields (0 if shorter than one frame). */
  public static int frameCount(int samples) {
    return samples < FRAME_SAMPLES ? 0 : 1 + (samples - FRAME_SAMPLES) / HOP_SAMPLES;
  }

  /**
   * The spectrogram of a 16 kHz signal (full scale ±1.0).
   *
   * @return {@code [band][frame]} in ViSQOL's {@code 10·log10(RMS)} units, lowest band first
   */
  public double[][] build(float[] signal) {
    return build(signal, 0, frameCount(signal.length));
  }

  /**
   * {@code frames} frames of a 16 kHz signal, the first starting at sample {@code from} (which may
   * be negative); samples outside the signal read as silence.
   */
  public double[][] build(float[] signal, int from, int frames) {
    int bands = filterbank.bands();
    double[][] out = new double[bands][frames];
    double[] re = new double[FFT_SIZE];
    double[] im = new double[FFT_SIZE];
    double[] powerA = new double[FFT_SIZE / 2 + 1];
    double[] powerB = new double[FFT_SIZE / 2 + 1];
    for (int f = 0; f < frames; f += 2) {
      boolean pair = f + 1 < frames;
      Arrays.fill(re, 0);
      Arrays.fill(im, 0);
      window(signal, from + f * HOP_SAMPLES, re);
      if (pair) {
        window(signal, from + (f + 1) * HOP_SAMPLES, im);
      }
      FFT.forward(re, im);
      splitPowers(re, im, powerA, powerB);
      bandValues(powerA, out, f);
      if (pair) {
        bandValues(powerB, out, f + 1);
      }
    }
    return out;
  }

  private static void window(float[] signal, int from, double[] into) {
    int first = Math.max(0, -from);
    int end = Math.min(FRAME_SAMPLES, signal.length - from);
    for (int i = first; i < end; i++) {
      into[i] = signal[from + i] * HANN[i];
    }
  }

  /**
   * Separates the spectra of two real frames packed as real and imaginary parts: {@code A(k) =
   * (Z(k) + Z*(N−k))/2}, {@code B(k) = (Z(k) − Z*(N−k))/2i}, returning one-sided powers (interior
   * bins doubled).
   */
  private static void splitPowers(double[] re, double[] im, double[] powerA, double[] powerB) {
    for (int k = 0; k <= FFT_SIZE / 2; k++) {
      int m = (FFT_SIZE - k) & (FFT_SIZE - 1);
      double ar = (re[k] + re[m]) / 2;
      double ai = (im[k] - im[m]) / 2;
      double br = (im[k] + im[m]) / 2;
      double bi = (re[m] - re[k]) / 2;
      double twoSided = (k == 0 || k == FFT_SIZE / 2) ? 1 : 2;
      powerA[k] = twoSided * (ar * ar + ai * ai);
      powerB[k] = twoSided * (br * br + bi * bi);
    }
  }

  private void bandValues(double[] power, double[][] out, int frame) {
    for (int b = 0; b < out.length; b++) {
      int first = filterbank.firstBin(b);
      double[] w = filterbank.weights(b);
      double energy = 0;
      for (int i = 0; i < w.length; i++) {
        energy += w[i] * power[first + i];
      }
      double meanSquare = energy / FFT_SIZE / FRAME_SAMPLES;
      out[b][frame] = 5.0 * Math.log10(Math.max(meanSquare, SILENCE_POWER));
    }
  }

  private static double[] hann(int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
    }
    return w;
  }
}
