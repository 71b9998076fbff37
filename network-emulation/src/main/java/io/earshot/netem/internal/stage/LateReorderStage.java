package io.earshot.netem.internal.stage;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.ReorderModel;
import java.util.Objects;

/**
 * Earshot's "late packet" reordering (spec 3.7): with probability {@code q} a packet gets extra
 * delay and is exempt from the FIFO clamp, so later packets overtake it. "Late by m packets" adds
 * {@code (m + 1/2)} times the packet spacing, estimated as an exponentially weighted mean of
 * send-time gaps (weight 1/8, seeded by the first gap); "late by t" adds {@code t}. One uniform per
 * packet.
 */
public final class LateReorderStage implements PacketStage {

  /** Stage name, part of the random stream label. */
  public static final String NAME = "reorder";

  private final ReorderModel model;
  private final Xoshiro256StarStar random;
  private long lastSentNanos = Long.MIN_VALUE;
  private double spacingNanos = -1;

  /**
   * @param model a {@link ReorderModel.LateByPackets} or {@link ReorderModel.LateByTime}
   */
  public LateReorderStage(ReorderModel model, Xoshiro256StarStar random) {
    if (!(model instanceof ReorderModel.LateByPackets)
        && !(model instanceof ReorderModel.LateByTime)) {
      throw new IllegalArgumentException("not a late-packet model: " + model);
    }
    this.model = model;
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    double u = random.nextDouble();
    trackSpacing(fate.sentAtNanos());
    double q =
        model instanceof ReorderModel.LateByPackets p
            ? p.probability()
            : ((ReorderModel.LateByTime) model).probability();
    if (fate.isDropped() || u >= q) {
      return;
    }
    long extra;
    if (model instanceof ReorderModel.LateByPackets p) {
      extra = spacingNanos < 0 ? 0 : (long) ((p.packets() + 0.5) * spacingNanos);
    } else {
      extra = ((ReorderModel.LateByTime) model).by().toNanos();
    }
    fate.delayBy(extra);
    fate.exemptFromOrder();
  }

  private void trackSpacing(long sentAt) {
    if (lastSentNanos != Long.MIN_VALUE) {
      long gap = sentAt - lastSentNanos;
      spacingNanos = spacingNanos < 0 ? gap : spacingNanos + (gap - spacingNanos) / 8;
    }
    lastSentNanos = sentAt;
  }
}
