package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.LossModel;
import java.util.Objects;

/**
 * Loss with one correlation knob, by the exact 2-state mapping of spec 3.2 (the chain advances on
 * every packet, also one an earlier stage dropped). One uniform per packet.
 */
public final class CorrelatedLossStage implements PacketStage {

  /** Stage name: the loss slot's stream. */
  public static final String NAME = "loss";

  private final Xoshiro256StarStar random;
  private final CorrelatedEvent chain;

  /** A stage for {@code model} drawing from {@code random}. */
  public CorrelatedLossStage(LossModel.Correlated model, Xoshiro256StarStar random) {
    this.random = Objects.requireNonNull(random, "random");
    this.chain = new CorrelatedEvent(model.probability(), model.correlation());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    if (chain.next(random.nextDouble())) {
      fate.drop(DropCause.LOSS);
    }
  }
}
