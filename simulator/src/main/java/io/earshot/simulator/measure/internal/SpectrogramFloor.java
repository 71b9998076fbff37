package io.earshot.simulator.measure.internal;

/**
 * ViSQOL's floors, applied to a reference and a degraded spectrogram together so that they share
 * one scale: values below -45 (about -90 dBFS of band RMS) are raised to -45; in each frame, values
 * more than 45 below the louder of the two frames' peaks are raised to that level (quiet detail
 * under loud speech is inaudible and only adds noise to the comparison); finally both are shifted
 * so that the lower of their minima is 0, which NSIM's intensity term needs (it compares values as
 * intensities, not as differences).
 */
public final class SpectrogramFloor {
  /** The absolute floor in {@code 10·log10(RMS)} units. */
  public static final double ABSOLUTE = -45.0;

  /** How far below each frame's peak values are kept. */
  public static final double BELOW_FRAME_PEAK = 45.0;

  private SpectrogramFloor() {}

  /**
   * Applies the floors in place to two {@code [band][frame]} spectrograms.
   *
   * @return the shift that was added to both, for {@link #applyToPatch}
   */
  public static double apply(double[][] reference, double[][] degraded) {
    raise(reference, ABSOLUTE);
    raise(degraded, ABSOLUTE);
    int frames = Math.min(reference[0].length, degraded[0].length);
    for (int f = 0; f < frames; f++) {
      double peak = Double.NEGATIVE_INFINITY;
      for (int b = 0; b < reference.length; b++) {
        peak = Math.max(peak, Math.max(reference[b][f], degraded[b][f]));
      }
      double floor = peak - BELOW_FRAME_PEAK;
      for (int b = 0; b < reference.length; b++) {
        reference[b][f] = Math.max(reference[b][f], floor);
        degraded[b][f] = Math.max(degraded[b][f], floor);
      }
    }
    double lowest = Math.min(min(reference), min(degraded));
    shift(reference, -lowest);
    shift(degraded, -lowest);
    return -lowest;
  }

  /**
   * Floors a degraded patch built after the fact (a finer alignment) to match a reference that
   * {@link #apply} already floored and shifted by {@code shift}: absolute floor, then the per-frame
   * floor against the reference frames it will be compared with, then the same shift.
   *
   * @param reference the floored reference spectrogram
   * @param refStart the reference frame the patch is compared with
   */
  public static void applyToPatch(
      double[][] patch, double[][] reference, int refStart, double shift) {
    raise(patch, ABSOLUTE);
    for (int f = 0; f < patch[0].length; f++) {
      double peak = Double.NEGATIVE_INFINITY;
      for (int b = 0; b < patch.length; b++) {
        double ref =
            refStart + f < reference[b].length ? reference[b][refStart + f] - shift : ABSOLUTE;
        peak = Math.max(peak, Math.max(ref, patch[b][f]));
      }
      for (int b = 0; b < patch.length; b++) {
        patch[b][f] = Math.max(patch[b][f], peak - BELOW_FRAME_PEAK) + shift;
      }
    }
  }

  private static void raise(double[][] s, double floor) {
    for (double[] band : s) {
      for (int f = 0; f < band.length; f++) {
        band[f] = Math.max(band[f], floor);
      }
    }
  }

  private static double min(double[][] s) {
    double m = Double.POSITIVE_INFINITY;
    for (double[] band : s) {
      for (double v : band) {
        m = Math.min(m, v);
      }
    }
    return m;
  }

  private static void shift(double[][] s, double by) {
    for (double[] band : s) {
      for (int f = 0; f < band.length; f++) {
        band[f] += by;
      }
    }
  }
}
