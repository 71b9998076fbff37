package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import java.util.Objects;

/** Drops every datagram while the link is down (spec 1.2: first stage after classify). */
public final class OutageGateStage implements PacketStage {

  /** Stage name, used in counters. */
  public static final String NAME = "outage";

  private final OutageGate gate;

  public OutageGateStage(OutageGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    if (gate.isDown()) {
      fate.drop(DropCause.OUTAGE);
    }
  }
}
