package io.earshot.netem.internal.stage;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.DuplicateModel;
import java.util.Objects;

/**
 * Duplication (spec 3.9): marks the packet for a second delivery, the copy {@code U(min, max)}
 * after the original. Two uniforms per packet (decision, copy delay).
 */
public final class DuplicateStage implements PacketStage {

  /** Stage name, part of the random stream label. */
  public static final String NAME = "duplicate";

  private final DuplicateModel model;
  private final Xoshiro256StarStar random;
  private final CorrelatedEvent chain;

  /** A stage for {@code model} drawing from {@code random}. */
  public DuplicateStage(DuplicateModel model, Xoshiro256StarStar random) {
    this.model = Objects.requireNonNull(model, "model");
    this.random = Objects.requireNonNull(random, "random");
    this.chain = new CorrelatedEvent(model.probability(), model.correlation());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    boolean copy = chain.next(random.nextDouble());
    double v = random.nextDouble();
    if (copy && !fate.isDropped()) {
      long min = model.extraMin().toNanos();
      long max = model.extraMax().toNanos();
      fate.duplicate(min + (long) ((max - min) * v));
    }
  }
}
