package io.earshot.netem.profile;

import io.earshot.netem.internal.random.Gaussian;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Added one-way delay of a direction (spec 3.6): a base plus optional jitter, optionally correlated
 * through a latent Gaussian AR(1) {@code Z_n = c Z_(n-1) + sqrt(1-c^2) e_n}, {@code D_n = base +
 * F^-1(Phi(Z_n))}, which keeps the configured marginal exactly. A delay that would be negative is
 * clamped to zero. Queueing and serialisation come from {@link RateLimit}.
 *
 * @param base constant part, in [0, 1 h]
 * @param jitter random part, or {@code null} for none
 * @param correlation lag-1 correlation of the latent AR(1), in [0, 1)
 */
public record DelayModel(Duration base, JitterDistribution jitter, double correlation) {

  /** Longest base delay accepted. */
  public static final Duration MAX_BASE = Duration.ofHours(1);

  /** No added delay. */
  public static final DelayModel NONE = new DelayModel(Duration.ZERO, null, 0.0);

  /** Validates every field. */
  public DelayModel {
    Objects.requireNonNull(base, "base");
    if (base.isNegative() || base.compareTo(MAX_BASE) > 0) {
      throw new IllegalArgumentException(
          "delay must be in [0 ms, 3600000 ms], found " + ProfileChecks.millis(base));
    }
    ProfileChecks.correlation("delay correlation", correlation);
    if (jitter == null && correlation != 0) {
      throw new IllegalArgumentException(
          "delay correlation needs jitter; found correlation "
              + correlation
              + " without a jitter distribution");
    }
  }

  /** A constant delay. */
  public static DelayModel fixed(Duration base) {
    return new DelayModel(base, null, 0.0);
  }

  /** The same model with another base delay. */
  public DelayModel withBase(Duration newBase) {
    return new DelayModel(newBase, jitter, correlation);
  }

  /** The same model with jitter (null removes it, and the correlation with it). */
  public DelayModel withJitter(JitterDistribution newJitter) {
    return new DelayModel(base, newJitter, newJitter == null ? 0.0 : correlation);
  }

  /** The same model with a latent AR(1) correlation in [0, 1). */
  public DelayModel withCorrelation(double c) {
    return new DelayModel(base, jitter, c);
  }

  /** True when every packet gets exactly {@link #base()}. */
  public boolean isFixed() {
    return jitter == null;
  }

  /**
   * Expected delay in nanoseconds including the clamp at zero, before the FIFO clamp: for normal
   * jitter {@code d Phi(d/j) + j phi(d/j)}.
   */
  public double meanNanos() {
    double d = base.toNanos();
    if (jitter == null) {
      return d;
    }
    if (jitter instanceof JitterDistribution.Normal normal && normal.std().toNanos() > 0) {
      double j = normal.std().toNanos();
      return d * Gaussian.cdf(d / j) + j * Gaussian.density(d / j);
    }
    if (jitter instanceof JitterDistribution.Uniform uniform) {
      double j = uniform.halfWidth().toNanos();
      if (j > d) {
        // E[max(0, U(d-j, d+j))] = (d+j)^2 / (4j)
        return (d + j) * (d + j) / (4 * j);
      }
    }
    return d + jitter.meanNanos();
  }

  /**
   * The spec's warning condition for normal jitter: {@code P(delay < 0) > 1e-3}, i.e. {@code j >
   * d/3.09}; the clamp then raises the mean noticeably.
   */
  public Optional<String> clampWarning() {
    if (jitter instanceof JitterDistribution.Normal normal) {
      double j = normal.std().toNanos();
      double d = base.toNanos();
      if (j > 0 && Gaussian.cdf(-d / j) > 1e-3) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "normal jitter %s on delay %s: %.2f%% of delays would be negative and "
                    + "are clamped to 0 (keep j <= d/3.09 = %.3f ms); effective mean "
                    + "%.3f ms",
                ProfileChecks.millis(normal.std()),
                ProfileChecks.millis(base),
                100 * Gaussian.cdf(-d / j),
                d / 3.09 / 1e6,
                meanNanos() / 1e6));
      }
    }
    return Optional.empty();
  }

  /** Canonical text, e.g. {@code 40 ms + normal 5 ms corr 50%}. */
  public String describe() {
    String text = ProfileChecks.millis(base);
    if (jitter != null) {
      text += " + " + jitter.describe();
      if (correlation > 0) {
        text += " corr " + ProfileChecks.percent(correlation);
      }
    }
    return text;
  }
}
