package io.earshot.netem.internal.stage;

import io.earshot.netem.internal.random.Gaussian;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.JitterDistribution;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Propagation delay with jitter (spec 3.6). One uniform per packet, always (also while the delay is
 * fixed, and for dropped packets), so switching jitter on or off never re-aligns the stream.
 * Uncorrelated jitter is the inverse CDF of that uniform; correlated jitter runs a latent AR(1)
 * {@code Z_n = c Z_(n-1) + sqrt(1-c^2) Phi^-1(u_n)} and maps {@code Z_n} through the marginal, so
 * the configured distribution is kept exactly. Negative delays are clamped to zero, very long ones
 * to one hour.
 */
public final class JitterDelayStage implements PacketStage {

  /** Stage name, part of the random stream label (the same as the fixed-delay stage's). */
  public static final String NAME = "delay";

  private static final double MAX_NANOS = DelayModel.MAX_BASE.toNanos();

  private final Supplier<DelayModel> config;
  private final Xoshiro256StarStar random;
  private double latent;

  /**
   * @param config read once per packet (a constant for datagram chains; the live setting for
   *     streams)
   * @param random this stage's own stream
   */
  public JitterDelayStage(Supplier<DelayModel> config, Xoshiro256StarStar random) {
    this.config = Objects.requireNonNull(config, "config");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    double u = random.nextDouble();
    DelayModel model = config.get();
    JitterDistribution jitter = model.jitter();
    double offset = 0;
    if (jitter != null) {
      double c = model.correlation();
      if (c > 0) {
        latent = c * latent + Math.sqrt(1 - c * c) * Gaussian.inverseCdf(u);
        offset = jitter.offsetFromLatent(latent);
      } else {
        offset = jitter.offsetFromUniform(u);
      }
    }
    if (!fate.isDropped()) {
      double delay = model.base().toNanos() + offset;
      fate.delayBy((long) Math.min(MAX_NANOS, Math.max(0.0, delay)));
    }
  }
}
