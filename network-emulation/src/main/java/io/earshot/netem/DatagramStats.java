package io.earshot.netem;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Counters of one datagram direction at one instant (spec 3.13).
 *
 * @param offered datagrams given to {@link DatagramLink#send}
 * @param delivered original datagrams handed to the sink (duplicate copies are counted in {@code
 *     duplicated})
 * @param dropped drops per cause (every cause present, zero when none)
 * @param bytesOffered payload bytes offered
 * @param bytesDelivered payload bytes delivered (originals)
 * @param orderClamped deliveries pushed back to keep FIFO order (spec 3.6)
 * @param maxLatenessNanos largest actual-minus-intended delivery time (0 in simulated time)
 * @param totalLatenessNanos sum of actual-minus-intended delivery times
 * @param duplicated duplicate copies delivered
 * @param reordered originals that arrived after a packet with a higher index (RFC 4737)
 * @param corrupted datagrams delivered with a damaged payload
 * @param queueSojourn waits in the bottleneck queue
 * @param lossRuns runs of consecutive dropped packets (any cause)
 * @param gaps runs of consecutive packets not dropped
 */
public record DatagramStats(
    long offered,
    long delivered,
    Map<DropCause, Long> dropped,
    long bytesOffered,
    long bytesDelivered,
    long orderClamped,
    long maxLatenessNanos,
    long totalLatenessNanos,
    long duplicated,
    long reordered,
    long corrupted,
    SojournStats queueSojourn,
    RunLengthStats lossRuns,
    RunLengthStats gaps) {

  /** Copies {@code dropped} and fills causes that are missing with zero. */
  public DatagramStats {
    Objects.requireNonNull(dropped, "dropped");
    Objects.requireNonNull(queueSojourn, "queueSojourn");
    Objects.requireNonNull(lossRuns, "lossRuns");
    Objects.requireNonNull(gaps, "gaps");
    EnumMap<DropCause, Long> all = new EnumMap<>(DropCause.class);
    for (DropCause cause : DropCause.values()) {
      all.put(cause, dropped.getOrDefault(cause, 0L));
    }
    dropped = Map.copyOf(all);
  }

  /** The counters of the first version (no duplicate, reorder, corrupt or histogram data). */
  public DatagramStats(
      long offered,
      long delivered,
      Map<DropCause, Long> dropped,
      long bytesOffered,
      long bytesDelivered,
      long orderClamped,
      long maxLatenessNanos,
      long totalLatenessNanos) {
    this(
        offered,
        delivered,
        dropped,
        bytesOffered,
        bytesDelivered,
        orderClamped,
        maxLatenessNanos,
        totalLatenessNanos,
        0,
        0,
        0,
        SojournStats.EMPTY,
        RunLengthStats.EMPTY,
        RunLengthStats.EMPTY);
  }

  /** Drops with the given cause. */
  public long dropped(DropCause cause) {
    return dropped.get(cause);
  }

  /** Drops of all causes. */
  public long droppedTotal() {
    return dropped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Datagrams decided "deliver" whose delivery time has not come yet. */
  public long inFlight() {
    return offered - delivered - droppedTotal();
  }

  /** Observed loss ratio, dropped / offered (0 when nothing was offered). */
  public double lossRatio() {
    return offered == 0 ? 0.0 : (double) droppedTotal() / offered;
  }

  /** One line for reports, e.g. {@code offered=100 delivered=95 dropped[LOSS=5, OUTAGE=0] ...}. */
  public String render() {
    StringBuilder causes = new StringBuilder();
    for (DropCause cause : DropCause.values()) {
      causes
          .append(causes.length() == 0 ? "" : ", ")
          .append(cause)
          .append('=')
          .append(dropped(cause));
    }
    double meanLatenessMs = delivered == 0 ? 0.0 : totalLatenessNanos / 1e6 / delivered;
    return String.format(
        Locale.ROOT,
        "offered=%d delivered=%d inFlight=%d dropped[%s] loss=%.4f bytes %d->%d"
            + " orderClamped=%d duplicated=%d reordered=%d corrupted=%d"
            + " lateness mean=%.3fms max=%.3fms %s lossRuns %s gaps %s",
        offered,
        delivered,
        inFlight(),
        causes,
        lossRatio(),
        bytesOffered,
        bytesDelivered,
        orderClamped,
        duplicated,
        reordered,
        corrupted,
        meanLatenessMs,
        maxLatenessNanos / 1e6,
        queueSojourn.render(),
        lossRuns.render(),
        gaps.render());
  }
}
