package io.earshot.simulator.measure.internal;

/**
 * Per-frame level and power spectrum of a signal, computed on demand: a Hann window of two frames
 * centred on each frame (so a 10 ms frame is judged on 20 ms of audio, enough for a few pitch
 * periods), zero-padded to a power of two.
 */
public final class FrameSpectra {
  /** Level reported for digital silence. */
  public static final double SILENCE_DB = -200;

  // Spectral bins more than this below the frame's strongest bin are floored there: the
  // log-spectral distance should compare what can be heard, not rounding noise.
  private static final double FLOOR_BELOW_PEAK_DB = 50;

  private final float[] signal;
  private final int offset;
  private final int frame;
  private final int window;
  private final Fft fft;
  private final double[] hann;

  /**
   * @param signal the samples
   * @param offset where frame 0 starts in {@code signal} (the latency, for played audio)
   * @param frame frame length, samples
   */
  public FrameSpectra(float[] signal, int offset, int frame) {
    this.signal = signal;
    this.offset = offset;
    this.frame = frame;
    this.window = 2 * frame;
    this.fft = Fft.of(Fft.sizeFor(window));
    hann = new double[window];
    for (int i = 0; i < window; i++) {
      hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / window);
    }
  }

  /** Mean-square level of frame {@code f} in dB (full scale 1.0), {@link #SILENCE_DB} if silent. */
  public double levelDb(int f) {
    double sum = 0;
    int from = offset + f * frame;
    for (int i = from; i < from + frame; i++) {
      double v = sample(i);
      sum += v * v;
    }
    return sum == 0 ? SILENCE_DB : 10 * Math.log10(sum / frame);
  }

  /**
   * Log-spectral distance between the shapes of frame {@code f} of two signals: both spectra scaled
   * to the same total power, floored 50 dB below their peaks, RMS of the dB differences.
   */
  public static double shapeDistanceDb(FrameSpectra a, FrameSpectra b, int f) {
    double[] pa = a.spectrumDb(f);
    double[] pb = b.spectrumDb(f);
    if (pa == null || pb == null) {
      return pa == pb ? 0 : Double.POSITIVE_INFINITY;
    }
    double sum = 0;
    for (int k = 0; k < pa.length; k++) {
      double d = pa[k] - pb[k];
      sum += d * d;
    }
    return Math.sqrt(sum / pa.length);
  }

  /** Power spectrum in dB, normalised to total power 1 and floored; null for silence. */
  private double[] spectrumDb(int f) {
    int size = fft.size();
    double[] re = new double[size];
    double[] im = new double[size];
    int from = offset + f * frame - frame / 2;
    for (int i = 0; i < window; i++) {
      re[i] = sample(from + i) * hann[i];
    }
    fft.forward(re, im);
    double[] power = new double[size / 2 + 1];
    double total = 0;
    double peak = 0;
    for (int k = 0; k < power.length; k++) {
      power[k] = re[k] * re[k] + im[k] * im[k];
      total += power[k];
      peak = Math.max(peak, power[k]);
    }
    if (total == 0) {
      return null;
    }
    double floor = peak * Math.pow(10, -FLOOR_BELOW_PEAK_DB / 10);
    for (int k = 0; k < power.length; k++) {
      power[k] = 10 * Math.log10(Math.max(power[k], floor) / total);
    }
    return power;
  }

  private double sample(int i) {
    return i >= 0 && i < signal.length ? signal[i] : 0;
  }
}
