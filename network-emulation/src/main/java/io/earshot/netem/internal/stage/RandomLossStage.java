package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import java.util.Objects;
import java.util.function.Supplier;

/** Bernoulli loss (spec 3.1): drop iff U < p. Draws exactly one uniform per packet. */
public final class RandomLossStage implements PacketStage {

  /** Stage name, part of the random stream label. */
  public static final String NAME = "loss";

  private final Supplier<RandomLossConfig> config;
  private final Xoshiro256StarStar random;

  /**
   * @param config read once per packet, so a runtime change applies from the next packet on
   * @param random this stage's own stream
   */
  public RandomLossStage(Supplier<RandomLossConfig> config, Xoshiro256StarStar random) {
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
    if (!fate.isDropped() && u < config.get().probability()) {
      fate.drop(DropCause.LOSS);
    }
  }
}
