package io.earshot.simulator.measure.internal;

/** Sub-sample peak location. */
public final class Peaks {
  private Peaks() {}

  /**
   * The offset, in [-0.5, 0.5] samples, of the vertex of the parabola through three equally spaced
   * values whose middle one is the largest; 0 when they are flat.
   */
  public static double parabolicOffset(double before, double peak, double after) {
    double curvature = before - 2 * peak + after;
    if (curvature >= 0) {
      return 0;
    }
    double offset = 0.5 * (before - after) / curvature;
    return Math.max(-0.5, Math.min(0.5, offset));
  }
}
