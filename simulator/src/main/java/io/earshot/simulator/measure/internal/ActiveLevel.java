package io.earshot.simulator.measure.internal;

/**
 * Level of one signal against another over the frames where the reference is active: 20 ms frames
 * whose reference RMS is within 30 dB of the reference's loudest frame. Measured on time-aligned
 * signals, so that silence and pauses (where the played signal may carry noise or comfort noise) do
 * not dilute it.
 */
public final class ActiveLevel {
  private static final int FRAME = 320;
  private static final double ACTIVE_WITHIN_DB = 30.0;

  private ActiveLevel() {}

  /**
   * {@code 10·log10(Σ degraded² / Σ reference²)} over the reference's active frames; 0 when the
   * reference is silent, -120 when the degraded signal is.
   */
  public static double differenceDb(float[] reference, float[] alignedDegraded) {
    int frames = Math.min(reference.length, alignedDegraded.length) / FRAME;
    double[] refEnergy = new double[frames];
    double loudest = 0;
    for (int f = 0; f < frames; f++) {
      for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
        refEnergy[f] += (double) reference[i] * reference[i];
      }
      loudest = Math.max(loudest, refEnergy[f]);
    }
    if (loudest == 0) {
      return 0;
    }
    double threshold = loudest * Math.pow(10, -ACTIVE_WITHIN_DB / 10);
    double ref = 0;
    double deg = 0;
    for (int f = 0; f < frames; f++) {
      if (refEnergy[f] >= threshold) {
        ref += refEnergy[f];
        for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
          deg += (double) alignedDegraded[i] * alignedDegraded[i];
        }
      }
    }
    return deg == 0 ? -120.0 : 10 * Math.log10(deg / ref);
  }
}
