package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import io.earshot.netem.profile.LossModel;
import java.util.Objects;

/**
 * Deterministic loss patterns (spec 3.5): a list of packet indices, every n-th packet, or a burst
 * of packets from a given time. Indices count the direction's packets from 0. No random draws.
 */
public final class PatternLossStage implements PacketStage {

  /** Stage name: the loss slot. */
  public static final String NAME = "loss";

  private final LossModel model;
  private final long[] listed;
  private final long burstFromNanos;
  private int listCursor;
  private long burstLeft = -1;

  /**
   * @param model a {@link LossModel.PacketList}, {@link LossModel.EveryNth} or {@link
   *     LossModel.BurstAt}
   * @param epochNanos when the profile was applied (origin of {@code BurstAt} times)
   */
  public PatternLossStage(LossModel model, long epochNanos) {
    this.model = Objects.requireNonNull(model, "model");
    if (model instanceof LossModel.PacketList list) {
      listed = list.indices().stream().mapToLong(Long::longValue).toArray();
      burstFromNanos = 0;
    } else if (model instanceof LossModel.BurstAt burst) {
      listed = new long[0];
      burstFromNanos = epochNanos + burst.at().toNanos();
    } else if (model instanceof LossModel.EveryNth) {
      listed = new long[0];
      burstFromNanos = 0;
    } else {
      throw new IllegalArgumentException("not a deterministic pattern: " + model);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    if (lost(fate)) {
      fate.drop(DropCause.LOSS);
    }
  }

  private boolean lost(PacketFate fate) {
    if (model instanceof LossModel.EveryNth nth) {
      return fate.index() >= nth.offset() && (fate.index() - nth.offset()) % nth.k() == 0;
    }
    if (model instanceof LossModel.BurstAt burst) {
      if (burstLeft < 0 && fate.sentAtNanos() >= burstFromNanos) {
        burstLeft = burst.count();
      }
      if (burstLeft > 0) {
        burstLeft--;
        return true;
      }
      return false;
    }
    while (listCursor < listed.length && listed[listCursor] < fate.index()) {
      listCursor++;
    }
    return listCursor < listed.length && listed[listCursor] == fate.index();
  }
}
