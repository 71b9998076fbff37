package io.earshot.simulator.measure.internal;

/**
 * Normalised cross-correlation of a short template against a longer segment, over lags {@code
 * 0..L}:
 *
 * <pre>
 * ρ[k] = Σ x[n]·y[n + k] / sqrt(Σ x[n]² · Σ y[n + k]²)     (n over the template)
 * </pre>
 *
 * <p>1 where the segment holds a scaled copy of the template, whatever the levels. Computed through
 * the FFT; two correlations share one inverse transform (their results are real, so one rides in
 * the imaginary part), which makes three transforms per pair instead of four.
 */
public final class NormalisedCorrelation {
  private NormalisedCorrelation() {}

  /**
   * Correlates every template with its segment.
   *
   * @param templates the templates (windows of sent audio), all of one length W
   * @param segments the segments (played audio from the window's time on), each at least W + L long
   * @param lags L
   * @return {@code [i][k]} = ρ of template i at lag k; 0 where either side is silent
   */
  public static double[][] compute(double[][] templates, double[][] segments, int lags) {
    int n = templates.length;
    double[][] out = new double[n][];
    if (n == 0) {
      return out;
    }
    int w = templates[0].length;
    int size = Fft.sizeFor(w + lags + 1);
    Fft fft = Fft.of(size);
    for (int i = 0; i < n; i += 2) {
      double[][] a = CrossCorrelation.crossSpectrum(templates[i], segments[i], w + lags, fft);
      boolean pair = i + 1 < n;
      double[][] b =
          pair
              ? CrossCorrelation.crossSpectrum(templates[i + 1], segments[i + 1], w + lags, fft)
              : null;
      double[] re = new double[size];
      double[] im = new double[size];
      // Correlation spectra A*(f)·B(f) of both pairs; the second is added times i.
      for (int k = 0; k < size; k++) {
        re[k] = a[0][k] - (pair ? b[1][k] : 0);
        im[k] = a[1][k] + (pair ? b[0][k] : 0);
      }
      fft.inverse(re, im);
      out[i] = normalise(re, templates[i], segments[i], lags);
      if (pair) {
        out[i + 1] = normalise(im, templates[i + 1], segments[i + 1], lags);
      }
    }
    return out;
  }

  private static double[] normalise(double[] raw, double[] x, double[] y, int lags) {
    double ex = 0;
    for (double v : x) {
      ex += v * v;
    }
    int w = x.length;
    double[] prefix = new double[w + lags + 1];
    for (int i = 0; i < w + lags; i++) {
      double v = i < y.length ? y[i] : 0;
      prefix[i + 1] = prefix[i] + v * v;
    }
    double[] out = new double[lags + 1];
    for (int k = 0; k <= lags; k++) {
      double ey = prefix[k + w] - prefix[k];
      // Played energy 100 dB below the template's is silence (or FFT rounding): no correlation.
      boolean silent = ex == 0 || ey < 1e-10 * ex;
      out[k] = silent ? 0 : Math.max(-1, Math.min(1, raw[k] / Math.sqrt(ex * ey)));
    }
    return out;
  }
}
