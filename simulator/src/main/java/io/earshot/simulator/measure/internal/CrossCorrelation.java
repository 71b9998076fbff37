package io.earshot.simulator.measure.internal;

/** Cross-correlation of real sequences through one FFT (both inputs packed as re and im). */
public final class CrossCorrelation {
  private CrossCorrelation() {}

  /**
   * {@code c[k + maxLag] = Σ a[n]·b[n + k]} for {@code k} in {@code [-maxLag, maxLag]}, with both
   * sequences zero outside their ends.
   */
  public static double[] full(double[] a, double[] b, int maxLag) {
    int size = Fft.sizeFor(Math.max(a.length, b.length) + maxLag + 1);
    Fft fft = Fft.of(size);
    double[][] spectrum = crossSpectrum(a, b, b.length, fft);
    double[] cr = spectrum[0];
    double[] ci = spectrum[1];
    fft.inverse(cr, ci);
    double[] out = new double[2 * maxLag + 1];
    for (int k = -maxLag; k <= maxLag; k++) {
      out[k + maxLag] = cr[(k + size) & (size - 1)];
    }
    return out;
  }

  /**
   * The cross-spectrum A*(k)·B(k) of {@code a} and the first {@code bLength} samples of {@code b}
   * (both zero-padded to the FFT's size), from one FFT of z = a + ib: A(k) = (Z(k) + Z*(N−k))/2 and
   * B(k) = (Z(k) − Z*(N−k))/2i. Returns {real part, imaginary part}.
   */
  static double[][] crossSpectrum(double[] a, double[] b, int bLength, Fft fft) {
    int size = fft.size();
    double[] re = new double[size];
    double[] im = new double[size];
    System.arraycopy(a, 0, re, 0, a.length);
    System.arraycopy(b, 0, im, 0, Math.min(b.length, bLength));
    fft.forward(re, im);
    double[] cr = new double[size];
    double[] ci = new double[size];
    for (int k = 0; k < size; k++) {
      int m = (size - k) & (size - 1);
      double ar = (re[k] + re[m]) / 2;
      double ai = (im[k] - im[m]) / 2;
      double br = (im[k] + im[m]) / 2;
      double bi = (re[m] - re[k]) / 2;
      cr[k] = ar * br + ai * bi;
      ci[k] = ar * bi - ai * br;
    }
    return new double[][] {cr, ci};
  }
}
