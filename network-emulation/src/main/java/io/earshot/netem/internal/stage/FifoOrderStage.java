package io.earshot.netem.internal.stage;

/**
 * Keeps a direction first-in first-out (spec 3.6 order clamp): delivery is {@code max(intended,
 * previous delivery)}. Needed even with a fixed delay, because lowering the delay at runtime would
 * otherwise let new packets overtake old ones. Packets reordered on purpose (reorder stages,
 * delayed duplicates) are exempt and do not move the bar. No random draws.
 */
public final class FifoOrderStage implements PacketStage {

  /** Stage name, used in counters. */
  public static final String NAME = "order";

  private long lastDeliverAtNanos = Long.MIN_VALUE;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    if (fate.isDropped() || fate.orderExempt()) {
      return;
    }
    fate.notBefore(lastDeliverAtNanos);
    lastDeliverAtNanos = fate.deliverAtNanos();
  }

  /**
   * Notes a delivery without clamping it (reordering allowed), so that packets clamped later never
   * overtake it.
   */
  public void observe(PacketFate fate) {
    if (!fate.isDropped() && !fate.orderExempt()) {
      lastDeliverAtNanos = Math.max(lastDeliverAtNanos, fate.deliverAtNanos());
    }
  }
}
