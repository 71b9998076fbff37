package io.earshot.netem;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Counters of one datagram direction at one instant.
 *
 * @param offered datagrams given to {@link DatagramLink#send}
 * @param delivered datagrams handed to the sink
 * @param dropped drops per cause (every cause present, zero when none)
 * @param bytesOffered payload bytes offered
 * @param bytesDelivered payload bytes delivered
 * @param orderClamped deliveries pushed back to keep FIFO order (spec 3.6)
 * @param maxLatenessNanos largest actual-minus-intended delivery time (0 in simulated time)
 * @param totalLatenessNanos sum of actual-minus-intended delivery times
 */
public record DatagramStats(
        long offered,
        long delivered,
        Map<DropCause, Long> dropped,
        long bytesOffered,
        long bytesDelivered,
        long orderClamped,
        long maxLatenessNanos,
        long totalLatenessNanos) {

    /** Copies {@code dropped} and fills causes that are missing with zero. */
    public DatagramStats {
        Objects.requireNonNull(dropped, "dropped");
        EnumMap<DropCause, Long> all = new EnumMap<>(DropCause.class);
        for (DropCause cause : DropCause.values()) {
            all.put(cause, dropped.getOrDefault(cause, 0L));
        }
        dropped = Map.copyOf(all);
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
            causes.append(causes.length() == 0 ? "" : ", ").append(cause).append('=')
                    .append(dropped(cause));
        }
        double meanLatenessMs = delivered == 0 ? 0.0 : totalLatenessNanos / 1e6 / delivered;
        return String.format(Locale.ROOT,
                "offered=%d delivered=%d inFlight=%d dropped[%s] loss=%.4f bytes %d->%d"
                        + " orderClamped=%d lateness mean=%.3fms max=%.3fms",
                offered, delivered, inFlight(), causes, lossRatio(), bytesOffered, bytesDelivered,
                orderClamped, meanLatenessMs, maxLatenessNanos / 1e6);
    }
}
