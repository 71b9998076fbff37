package io.earshot.engine.internal.media;

import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.SequenceNumbers;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fixed-target-delay jitter buffer for one received stream of 20 ms frames, ordered by extended
 * sequence number. The network side calls {@link #offer}; the playout clock calls {@link #poll}
 * every 20 ms. Times are the caller's nanoseconds (simulated or real); nothing here reads a clock.
 * Single-threaded.
 *
 * <p>Policy, in the order it matters:
 *
 * <ol>
 *   <li><b>Start.</b> Buffering begins with the first accepted packet; the first poll at or after
 *       its arrival + target delay starts playout at the oldest buffered frame, except that at most
 *       ⌈target/20 ms⌉ frames behind the newest are kept (older backlog is {@code skipped}), so a
 *       burst cannot add latency beyond the target. Before that, polls return NOT_STARTED.
 *   <li><b>Playing.</b> Each poll returns the frame for the next slot or MISSING; either way the
 *       slot advances. Packets for slots already passed are {@code late}; repeats are {@code
 *       duplicates}; past capacity the oldest buffered frame is dropped ({@code overflow}).
 *   <li><b>Underrun.</b> After {@code underrunFrames} consecutive MISSING, concealing slot by slot
 *       is given up: the buffer rebuffers exactly as at the start (polls return MISSING meanwhile),
 *       taking any packet newer than the last one played. This covers a sender that paused (its
 *       sequence numbers did not advance, so its next packets would otherwise all look late) and an
 *       outage after which packets arrive far ahead (play them rather than conceal through the
 *       gap).
 *   <li><b>Jump.</b> A packet more than {@code maxDropout} from the highest sequence number seen is
 *       held, not buffered. If the next such packet is its successor (two in a row agree, as in RFC
 *       3550 A.1), the sender restarted: the buffer is flushed ({@code skipped}), both packets are
 *       taken as a new sequence space ({@code resyncs}) and playout rebuffers. Otherwise the held
 *       one is a {@code stray}. For the next 50 offers, far packets within 100 of the abandoned
 *       stream's last number are its reordered stragglers and count as {@code late}.
 * </ol>
 *
 * <p>Known limit: slots follow sequence numbers, not RTP timestamps, so a sender that pauses
 * without advancing its sequence (DTX) shifts playout; gaps shorter than the underrun threshold
 * cost a burst of late packets and concealment before the underrun rule re-anchors. Slotting by
 * timestamp is the fix when DTX is enabled.
 */
public final class JitterBuffer {
  /** Duration of one frame and of one poll period. */
  public static final long FRAME_NANOS = 20_000_000L;

  private static final int HISTORY_SIZE = 1024;

  // RFC 3550 A.1's MAX_MISORDER: how far around the abandoned stream's last number a straggler may
  // be.
  private static final int STRAGGLER_WINDOW = 100;

  // Offers after a resync during which the abandoned stream's stragglers are recognised (~1 s of
  // audio).
  private static final int STRAGGLER_WATCH_OFFERS = 50;

  private final JitterBufferConfig config;
  private final long keepBehindNewest;
  private final TreeMap<Long, Entry> frames = new TreeMap<>();
  private final SequenceHistory history = new SequenceHistory(HISTORY_SIZE);

  private boolean playing;
  private boolean started;
  private boolean anySeen;
  private long highestExt;
  private long nextExt;
  private long lastPlayedExt = Long.MIN_VALUE;
  private boolean anchored;
  private long anchorArrivalNanos;
  private int consecutiveMissing;
  private Entry pendingJump;
  private int abandonedHighestSeq;
  private int stragglerWatchRemaining;

  private long received;
  private long duplicates;
  private long late;
  private long overflow;
  private long played;
  private long concealed;
  private long skipped;
  private long strays;
  private long resyncs;

  /** A buffer with {@link JitterBufferConfig#defaults()}. */
  public JitterBuffer() {
    this(JitterBufferConfig.defaults());
  }

  /** A buffer with the given settings. */
  public JitterBuffer(JitterBufferConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.keepBehindNewest = (config.targetDelayNanos() + FRAME_NANOS - 1) / FRAME_NANOS;
  }

  /** Stores a received packet (or counts why not). {@code arrivalNanos} is the caller's clock. */
  public void offer(RtpPacket packet, long arrivalNanos) {
    Objects.requireNonNull(packet, "packet");
    received++;
    Entry entry = new Entry(packet, arrivalNanos);
    if (!anySeen) {
      anySeen = true;
      highestExt = packet.sequenceNumber();
      accept(highestExt, entry);
      return;
    }
    if (stragglerWatchRemaining > 0) {
      stragglerWatchRemaining--;
    }
    long ext = SequenceNumbers.extend(packet.sequenceNumber(), highestExt);
    if (Math.abs(ext - highestExt) > config.maxDropout()) {
      if (isStraggler(packet.sequenceNumber())) {
        late++;
        return;
      }
      onJump(entry);
      return;
    }
    accept(ext, entry);
  }

  /** The outcome for the 20 ms tick at {@code playoutNanos}. */
  public Playout poll(long playoutNanos) {
    if (!playing) {
      boolean due =
          anchored
              && !frames.isEmpty()
              && playoutNanos >= anchorArrivalNanos + config.targetDelayNanos();
      if (!due) {
        return started ? conceal() : Playout.notStarted();
      }
      resume();
    }
    Entry entry = frames.remove(nextExt);
    if (entry == null) {
      Playout missing = conceal();
      if (consecutiveMissing >= config.underrunFrames()) {
        rebuffer();
      }
      return missing;
    }
    long slot = nextExt++;
    lastPlayedExt = slot;
    consecutiveMissing = 0;
    played++;
    return new Playout.Frame(slot, entry.packet);
  }

  /** Counters so far. */
  public JitterBufferCounters counters() {
    return new JitterBufferCounters(
        received, duplicates, late, overflow, played, concealed, skipped, strays, resyncs);
  }

  /** Frames currently held. */
  public int bufferedFrames() {
    return frames.size();
  }

  private void accept(long ext, Entry entry) {
    if (history.contains(ext)) {
      duplicates++;
      return;
    }
    if (playing ? ext < nextExt : ext <= lastPlayedExt) {
      late++;
      return;
    }
    history.add(ext);
    highestExt = Math.max(highestExt, ext);
    frames.put(ext, entry);
    if (!playing && !anchored) {
      anchored = true;
      anchorArrivalNanos = entry.arrivalNanos;
    }
    if (frames.size() > config.capacityFrames()) {
      frames.pollFirstEntry();
      overflow++;
    }
  }

  private void onJump(Entry entry) {
    Entry candidate = pendingJump;
    int seq = entry.packet.sequenceNumber();
    if (candidate != null && seq == SequenceNumbers.next(candidate.packet.sequenceNumber())) {
      resync(candidate, entry);
      return;
    }
    if (candidate != null) {
      strays++;
    }
    pendingJump = entry;
  }

  /**
   * Whether a far packet belongs to the stream just abandoned by a resync: reordered packets of the
   * old stream still in flight would otherwise be held as jump candidates, and two consecutive ones
   * would even resync back to the dead stream.
   */
  private boolean isStraggler(int seq) {
    return stragglerWatchRemaining > 0
        && Math.abs(SequenceNumbers.distance(abandonedHighestSeq, seq)) <= STRAGGLER_WINDOW;
  }

  private void resync(Entry first, Entry second) {
    resyncs++;
    pendingJump = null;
    abandonedHighestSeq = (int) (highestExt & 0xFFFF);
    stragglerWatchRemaining = STRAGGLER_WATCH_OFFERS;
    skipped += frames.size();
    frames.clear();
    // A fresh cycle two above the old space keeps new indices clear of everything in the history.
    long base = (Math.floorDiv(highestExt, SequenceNumbers.MODULUS) + 2) * SequenceNumbers.MODULUS;
    long firstExt = base + first.packet.sequenceNumber();
    highestExt = firstExt;
    lastPlayedExt = firstExt - 1;
    nextExt = firstExt;
    playing = false;
    anchored = false;
    consecutiveMissing = 0;
    accept(firstExt, first);
    accept(SequenceNumbers.extend(second.packet.sequenceNumber(), firstExt), second);
  }

  private void resume() {
    long start = Math.max(frames.firstKey(), frames.lastKey() - keepBehindNewest);
    while (frames.firstKey() < start) {
      frames.pollFirstEntry();
      skipped++;
    }
    nextExt = start;
    playing = true;
    started = true;
    anchored = false;
    consecutiveMissing = 0;
  }

  private void rebuffer() {
    playing = false;
    anchored = !frames.isEmpty();
    if (anchored) {
      // Frames already waiting (arrived far ahead) start the clock from when they arrived.
      anchorArrivalNanos = Long.MAX_VALUE;
      for (Map.Entry<Long, Entry> e : frames.entrySet()) {
        anchorArrivalNanos = Math.min(anchorArrivalNanos, e.getValue().arrivalNanos);
      }
    }
  }

  private Playout conceal() {
    concealed++;
    consecutiveMissing++;
    return new Playout.Missing(nextExt++);
  }

  private record Entry(RtpPacket packet, long arrivalNanos) {}
}
