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
    double[] re = new double[size];
    double[] im = new double[size];
    System.arraycopy(a, 0, re, 0, a.length);
    System.arraycopy(b, 0, im, 0, b.length);
    Fft fft = Fft.of(size);
    fft.forward(re, im);
    // With z = a + ib: A(k) = (Z(k) + Z*(N−k))/2 and B(k) = (Z(k) − Z*(N−k))/2i; the correlation's
    // spectrum is A*(k)·B(k).
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
    fft.inverse(cr, ci);
    double[] out = new double[2 * maxLag + 1];
    for (int k = -maxLag; k <= maxLag; k++) {
      out[k + maxLag] = cr[(k + size) & (size - 1)];
    }
    return out;
  }
}
