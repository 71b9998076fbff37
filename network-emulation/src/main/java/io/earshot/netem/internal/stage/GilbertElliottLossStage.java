package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.LossModel;
import java.util.Objects;

/**
 * Gilbert-Elliott loss (spec 3.3) in netem's order: decide loss with the current state's
 * probability, then move Good->Bad with {@code p} or Bad->Good with {@code r}. Starts Good. Two
 * uniforms per packet (loss, transition).
 */
public final class GilbertElliottLossStage implements PacketStage {

  /** Stage name: the loss slot's stream. */
  public static final String NAME = "loss";

  private final LossModel.GilbertElliott model;
  private final Xoshiro256StarStar random;
  private boolean bad;

  /** A stage for {@code model} drawing from {@code random}. */
  public GilbertElliottLossStage(LossModel.GilbertElliott model, Xoshiro256StarStar random) {
    this.model = Objects.requireNonNull(model, "model");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    double lossDraw = random.nextDouble();
    double moveDraw = random.nextDouble();
    if (lossDraw < (bad ? model.lossInBad() : model.lossInGood())) {
      fate.drop(DropCause.LOSS);
    }
    bad = bad ? moveDraw >= model.r() : moveDraw < model.p();
  }
}
