package io.earshot.simulator.measure.internal;

/**
 * The audio bandwidth of a 16 kHz signal: the highest frequency at which its long-term spectrum
 * (Hann frames of 32 ms end to end, those within 30 dB of the loudest, smoothed over 5 bins of
 * 31.25 Hz) comes within 40 dB of its peak. On the calibration corpus this reads 7.1–7.8 kHz for
 * wideband speech and Opus from 12 kbit/s up, 4.0–4.3 kHz for Opus at 8 kbit/s and 3.3–3.6 kHz for
 * a 3.4 kHz low-pass, whatever the talker.
 */
public final class BandwidthEstimator {
  private static final int SIZE = 512;
  private static final double ACTIVE_WITHIN_DB = 30.0;
  private static final double ROLL_OFF_DB = 40.0;
  private static final int SMOOTHING_BINS = 5;

  private BandwidthEstimator() {}

  /** The bandwidth in Hz, or 0 for silence. */
  public static double bandwidthHz(float[] signal, int sampleRateHz) {
    double[] window = new double[SIZE];
    for (int i = 0; i < SIZE; i++) {
      window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (SIZE - 1));
    }
    int frames = signal.length / SIZE;
    double[] energy = new double[frames];
    double loudest = 0;
    for (int f = 0; f < frames; f++) {
      for (int i = 0; i < SIZE; i++) {
        double v = signal[f * SIZE + i];
        energy[f] += v * v;
      }
      loudest = Math.max(loudest, energy[f]);
    }
    if (loudest == 0) {
      return 0;
    }
    double[] spectrum = new double[SIZE / 2 + 1];
    double[] re = new double[SIZE];
    double[] im = new double[SIZE];
    Fft fft = Fft.of(SIZE);
    for (int f = 0; f < frames; f++) {
      if (energy[f] < loudest * Math.pow(10, -ACTIVE_WITHIN_DB / 10)) {
        continue;
      }
      for (int i = 0; i < SIZE; i++) {
        re[i] = signal[f * SIZE + i] * window[i];
        im[i] = 0;
      }
      fft.forward(re, im);
      for (int k = 0; k < spectrum.length; k++) {
        spectrum[k] += re[k] * re[k] + im[k] * im[k];
      }
    }
    double[] smoothed = new double[spectrum.length];
    double peak = 0;
    for (int k = 0; k < spectrum.length; k++) {
      int from = Math.max(0, k - SMOOTHING_BINS / 2);
      int to = Math.min(spectrum.length - 1, k + SMOOTHING_BINS / 2);
      for (int j = from; j <= to; j++) {
        smoothed[k] += spectrum[j] / SMOOTHING_BINS;
      }
      peak = Math.max(peak, smoothed[k]);
    }
    double threshold = peak * Math.pow(10, -ROLL_OFF_DB / 10);
    for (int k = smoothed.length - 1; k >= 0; k--) {
      if (smoothed[k] >= threshold) {
        return (double) k * sampleRateHz / SIZE;
      }
    }
    return 0;
  }
}
