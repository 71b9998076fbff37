package io.earshot.simulator.measure.internal;

/**
 * A matched filter for one marker shape, in the marker's band on whitened spectra.
 *
 * <p>For a segment of played audio, both the segment's spectrum and the template's are divided by
 * the square root of the segment's own power spectrum, smoothed over ±16 Hz, and kept only between
 * 500 and 4000 Hz. The normalised correlation of the two results is 1 where the segment holds the
 * marker, whatever lies outside the band, and a steady tone in the band (whose few bins dominate
 * the smoothed spectrum) is flattened to the level of its surroundings instead of swamping the
 * marker. Dividing both sides by the same real spectrum leaves the peak's position unchanged.
 */
public final class ChirpDetector {
  private static final double LOW_HZ = 500;
  private static final double HIGH_HZ = 4_000;
  private static final double SMOOTHING_HZ = 16;
  // Keeps the whitening finite in bins where the segment is digital silence.
  private static final double REGULARISATION = 1e-3;
  private static final int RATE = 16_000;

  private final float[] template;
  private final int lags;
  private final Fft fft;
  private final double[] templateRe;
  private final double[] templateIm;

  /**
   * @param template the marker at 16 kHz
   * @param lags the longest lag searched, samples
   */
  public ChirpDetector(float[] template, int lags) {
    this.template = template;
    this.lags = lags;
    this.fft = Fft.of(Fft.sizeFor(template.length + lags + 1));
    templateRe = new double[fft.size()];
    templateIm = new double[fft.size()];
    for (int i = 0; i < template.length; i++) {
      templateRe[i] = template[i];
    }
    fft.forward(templateRe, templateIm);
  }

  /**
   * The normalised whitened correlation of the template with {@code played} from sample {@code
   * start} on, for lags 0..L.
   */
  public double[] correlate(float[] played, int start) {
    int size = fft.size();
    int length = template.length + lags;
    double[] re = new double[size];
    double[] im = new double[size];
    for (int i = 0; i < length && start + i < played.length; i++) {
      re[i] = played[start + i];
    }
    fft.forward(re, im);
    double[] weight = whitening(re, im);
    // Cross-spectrum T*·S·w² and the whitened segment S·w, both band-limited by w.
    double[] cr = new double[size];
    double[] ci = new double[size];
    double[] wr = new double[size];
    double[] wi = new double[size];
    double templateEnergy = 0;
    for (int k = 0; k < size; k++) {
      double w = weight[Math.min(k, size - k)];
      double w2 = w * w;
      cr[k] = (templateRe[k] * re[k] + templateIm[k] * im[k]) * w2;
      ci[k] = (templateRe[k] * im[k] - templateIm[k] * re[k]) * w2;
      wr[k] = re[k] * w;
      wi[k] = im[k] * w;
      templateEnergy += (templateRe[k] * templateRe[k] + templateIm[k] * templateIm[k]) * w2;
    }
    templateEnergy /= size;
    // Both inverse transforms are real: one rides in the imaginary part of the other.
    for (int k = 0; k < size; k++) {
      cr[k] -= wi[k];
      ci[k] += wr[k];
    }
    fft.inverse(cr, ci);
    double[] prefix = new double[length + 1];
    for (int i = 0; i < length; i++) {
      prefix[i + 1] = prefix[i] + ci[i] * ci[i];
    }
    // Whitening smears energy into silent stretches, where dividing by their tiny energy would
    // manufacture peaks: no window's energy counts as less than a quarter of the average window's.
    double floor = 0.25 * prefix[length] * template.length / length;
    double[] rho = new double[lags + 1];
    for (int k = 0; k <= lags; k++) {
      double local = Math.max(floor, prefix[k + template.length] - prefix[k]);
      double denominator = Math.sqrt(templateEnergy * local);
      rho[k] = denominator > 0 ? Math.max(-1, Math.min(1, cr[k] / denominator)) : 0;
    }
    return rho;
  }

  /** Per bin 0..N/2: 1/sqrt(smoothed power) inside the band, 0 outside. */
  private double[] whitening(double[] re, double[] im) {
    int size = fft.size();
    int half = size / 2;
    double binHz = (double) RATE / size;
    int low = (int) Math.ceil(LOW_HZ / binHz);
    int high = (int) Math.floor(HIGH_HZ / binHz);
    int radius = Math.max(1, (int) Math.round(SMOOTHING_HZ / binHz));
    double[] power = new double[half + 1];
    double[] prefix = new double[half + 2];
    for (int k = 0; k <= half; k++) {
      power[k] = re[k] * re[k] + im[k] * im[k];
      prefix[k + 1] = prefix[k] + power[k];
    }
    double bandMean = (prefix[high + 1] - prefix[low]) / (high - low + 1);
    double[] weight = new double[half + 1];
    for (int k = low; k <= high; k++) {
      int from = Math.max(0, k - radius);
      int to = Math.min(half, k + radius);
      double smoothed = (prefix[to + 1] - prefix[from]) / (to - from + 1);
      weight[k] = 1 / Math.sqrt(smoothed + REGULARISATION * bandMean + 1e-30);
    }
    return weight;
  }
}
