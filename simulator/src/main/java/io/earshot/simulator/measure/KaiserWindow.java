package io.earshot.simulator.measure;

/** The Kaiser window, {@code I0(β·sqrt(1 − x²)) / I0(β)} on {@code x ∈ [-1, 1]}. */
final class KaiserWindow {
  private KaiserWindow() {}

  /** The window at {@code x}, given {@code besselI0(beta)}; zero outside [-1, 1]. */
  static double value(double x, double beta, double i0Beta) {
    if (x < -1 || x > 1) {
      return 0;
    }
    return besselI0(beta * Math.sqrt(1 - x * x)) / i0Beta;
  }

  /** Modified Bessel function of the first kind, order 0, by its power series. */
  static double besselI0(double x) {
    double sum = 1;
    double term = 1;
    double quarterSquare = x * x / 4;
    // Terms shrink once k exceeds x/2; 1e-17 relative is below double precision.
    for (int k = 1; k < 500 && term > 1e-17 * sum; k++) {
      term *= quarterSquare / ((double) k * k);
      sum += term;
    }
    return sum;
  }
}
