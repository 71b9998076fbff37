package io.earshot.simulator.measure.internal;

import java.util.Arrays;

/**
 * A bank of 4th-order gammatone filters on ERB spacing, after Slaney's "efficient implementation of
 * the Patterson-Holdsworth auditory filter bank" (Apple TR 35, 1993), which ViSQOL uses: each
 * filter is four second-order sections sharing one complex pole pair at the centre frequency with
 * bandwidth {@code 1.019·ERB(cf)}, Glasberg and Moore's {@code ERB = cf/9.26449 + 24.7 Hz}.
 *
 * <p>The bank is used only through its power response: {@link #weights} gives, for each band, the
 * squared magnitude response at the bins of a real FFT, so that a frame's band energy is a weighted
 * sum of its power spectrum (Parseval). Bins where a band is more than 60 dB down are dropped.
 */
public final class GammatoneFilterbank {
  private static final double EAR_Q = 9.26449;
  private static final double MIN_BANDWIDTH_HZ = 24.7;
  private static final double NEGLIGIBLE_POWER = 1e-6;

  private final double[] centreHz;
  private final int[] firstBin;
  private final double[][] weights;

  /**
   * @param sampleRateHz the signal's rate
   * @param bands number of filters
   * @param lowHz centre of the lowest filter
   * @param highHz the top of the ERB scale the centres are spread under (the highest centre is one
   *     ERB step below it, as in Slaney's ERBSpace)
   * @param fftSize the transform length the weights are for
   */
  public GammatoneFilterbank(
      int sampleRateHz, int bands, double lowHz, double highHz, int fftSize) {
    centreHz = erbSpace(lowHz, highHz, bands);
    firstBin = new int[bands];
    weights = new double[bands][];
    for (int b = 0; b < bands; b++) {
      double[] response = new double[fftSize / 2 + 1];
      int first = response.length;
      int last = -1;
      for (int k = 0; k < response.length; k++) {
        response[k] = powerResponse(centreHz[b], sampleRateHz, (double) k * sampleRateHz / fftSize);
        if (response[k] > NEGLIGIBLE_POWER) {
          first = Math.min(first, k);
          last = k;
        }
      }
      // The response falls monotonically on both sides of the centre, so the kept bins are one
      // run.
      firstBin[b] = first;
      weights[b] = Arrays.copyOfRange(response, first, last + 1);
    }
  }

  /** Centre frequencies, lowest first. */
  public double[] centreHz() {
    return centreHz.clone();
  }

  /** Number of bands. */
  public int bands() {
    return centreHz.length;
  }

  /** The first FFT bin (of 0..N/2) that carries weight in band {@code band}. */
  int firstBin(int band) {
    return firstBin[band];
  }

  /**
   * The squared magnitude response at bins {@code firstBin(band)} onwards, 1.0 at the centre
   * frequency.
   */
  double[] weights(int band) {
    return weights[band];
  }

  /** Centres equally spaced on the ERB-rate scale, {@code lowHz} included, lowest first. */
  static double[] erbSpace(double lowHz, double highHz, int bands) {
    double offset = EAR_Q * MIN_BANDWIDTH_HZ;
    double step = (Math.log(lowHz + offset) - Math.log(highHz + offset)) / bands;
    double[] centres = new double[bands];
    for (int i = 1; i <= bands; i++) {
      centres[bands - i] = -offset + Math.exp(i * step) * (highHz + offset);
    }
    return centres;
  }

  /**
   * |H(f)|² of the four-section gammatone at {@code cf}, normalised to 1 at {@code cf}, from the
   * z-domain transfer function itself so that the far skirts are the filter's, not an
   * approximation's.
   */
  static double powerResponse(double cf, double fs, double f) {
    return sectionsPower(cf, fs, f) / sectionsPower(cf, fs, cf);
  }

  private static double sectionsPower(double cf, double fs, double f) {
    double t = 1.0 / fs;
    double erb = cf / EAR_Q + MIN_BANDWIDTH_HZ;
    double b = 1.019 * 2 * Math.PI * erb;
    double decay = Math.exp(-b * t);
    double c = Math.cos(2 * Math.PI * cf * t);
    double s = Math.sin(2 * Math.PI * cf * t);
    double w = 2 * Math.PI * f * t;
    // z^-1 and z^-2 on the unit circle.
    double z1r = Math.cos(w);
    double z1i = -Math.sin(w);
    double z2r = Math.cos(2 * w);
    double z2i = -Math.sin(2 * w);
    double denR = 1 - 2 * decay * c * z1r + decay * decay * z2r;
    double denI = -2 * decay * c * z1i + decay * decay * z2i;
    double denPower = denR * denR + denI * denI;
    double[] zeros = {Math.sqrt(3 + Math.sqrt(8)), -Math.sqrt(3 + Math.sqrt(8))};
    double[] zeros2 = {Math.sqrt(3 - Math.sqrt(8)), -Math.sqrt(3 - Math.sqrt(8))};
    double power = 1;
    for (double[] pair : new double[][] {zeros, zeros2}) {
      for (double k : pair) {
        double a1 = -decay * (c + k * s);
        double numR = t * (1 + a1 * z1r);
        double numI = t * (a1 * z1i);
        power *= (numR * numR + numI * numI) / denPower;
      }
    }
    return power;
  }
}
