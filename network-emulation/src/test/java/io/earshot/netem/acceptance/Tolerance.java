package io.earshot.netem.acceptance;

/**
 * Acceptance bounds of spec section 4, computed from the model, never typed in: z = 4 per assertion
 * (two-sided 6e-5); proportions {@code z sqrt(p(1-p) IF / n) + 1/n}; means {@code z sd / sqrt(n)}.
 */
final class Tolerance {

  static final double Z = 4.0;

  private Tolerance() {}

  /** Bound on |p_hat - p| for a proportion over {@code n} trials with variance inflation IF. */
  static double proportion(double p, double inflation, long n) {
    return Z * Math.sqrt(p * (1 - p) * inflation / n) + 1.0 / n;
  }

  /** Bound on |mean - mu| for {@code n} values of standard deviation {@code sd} (with IF). */
  static double mean(double sd, double inflation, double n) {
    return Z * sd * Math.sqrt(inflation / n);
  }

  /** KS distance bound at alpha 0.001 (spec 4): {@code 1.95 / sqrt(n_eff)}. */
  static double ks(double nEffective) {
    return 1.95 / Math.sqrt(nEffective);
  }

  /**
   * Bound on |sd_hat - sd| for n values with kurtosis {@code kappa}: var(sd_hat) is about {@code
   * sd^2 (kappa - 1) / (4n)}.
   */
  static double spread(double sd, double kurtosis, double inflation, double n) {
    return Z * sd * Math.sqrt((kurtosis - 1) * inflation / (4 * n));
  }
}
