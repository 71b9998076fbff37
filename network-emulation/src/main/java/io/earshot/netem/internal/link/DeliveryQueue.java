package io.earshot.netem.internal.link;

import java.util.PriorityQueue;

/**
 * Items waiting for their delivery time, earliest first, ties in insertion order.
 *
 * <p>Each queued item schedules one task, and each task delivers the queue's head rather than "its"
 * item. In real time, Netty computes each task's deadline from its own clock reading, so two tasks
 * due at (nearly) the same instant can run in either order; taking the head keeps delivery order
 * exactly the link's order, and never early, in both clock modes.
 *
 * @param <T> the item type
 */
final class DeliveryQueue<T> {

  /** One waiting item. */
  record Pending<T>(long deliverAtNanos, long seq, T item) {}

  private final PriorityQueue<Pending<T>> queue =
      new PriorityQueue<>(
          (a, b) -> {
            int byTime = Long.compare(a.deliverAtNanos(), b.deliverAtNanos());
            return byTime != 0 ? byTime : Long.compare(a.seq(), b.seq());
          });
  private long nextSeq;

  void add(long deliverAtNanos, T item) {
    queue.add(new Pending<>(deliverAtNanos, nextSeq++, item));
  }

  /** The earliest item, or null when empty. */
  Pending<T> poll() {
    return queue.poll();
  }

  boolean isEmpty() {
    return queue.isEmpty();
  }

  void clear() {
    queue.clear();
  }
}
