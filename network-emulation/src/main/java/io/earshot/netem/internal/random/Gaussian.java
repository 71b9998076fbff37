package io.earshot.netem.internal.random;

/**
 * Standard normal distribution functions implemented here (like the generators) so that results
 * never depend on a library or JDK version.
 */
public final class Gaussian {

  private static final double LOG_SQRT_2PI = 0.91893853320467274178;

  // Acklam's rational approximation of the inverse CDF (relative error < 1.15e-9).
  private static final double[] A = {
    -3.969683028665376e+01,
    2.209460984245205e+02,
    -2.759285104469687e+02,
    1.383577518672690e+02,
    -3.066479806614716e+01,
    2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03,
    -3.223964580411365e-01,
    -2.400758277161838e+00,
    -2.549732539343734e+00,
    4.374664141464968e+00,
    2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double P_LOW = 0.02425;

  /** Smallest and largest probability handed to the inverse: keeps |z| below about 8.2. */
  private static final double U_MIN = 0x1.0p-53;

  private Gaussian() {}

  /** Density of the standard normal at {@code x}. */
  public static double density(double x) {
    return Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
  }

  /**
   * {@code Phi(x)}, the standard normal CDF: Marsaglia's Taylor series for |x| <= 5 (absolute error
   * ~1e-16), a continued fraction for the Mills ratio beyond (accurate relative error in the
   * tails).
   */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < -5) {
      return lowerTail(-x);
    }
    if (x > 5) {
      return 1 - lowerTail(x);
    }
    double s = x;
    double t = 0;
    double b = x;
    double q = x * x;
    double i = 1;
    while (s != t) {
      t = s;
      i += 2;
      b *= q / i;
      s = t + b;
    }
    return 0.5 + s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
  }

  /** {@code Phi(-x)} for x > 5 by the Mills-ratio continued fraction (Lentz). */
  private static double lowerTail(double x) {
    // R(x) = 1/(x + 1/(x + 2/(x + 3/(x + ...)))), Phi(-x) = phi(x) R(x).
    double f = x;
    double c = x;
    double d = 0;
    for (int k = 1; k < 200; k++) {
      d = x + k * d;
      d = d == 0 ? 1e-300 : 1 / d;
      c = x + k / c;
      if (c == 0) {
        c = 1e-300;
      }
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return density(x) / f;
  }

  /**
   * One Halley step on {@code Phi(x) = p} in the lower tail, where the rational approximation's
   * relative error in {@code x} grows (about 4e-7 at p = 1e-12); the tails are 5% of draws.
   */
  private static double refineLowerTail(double x, double p) {
    double e = lowerTailOrCdf(x) - p;
    double u = e * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * x * x);
    return x - u / (1 + 0.5 * x * u);
  }

  private static double lowerTailOrCdf(double x) {
    return x < -5 ? lowerTail(-x) : cdf(x);
  }

  /**
   * {@code Phi^-1(u)}; u is clamped into [2^-53, 1 - 2^-53] so that a uniform draw of exactly 0
   * gives a finite value.
   */
  public static double inverseCdf(double u) {
    double p = Math.min(Math.max(u, U_MIN), 1 - U_MIN);
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      double x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
      return refineLowerTail(x, p);
    }
    if (p > 1 - P_LOW) {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      double x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
      return -refineLowerTail(x, 1 - p);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
        * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
}
