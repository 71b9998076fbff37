package io.earshot.netem.internal.queue;

/**
 * CoDel's dequeue-side state machine, evaluated at each dequeue instant computed by the queue, so
 * it needs no timer: a packet whose sojourn stayed above {@code target} for an {@code interval} is
 * dropped, the next drop follows {@code interval / sqrt(count)} later, and dropping stops once a
 * packet's sojourn is below the target or the backlog is at most one maximum-size packet.
 *
 * <p>Re-entering the dropping state within 16 intervals of the last scheduled drop resumes at
 * {@code count - 2}: the rule of Nichols and Jacobson's 2012 reference pseudo-code (ACM Queue),
 * with the 16-interval window of RFC 8289 and Linux. RFC 8289's own rule (resume at the number of
 * drops of the last episode) lets an unresponsive constant overload, which is what an emulated
 * voice or test flow is, swing between a few and hundreds of milliseconds; this rule holds it near
 * the target.
 */
final class CoDelController {

  private final long target;
  private final long interval;
  private long firstAboveTime;
  private boolean above;
  private long dropNext;
  private int count;
  private boolean dropping;
  private long maxPacketBytes;

  CoDelController(long targetNanos, long intervalNanos) {
    this.target = targetNanos;
    this.interval = intervalNanos;
  }

  /**
   * Decides for the packet dequeued at {@code nowNanos}.
   *
   * @param sojournNanos how long it waited
   * @param backlogBytes bytes still queued behind it
   * @param packetBytes its own wire size (tracks the largest packet seen)
   * @return true to drop it
   */
  boolean shouldDrop(long nowNanos, long sojournNanos, long backlogBytes, long packetBytes) {
    maxPacketBytes = Math.max(maxPacketBytes, packetBytes);
    boolean okToDrop = false;
    if (sojournNanos < target || backlogBytes <= maxPacketBytes) {
      above = false;
    } else if (!above) {
      above = true;
      firstAboveTime = nowNanos + interval;
    } else if (nowNanos >= firstAboveTime) {
      okToDrop = true;
    }
    if (dropping) {
      if (!okToDrop) {
        dropping = false;
        return false;
      }
      if (nowNanos >= dropNext) {
        count++;
        dropNext = controlLaw(dropNext);
        return true;
      }
      return false;
    }
    boolean recentCycle = nowNanos - dropNext < 16 * interval;
    if (okToDrop) {
      dropping = true;
      count = recentCycle && count > 2 ? count - 2 : 1;
      dropNext = controlLaw(nowNanos);
      return true;
    }
    return false;
  }

  private long controlLaw(long t) {
    return t + (long) (interval / Math.sqrt(count));
  }
}
