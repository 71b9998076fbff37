package io.earshot.netem.internal.link;

import io.earshot.netem.PacketDecision;
import io.earshot.netem.internal.stage.PacketFate;
import java.util.ArrayList;
import java.util.List;

/**
 * Optional per-packet record of a datagram direction's decisions, off by default. Keeps the first
 * {@code capacity} decisions after it is enabled (the first ones, not the latest, so two runs
 * compare entry by entry) and counts the rest as omitted. Written on the executor, read anywhere.
 */
public final class DecisionLog {

  /** Largest capacity accepted: about 50 bytes per entry, so at most a few hundred MB. */
  public static final int MAX_CAPACITY = 10_000_000;

  private final List<PacketDecision> entries = new ArrayList<>();
  private int capacity;
  private long omitted;

  /** Starts (or restarts, clearing earlier entries) recording up to {@code capacity} packets. */
  public synchronized void enable(int capacity) {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "decision log capacity must be in [1, " + MAX_CAPACITY + "], found " + capacity);
    }
    this.capacity = capacity;
    this.entries.clear();
    this.omitted = 0;
  }

  synchronized void record(PacketFate fate) {
    if (capacity == 0) {
      return;
    }
    if (entries.size() >= capacity) {
      omitted++;
      return;
    }
    entries.add(
        new PacketDecision(
            fate.index(),
            fate.sizeBytes(),
            fate.sentAtNanos(),
            fate.dropCause(),
            fate.isDropped() ? -1L : fate.deliverAtNanos()));
  }

  /** Copy of the entries recorded so far. */
  public synchronized List<PacketDecision> entries() {
    return List.copyOf(entries);
  }

  /** Decisions made after the log was full. */
  public synchronized long omitted() {
    return omitted;
  }
}
