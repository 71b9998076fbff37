package io.earshot.engine.internal.media;

import io.earshot.engine.internal.rtp.RtpPacket;
import java.util.Map;
import java.util.TreeMap;

/**
 * An adaptive jitter buffer for one received stream of 20 ms Opus frames. Frames are placed by RTP
 * timestamp (so a sender that pauses, as with DTX, leaves a gap rather than a shift); the network
 * side calls {@link #offer}, the playout clock calls {@link #poll} every 20 ms. Times are the
 * caller's nanoseconds; nothing here reads a clock. Single-threaded.
 *
 * <p>Each tick plays the due frame, or reports it missing with the next frame when that one is
 * buffered (its in-band FEC can rebuild the missing one). The target delay follows the recent
 * transit times ({@link TargetDelay}); the buffer moves toward it by frame drop (too much buffered)
 * and frame insert (too little buffered for the target, or ran dry: playout holds its place for a
 * frame that may still come), in quiet frames where it can wait for one (NetEq prefers the same).
 * After a gap longer than the target (an outage), playout jumps to the first frame after it instead
 * of concealing its way through.
 */
public final class AdaptiveJitterBuffer {
  /** Duration of one frame and of one poll period. */
  public static final long FRAME_NANOS = 20_000_000L;

  private static final long SAMPLES = 960;
  private static final long TIMESTAMP_PER_FRAME = 960;

  /** Drop at most one frame per this many ticks, so acceleration is gentle. */
  private static final int DROP_SPACING = 5;

  /**
   * Frames beyond the target's band at which the buffer drops or inserts even in the middle of
   * sound; inside it, it waits for a quiet frame, where a drop or an insert is not heard.
   */
  private static final int URGENT_FRAMES = 3;

  /**
   * How much of the smoothed depth each tick keeps (about a second of memory): the buffer decides
   * on the depth smoothed, as NetEq's buffer-level filter does, because under jitter the depth
   * swings by frames from one tick to the next, and deciding on each swing drops and inserts frames
   * all through a call.
   */
  private static final double LEVEL_MEMORY = 0.98;

  private final JitterBufferConfig config;
  private final TreeMap<Long, Entry> frames = new TreeMap<>();
  private final TimestampUnwrapper timestamps = new TimestampUnwrapper();
  private final TargetDelay target;
  private long nextSlot = Long.MIN_VALUE;
  private long highestSlot = Long.MIN_VALUE;
  private long startAtNanos = -1;
  private long firstSlot;
  private int ticksSinceDrop = DROP_SPACING;
  private boolean quiet = true;
  private double level = -1;
  private long received;
  private long duplicates;
  private long late;
  private long played;
  private long concealed;
  private long skipped;
  private long removed;
  private long inserted;
  private double delaySeconds;
  private long emitted;
  private double targetSeconds;
  private double minimumSeconds;

  private record Entry(RtpPacket packet, long arrivalNanos) {}

  public AdaptiveJitterBuffer(JitterBufferConfig config) {
    this.config = config;
    this.target = new TargetDelay(config);
  }

  /** A packet arrived at {@code arrivalNanos}; {@code retransmission}: it answers a NACK. */
  public void offer(RtpPacket packet, long arrivalNanos, boolean retransmission) {
    received++;
    long slot = Math.floorDiv(timestamps.extend(packet.timestamp()), TIMESTAMP_PER_FRAME);
    if (frames.containsKey(slot)) {
      duplicates++;
      return;
    }
    if (nextSlot != Long.MIN_VALUE && slot < nextSlot) {
      late++;
      return;
    }
    if (startAtNanos < 0) {
      startAtNanos = arrivalNanos + target.nanos();
      firstSlot = slot;
    } else if (nextSlot == Long.MIN_VALUE) {
      // Not playing yet: a packet that came faster than the first (which may have waited behind a
      // cold start on its way) shows where the path really is; start from the fastest.
      startAtNanos =
          Math.min(startAtNanos, arrivalNanos - (slot - firstSlot) * FRAME_NANOS + target.nanos());
    }
    if (!retransmission) {
      target.onArrival(arrivalNanos, (slot - firstSlot) * FRAME_NANOS);
    }
    frames.put(slot, new Entry(packet, arrivalNanos));
    highestSlot = Math.max(highestSlot, slot);
    while (frames.size() > config.capacityFrames()) {
      frames.pollFirstEntry();
      skipped++;
    }
  }

