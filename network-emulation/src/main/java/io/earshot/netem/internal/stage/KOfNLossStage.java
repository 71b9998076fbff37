package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.LossModel;
import java.util.Objects;

/**
 * Exactly {@code k} random drops in each block of {@code n} packets (spec 3.5, pion's shuffle idea)
 * by sequential sampling: drop with probability (drops still due) / (packets left in the block),
 * which picks a uniformly random k-subset. Blocks are aligned on the packet index. One uniform per
 * packet.
 */
public final class KOfNLossStage implements PacketStage {

  /** Stage name: the loss slot's stream. */
  public static final String NAME = "loss";

  private final LossModel.KOfN model;
  private final Xoshiro256StarStar random;
  private long block = -1;
  private int dropsLeft;

  /** A stage for {@code model} drawing from {@code random}. */
  public KOfNLossStage(LossModel.KOfN model, Xoshiro256StarStar random) {
    this.model = Objects.requireNonNull(model, "model");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    double u = random.nextDouble();
    long thisBlock = fate.index() / model.n();
    int position = (int) (fate.index() % model.n());
    if (thisBlock != block) {
      block = thisBlock;
      dropsLeft = model.k();
    }
    int left = model.n() - position;
    if (dropsLeft > 0 && u * left < dropsLeft) {
      dropsLeft--;
      fate.drop(DropCause.LOSS);
    }
  }
}
