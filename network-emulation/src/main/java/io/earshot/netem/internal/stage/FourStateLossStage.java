package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.FourStateLoss;
import java.util.Objects;

/**
 * The 4-state (GI) loss model (spec 3.4): one transition per packet, the packet's fate is the state
 * entered (lost in 3 and 4). Starts in state 1. One uniform per packet.
 */
public final class FourStateLossStage implements PacketStage {

  /** Stage name: the loss slot's stream. */
  public static final String NAME = "loss";

  private final FourStateLoss m;
  private final Xoshiro256StarStar random;
  private int state = 1;

  /** A stage for {@code model} drawing from {@code random}. */
  public FourStateLossStage(FourStateLoss model, Xoshiro256StarStar random) {
    this.m = Objects.requireNonNull(model, "model");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    double u = random.nextDouble();
    state =
        switch (state) {
          case 1 -> u < m.p13() ? 3 : u < m.p13() + m.p14() ? 4 : 1;
          case 2 -> u < m.p23() ? 3 : 2;
          case 3 -> u < m.p31() ? 1 : u < m.p31() + m.p32() ? 2 : 3;
          default -> 1;
        };
    if (state >= 3) {
      fate.drop(DropCause.LOSS);
    }
  }
}
