package io.earshot.netem.internal.link;

import io.earshot.netem.EmulationScheduler;
import io.earshot.netem.FaultListener;
import io.earshot.netem.FaultStats;
import io.earshot.netem.LinkFault;
import io.earshot.netem.LinkFaults;
import io.earshot.netem.internal.stage.OutageGate;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The manual faults of one user link: a gate per kind with a duration (whole link, signaling only,
 * media only), what datagrams and streams look at (the whole-link gate and their own), how often
 * and how long each was in force, and who is told of them. Any thread.
 */
public final class FaultSwitches {

  private final EmulationScheduler scheduler;
  private final Map<LinkFault, OutageGate> gates = new EnumMap<>(LinkFault.class);
  private final Map<LinkFault, long[]> counts = new EnumMap<>(LinkFault.class);
  private final Map<LinkFault, Long> since = new EnumMap<>(LinkFault.class);
  private final List<FaultListener> listeners = new CopyOnWriteArrayList<>();
  private final OutageGate datagramGate;
  private final OutageGate streamGate;

  public FaultSwitches(EmulationScheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    for (LinkFault fault : LinkFault.values()) {
      gates.put(fault, new OutageGate());
      counts.put(fault, new long[2]);
    }
    datagramGate = OutageGate.anyOf(gates.get(LinkFault.OUTAGE), gates.get(LinkFault.MEDIA_OUTAGE));
    streamGate =
        OutageGate.anyOf(gates.get(LinkFault.OUTAGE), gates.get(LinkFault.SIGNALING_STALL));
  }

  /** Down while the whole link or its media is down. */
  public OutageGate datagramGate() {
    return datagramGate;
  }

  /** Down while the whole link is down or its signaling stalls. */
  public OutageGate streamGate() {
    return streamGate;
  }

  public void addListener(FaultListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Starts a fault; no effect (and no count) if it is already in force. */
  public void start(LinkFault fault) {
    startIfUp(fault);
  }

  private boolean startIfUp(LinkFault fault) {
    synchronized (this) {
      if (!gates.get(fault).goDown()) {
        return false;
      }
      counts.get(fault)[0]++;
      since.put(fault, scheduler.nowNanos());
    }
    listeners.forEach(l -> l.changed(fault, true));
    return true;
  }

  /** Ends a fault (held stream data is released in order); no effect if it is not in force. */
  public void end(LinkFault fault) {
    synchronized (this) {
      if (!gates.get(fault).isDown()) {
        return;
      }
      counts.get(fault)[1] += scheduler.nowNanos() - since.remove(fault);
      gates.get(fault).comeBack();
    }
    listeners.forEach(l -> l.changed(fault, false));
  }

  /** Starts a fault now and ends it after {@code duration} (> 0), through the scheduler. */
  public void startFor(LinkFault fault, Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          fault.plural() + ": a duration must be > 0, found " + duration);
    }
    if (startIfUp(fault)) {
      listeners.forEach(l -> l.endsAfter(fault, duration));
    }
    scheduler.schedule(scheduler.nowNanos() + duration.toNanos(), () -> end(fault));
  }

  /** Counts a reset of every open stream connection (done by the caller). */
  public void resetHappened() {
    synchronized (this) {
      counts.get(LinkFault.SIGNALING_RESET)[0]++;
    }
    listeners.forEach(l -> l.changed(LinkFault.SIGNALING_RESET, true));
    listeners.forEach(l -> l.changed(LinkFault.SIGNALING_RESET, false));
  }

  /** Whether the fault is in force. */
  public boolean isActive(LinkFault fault) {
    return gates.get(fault).isDown();
  }

  /** How often and how long each fault was in force, ongoing ones up to now. */
  public synchronized LinkFaults snapshot() {
    long now = scheduler.nowNanos();
    Map<LinkFault, FaultStats> out = new EnumMap<>(LinkFault.class);
    counts.forEach(
        (fault, c) -> {
          Long start = since.get(fault);
          out.put(fault, new FaultStats(c[0], c[1] + (start == null ? 0 : now - start)));
        });
    return new LinkFaults(out);
  }
}
