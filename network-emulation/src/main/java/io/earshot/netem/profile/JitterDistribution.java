package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.fmt;
import static io.earshot.netem.profile.ProfileChecks.millis;

import io.earshot.netem.internal.random.Gaussian;
import java.time.Duration;

/**
 * The random part of a one-way delay (spec 3.6), added to the base delay of a {@link DelayModel}.
 * Each distribution is sampled by inverse CDF from one uniform per packet, or from a latent
 * standard normal when the delay is correlated (so the marginal stays exact).
 */
public sealed interface JitterDistribution
    permits JitterDistribution.Uniform,
        JitterDistribution.Normal,
        JitterDistribution.LogNormal,
        JitterDistribution.Pareto {

  /** Offset in nanoseconds for a uniform draw {@code u} in [0, 1). */
  double offsetFromUniform(double u);

  /** Offset in nanoseconds for a standard-normal latent value {@code z}. */
  double offsetFromLatent(double z);

  /** Mean of the offset in nanoseconds (before any clamp at zero delay). */
  double meanNanos();

  /** Standard deviation of the offset in nanoseconds (infinite for Pareto with alpha <= 2). */
  double stdNanos();

  /** Canonical text, e.g. {@code normal 5 ms}. */
  String describe();

  /** {@code U(-j, +j)}: mean 0, std {@code j/sqrt(3)} (netem's default shape). */
  static Uniform uniform(Duration j) {
    return new Uniform(j);
  }

  /** {@code N(0, j)}; a delay that would be negative is clamped to zero. */
  static Normal normal(Duration j) {
    return new Normal(j);
  }

  /** {@code median * exp(sigma Z)}, always positive; {@code mu = ln(median)}. */
  static LogNormal lognormal(Duration median, double sigma) {
    return new LogNormal(median, sigma);
  }

  /** True Pareto with scale {@code xm} and shape {@code alpha}: values >= xm. */
  static Pareto pareto(Duration xm, double alpha) {
    return new Pareto(xm, alpha);
  }

  /** Uniform jitter in [-j, +j]. */
  record Uniform(Duration halfWidth) implements JitterDistribution {
    /** j in [0, 24 h]. */
    public Uniform {
      ProfileChecks.nonNegative("uniform jitter", halfWidth);
    }

    @Override
    public double offsetFromUniform(double u) {
      double j = halfWidth.toNanos();
      return -j + 2 * j * u;
    }

    @Override
    public double offsetFromLatent(double z) {
      return offsetFromUniform(Gaussian.cdf(z));
    }

    @Override
    public double meanNanos() {
      return 0;
    }

    @Override
    public double stdNanos() {
      return halfWidth.toNanos() / Math.sqrt(3);
    }

    @Override
    public String describe() {
      return "uniform +-" + millis(halfWidth);
    }
  }

  /** Normal jitter with standard deviation j. */
  record Normal(Duration std) implements JitterDistribution {
    /** j in [0, 24 h]. */
    public Normal {
      ProfileChecks.nonNegative("normal jitter", std);
    }

    @Override
    public double offsetFromUniform(double u) {
      return std.toNanos() * Gaussian.inverseCdf(u);
    }

    @Override
    public double offsetFromLatent(double z) {
      return std.toNanos() * z;
    }

    @Override
    public double meanNanos() {
      return 0;
    }

    @Override
    public double stdNanos() {
      return std.toNanos();
    }

    @Override
    public String describe() {
      return "normal " + millis(std);
    }
  }

  /** Lognormal jitter: {@code median * exp(sigma Z)}. */
  record LogNormal(Duration median, double sigma) implements JitterDistribution {
    /** median in (0, 24 h], sigma in (0, 5]. */
    public LogNormal {
      ProfileChecks.positive("lognormal median", median);
      ProfileChecks.positiveFinite("lognormal sigma", sigma, 1e-9, 5);
    }

    @Override
    public double offsetFromUniform(double u) {
      return offsetFromLatent(Gaussian.inverseCdf(u));
    }

    @Override
    public double offsetFromLatent(double z) {
      return median.toNanos() * Math.exp(sigma * z);
    }

    @Override
    public double meanNanos() {
      return median.toNanos() * Math.exp(sigma * sigma / 2);
    }

    @Override
    public double stdNanos() {
      double s2 = sigma * sigma;
      return median.toNanos() * Math.sqrt((Math.exp(s2) - 1) * Math.exp(s2));
    }

    @Override
    public String describe() {
      return "lognormal median " + millis(median) + " sigma " + fmt(sigma);
    }
  }

  /**
   * True Pareto jitter: {@code xm (1-u)^(-1/alpha)}, mean {@code alpha xm/(alpha-1)}, variance
   * {@code xm^2 alpha/((alpha-1)^2 (alpha-2))}. Not netem's "pareto" table.
   */
  record Pareto(Duration scale, double alpha) implements JitterDistribution {
    /** xm in (0, 24 h], alpha in (1, 100] (a finite mean). */
    public Pareto {
      ProfileChecks.positive("pareto scale xm", scale);
      if (!(alpha > 1 && alpha <= 100)) {
        throw new IllegalArgumentException(
            "pareto shape alpha must be in (1, 100] (a finite mean), found " + alpha);
      }
    }

    @Override
    public double offsetFromUniform(double u) {
      return scale.toNanos() * Math.pow(1 - u, -1 / alpha);
    }

    @Override
    public double offsetFromLatent(double z) {
      // 1 - Phi(z) computed as Phi(-z) keeps precision in the upper tail.
      return scale.toNanos() * Math.pow(Gaussian.cdf(-z), -1 / alpha);
    }

    @Override
    public double meanNanos() {
      return alpha * scale.toNanos() / (alpha - 1);
    }

    @Override
    public double stdNanos() {
      if (alpha <= 2) {
        return Double.POSITIVE_INFINITY;
      }
      double xm = scale.toNanos();
      return Math.sqrt(xm * xm * alpha / ((alpha - 1) * (alpha - 1) * (alpha - 2)));
    }

    @Override
    public String describe() {
      return "pareto xm " + millis(scale) + " alpha " + fmt(alpha);
    }
  }
}