  /**
   * The playout clock's tick at {@code nowNanos}; {@code queuedNanos}: how much audio the device
   * still has to play before this frame (the playout queue's), counted in the reported delay.
   */
  public Playout poll(long nowNanos, long queuedNanos) {
    if (nextSlot == Long.MIN_VALUE) {
      if (startAtNanos < 0 || nowNanos < startAtNanos || frames.isEmpty()) {
        return Playout.notStarted();
      }
      skipWhatAFastPathWouldHavePlayed(nowNanos);
      nextSlot = frames.firstKey();
    }
    ticksSinceDrop++;
    if (frames.isEmpty()) {
      // Ran dry: the due frame may be late rather than lost; hold the place (insert a frame).
      concealed++;
      inserted++;
      return new Playout.Missing(nextSlot, null, true);
    }
    long first = frames.firstKey();
    long targetFrames = Math.max(1, (target.nanos() + FRAME_NANOS - 1) / FRAME_NANOS);
    if (first > nextSlot + targetFrames) {
      skipped += first - nextSlot;
      nextSlot = first;
    }
    long depth = highestSlot - nextSlot + 1;
    level = level < 0 ? depth : LEVEL_MEMORY * level + (1 - LEVEL_MEMORY) * depth;
    if (level > targetFrames + 2
        && ticksSinceDrop >= DROP_SPACING
        && (quiet || level > targetFrames + 2 + URGENT_FRAMES)
        && frames.containsKey(nextSlot)
        && frames.containsKey(nextSlot + 1)) {
      frames.remove(nextSlot++);
      removed++;
      level -= 1;
      ticksSinceDrop = 0;
    } else if (level < targetFrames - 1
        && ticksSinceDrop >= DROP_SPACING
        && (quiet || level < targetFrames - 1 - URGENT_FRAMES)) {
      // Less buffered than the target wants (it rose, e.g. to leave retransmissions time): hold.
      ticksSinceDrop = 0;
      level += 1;
      concealed++;
      inserted++;
      return new Playout.Missing(nextSlot, null, true);
    }
    long slot = nextSlot++;
    Entry entry = frames.remove(slot);
    if (entry == null) {
      concealed++;
      Entry following = frames.get(slot + 1);
      return new Playout.Missing(slot, following == null ? null : following.packet(), false);
    }
    played++;
    delaySeconds += (nowNanos + queuedNanos - entry.arrivalNanos()) / 1e9 * SAMPLES;
    targetSeconds += target.nanos() / 1e9 * SAMPLES;
    minimumSeconds += target.minimumNanos() / 1e9 * SAMPLES;
    emitted += SAMPLES;
    return new Playout.Frame(slot, entry.packet(), entry.arrivalNanos());
  }

  /**
   * Playout begins later than planned when the packets that moved the start earlier came in a burst
   * (behind a cold start on the sender or the path): the frames a fast path would have played by
   * now are skipped, so the delay begins at the target instead of keeping the lateness for the
   * call.
   */
  private void skipWhatAFastPathWouldHavePlayed(long nowNanos) {
    long due = firstSlot + Math.floorDiv(nowNanos - startAtNanos + FRAME_NANOS / 2, FRAME_NANOS);
    while (frames.size() > 1 && frames.firstKey() < due) {
      frames.pollFirstEntry();
      skipped++;
    }
  }

  /**
   * Whether the frame just played was quiet (a pause in speech): the buffer moves toward its target
   * in quiet frames, and in loud ones only when far from it.
   */
  public void lastFrameWasQuiet(boolean wasQuiet) {
    this.quiet = wasQuiet;
  }

  /**
   * When playout should begin, or -1 before the first packet: the first packet's arrival plus the
   * target, moved earlier while later packets, arriving before playout begins, show a faster path.
   */
  public long startNanos() {
    return startAtNanos;
  }

  /** Whether playout has begun (the first frame's turn came). */
  public boolean playing() {
    return nextSlot != Long.MIN_VALUE;
  }

  /** Raises the target's floor so retransmissions can arrive in time (0: none). */
  public void setRetransmissionFloor(long nanos) {
    target.setRetransmissionFloor(nanos);
  }

  /** The target delay now. */
  public long targetNanos() {
    return target.nanos();
  }

  /**
   * A copy of the payload the next poll will probably play (the next slot's, if it is here), or
   * null: a hint for a decoder that works ahead.
   */
  public byte[] upcomingPayload() {
    Entry next = nextSlot == Long.MIN_VALUE ? null : frames.get(nextSlot);
    return next == null ? null : next.packet().payload();
  }

  /** Whether the frame at {@code slot} is buffered (a NACK for it would be wasted). */
  public boolean has(long slot) {
    return frames.containsKey(slot);
  }

  public int bufferedFrames() {
    return frames.size();
  }

  public JitterBufferStats stats() {
    return new JitterBufferStats(
        received,
        duplicates,
        late,
        played,
        concealed,
        skipped,
        removed,
        inserted,
        delaySeconds,
        emitted,
        targetSeconds,
        minimumSeconds);
  }

  /** A view for tests: slot → arrival of each buffered frame. */
  Map<Long, Long> arrivals() {
    TreeMap<Long, Long> out = new TreeMap<>();
    frames.forEach((k, v) -> out.put(k, v.arrivalNanos()));
    return out;
  }
}
