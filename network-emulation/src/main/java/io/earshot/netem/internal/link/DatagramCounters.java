package io.earshot.netem.internal.link;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DropCause;
import io.earshot.netem.RunLengthStats;
import io.earshot.netem.SojournStats;
import io.earshot.netem.internal.stats.LogHistogram;
import io.earshot.netem.internal.stats.RunLengthRecorder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one datagram direction. Written on the link's executor, read from any thread (a
 * report or an assertion), hence atomics and locked histograms.
 */
public final class DatagramCounters {

  private final AtomicLong offered = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final Map<DropCause, AtomicLong> dropped = new EnumMap<>(DropCause.class);
  private final AtomicLong bytesOffered = new AtomicLong();
  private final AtomicLong bytesDelivered = new AtomicLong();
  private final AtomicLong orderClamped = new AtomicLong();
  private final AtomicLong maxLatenessNanos = new AtomicLong();
  private final AtomicLong totalLatenessNanos = new AtomicLong();
  private final AtomicLong duplicated = new AtomicLong();
  private final AtomicLong reordered = new AtomicLong();
  private final AtomicLong corrupted = new AtomicLong();
  private final LogHistogram sojourn = new LogHistogram();
  private final RunLengthRecorder runs = new RunLengthRecorder();
  private long highestDeliveredIndex = -1;

  public DatagramCounters() {
    for (DropCause cause : DropCause.values()) {
      dropped.put(cause, new AtomicLong());
    }
  }

  void offered(int bytes) {
    offered.incrementAndGet();
    bytesOffered.addAndGet(bytes);
  }

  void dropped(DropCause cause) {
    dropped.get(cause).incrementAndGet();
  }

  void orderClamped() {
    orderClamped.incrementAndGet();
  }

  void corrupted() {
    corrupted.incrementAndGet();
  }

  void queueWait(long nanos) {
    sojourn.record(nanos);
  }

  /** The final decision of packet {@code index}, for loss-run and gap histograms. */
  void decided(long index, boolean lost) {
    runs.record(index, lost);
  }

  /** A delivery that ran {@code latenessNanos} after its intended time. */
  void delivered(int bytes, long latenessNanos) {
    delivered.incrementAndGet();
    bytesDelivered.addAndGet(bytes);
    long late = Math.max(0L, latenessNanos);
    totalLatenessNanos.addAndGet(late);
    maxLatenessNanos.accumulateAndGet(late, Math::max);
  }

  /** An original packet reached the sink; counts it reordered if a higher index came first. */
  void arrived(long index) {
    if (index < highestDeliveredIndex) {
      reordered.incrementAndGet();
    } else {
      highestDeliveredIndex = index;
    }
  }

  /** A duplicate copy reached the sink. */
  void duplicateDelivered() {
    duplicated.incrementAndGet();
  }

  /** A consistent-enough snapshot (each counter read once; traffic may continue meanwhile). */
  public DatagramStats snapshot() {
    Map<DropCause, Long> drops = new EnumMap<>(DropCause.class);
    dropped.forEach((cause, count) -> drops.put(cause, count.get()));
    // Read "delivered" before "offered" so inFlight() is never negative while traffic flows.
    long deliveredNow = delivered.get();
    long bytesDeliveredNow = bytesDelivered.get();
    SojournStats waits =
        new SojournStats(sojourn.count(), sojourn.mean(), sojourn.max(), sojourn.quantile(0.95));
    return new DatagramStats(
        offered.get(),
        deliveredNow,
        drops,
        bytesOffered.get(),
        bytesDeliveredNow,
        orderClamped.get(),
        maxLatenessNanos.get(),
        totalLatenessNanos.get(),
        duplicated.get(),
        reordered.get(),
        corrupted.get(),
        waits,
        runLengths(runs.lossRuns()),
        runLengths(runs.gaps()));
  }

  private static RunLengthStats runLengths(long[] raw) {
    List<Long> histogram = new ArrayList<>(raw.length - 2);
    for (int i = 2; i < raw.length; i++) {
      histogram.add(raw[i]);
    }
    return new RunLengthStats(raw[0], raw[1], histogram);
  }
}
