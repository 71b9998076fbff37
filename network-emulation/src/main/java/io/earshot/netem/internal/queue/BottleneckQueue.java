package io.earshot.netem.internal.queue;

import io.earshot.netem.DropCause;
import io.earshot.netem.profile.QueueDiscipline;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A FIFO bottleneck whose every event time is computed (spec 1.1, 3.8): a packet starts service at
 * {@code max(arrival, previous departure)} (later if a hold outage pauses the queue) and departs
 * when the {@link ServiceModel} says. The owner calls {@link #advanceTo} before each arrival and
 * when {@link #nextEventAt()} comes, so decisions depend on the computed times only, never on when
 * a task actually ran: the same arrivals give the same decisions in both clock modes.
 *
 * <p>Limits count every packet in the bottleneck (waiting or in service); a duplicated packet
 * counts twice. Drop-tail drops the arrival, drop-head the oldest waiting packet; the delay limit
 * and CoDel act when a packet reaches the head. Not thread-safe: the link's executor only.
 *
 * @param <T> what the owner queues (its packet record)
 */
public final class BottleneckQueue<T> {

  /** What happens to queued packets. */
  public interface Events<T> {
    /** The packet left the bottleneck at {@code atNanos}. */
    void departed(T packet, long atNanos);

    /** The packet was dropped at {@code atNanos}. */
    void dropped(T packet, DropCause cause, long atNanos);

    /** A packet started service after waiting {@code nanos}. */
    void waited(long nanos);
  }

  private static final class Entry<T> {
    final T packet;
    final long arrival;
    final long wireBytes;
    final int count;

    Entry(T packet, long arrival, long wireBytes, int count) {
      this.packet = packet;
      this.arrival = arrival;
      this.wireBytes = wireBytes;
      this.count = count;
    }
  }

  private final Events<T> events;
  private final ArrayDeque<Entry<T>> waiting = new ArrayDeque<>();
  private BottleneckConfig config = BottleneckConfig.PASS_THROUGH;
  private CoDelController codel;
  private Entry<T> inService;
  private long completion;
  private long lastFree = Long.MIN_VALUE;
  private long packets;
  private long bytes;
  private long waitingBytes;

  /** A queue reporting to {@code events}. */
  public BottleneckQueue(Events<T> events) {
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Switches configuration; queued packets stay and are served under the new one. */
  public void configure(BottleneckConfig next) {
    Objects.requireNonNull(next, "next");
    if (next == config) {
      return;
    }
    boolean codelBefore = config.discipline() == QueueDiscipline.CODEL;
    config = next;
    if (next.discipline() == QueueDiscipline.CODEL) {
      if (!codelBefore || codel == null) {
        codel =
            new CoDelController(
                next.rate.codelTarget().toNanos(), next.rate.codelInterval().toNanos());
      }
    } else {
      codel = null;
    }
  }

  /** The current configuration. */
  public BottleneckConfig config() {
    return config;
  }

  /** True when nothing is waiting or in service. */
  public boolean isIdle() {
    return inService == null && waiting.isEmpty();
  }

  /** Wire size of a payload under the current configuration. */
  public long wireBytes(int payloadBytes) {
    return config.wireBytes(payloadBytes);
  }

  /**
   * Offers a packet arriving at {@code nowNanos} (after {@link #advanceTo}{@code (nowNanos)}), then
   * runs whatever is due at that instant.
   *
   * @param count packets it stands for (2 for an original with its duplicate)
   */
  public void offer(T packet, int payloadBytes, int count, long nowNanos) {
    advanceTo(nowNanos);
    Entry<T> entry = new Entry<>(packet, nowNanos, count * config.wireBytes(payloadBytes), count);
    while (!fits(entry)) {
      if (config.discipline() == QueueDiscipline.DROP_HEAD && !waiting.isEmpty()) {
        Entry<T> head = waiting.pollFirst();
        forget(head, true);
        events.dropped(head.packet, DropCause.QUEUE, nowNanos);
      } else {
        events.dropped(packet, DropCause.QUEUE, nowNanos);
        return;
      }
    }
    waiting.addLast(entry);
    packets += count;
    bytes += entry.wireBytes;
    waitingBytes += entry.wireBytes;
    advanceTo(nowNanos);
  }

  /**
   * Runs every computed event up to and including {@code timeNanos}, in time order: departures,
   * then service starts (with the delay limit and CoDel decided there).
   */
  public void advanceTo(long timeNanos) {
    while (true) {
      if (inService != null) {
        if (completion > timeNanos) {
          return;
        }
        Entry<T> done = inService;
        inService = null;
        lastFree = completion;
        forget(done, false);
        events.departed(done.packet, completion);
        continue;
      }
      Entry<T> head = waiting.peekFirst();
      if (head == null) {
        return;
      }
      long start = config.upAt(Math.max(lastFree, head.arrival));
      if (start > timeNanos) {
        return;
      }
      waiting.pollFirst();
      waitingBytes -= head.wireBytes;
      long sojourn = start - head.arrival;
      long delayLimit = config.delayLimitNanos();
      if (delayLimit > 0 && sojourn > delayLimit) {
        forget(head, false);
        events.dropped(head.packet, DropCause.QUEUE, start);
        continue;
      }
      if (codel != null && codel.shouldDrop(start, sojourn, waitingBytes, head.wireBytes)) {
        forget(head, false);
        events.dropped(head.packet, DropCause.AQM, start);
        continue;
      }
      events.waited(sojourn);
      inService = head;
      completion = config.service.complete(start, head.wireBytes);
    }
  }

  /** When the next computed event happens, or {@link Long#MAX_VALUE} when idle. */
  public long nextEventAt() {
    if (inService != null) {
      return completion;
    }
    Entry<T> head = waiting.peekFirst();
    return head == null ? Long.MAX_VALUE : config.upAt(Math.max(lastFree, head.arrival));
  }

  private boolean fits(Entry<T> entry) {
    if (packets + entry.count > config.packetLimit()) {
      return false;
    }
    long byteLimit = config.byteLimit();
    return byteLimit <= 0 || bytes + entry.wireBytes <= byteLimit;
  }

  private void forget(Entry<T> entry, boolean wasWaiting) {
    packets -= entry.count;
    bytes -= entry.wireBytes;
    if (wasWaiting) {
      waitingBytes -= entry.wireBytes;
    }
  }
}
