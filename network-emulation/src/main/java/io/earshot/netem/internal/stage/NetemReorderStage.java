package io.earshot.netem.internal.stage;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.ReorderModel;
import java.util.Objects;

/**
 * netem's {@code reorder q corr gap g} (spec 3.7): after {@code g-1} packets delayed normally, a
 * packet is sent at once (no delay, exempt from the FIFO clamp) with probability {@code q}, and the
 * counter restarts. Runs after the delay stage. One uniform per packet (netem draws only when the
 * counter allows; this stage always draws, to keep its stream aligned).
 */
public final class NetemReorderStage implements PacketStage {

  /** Stage name, part of the random stream label. */
  public static final String NAME = "reorder";

  private final ReorderModel.Netem model;
  private final Xoshiro256StarStar random;
  private final CorrelatedEvent chain;
  private long counter;

  /** A stage for {@code model} drawing from {@code random}. */
  public NetemReorderStage(ReorderModel.Netem model, Xoshiro256StarStar random) {
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
    boolean selected = chain.next(random.nextDouble());
    if (fate.isDropped()) {
      return;
    }
    if (counter < model.gap() - 1 || !selected) {
      counter++;
      return;
    }
    counter = 0;
    fate.skipDelay();
    fate.exemptFromOrder();
  }
}
