package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.outage.OutageTimeline;
import java.util.Objects;

/** Drops datagrams sent while a drop-mode outage window is active (spec 3.5). No draws. */
public final class OutageWindowStage implements PacketStage {

  /** Stage name, used in counters. */
  public static final String NAME = "outage";

  private final OutageTimeline timeline;

  /** Drops whatever is sent while {@code timeline} is down. */
  public OutageWindowStage(OutageTimeline timeline) {
    this.timeline = Objects.requireNonNull(timeline, "timeline");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    if (timeline.isDownAt(fate.sentAtNanos())) {
      fate.drop(DropCause.OUTAGE);
    }
  }
}
