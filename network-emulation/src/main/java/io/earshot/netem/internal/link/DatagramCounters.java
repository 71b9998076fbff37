package io.earshot.netem.internal.link;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DropCause;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one datagram direction. Written on the link's executor, read from any thread
 * (a report or an assertion), hence atomics.
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

    /** A delivery that ran {@code latenessNanos} after its intended time. */
    void delivered(int bytes, long latenessNanos) {
        delivered.incrementAndGet();
        bytesDelivered.addAndGet(bytes);
        long late = Math.max(0L, latenessNanos);
        totalLatenessNanos.addAndGet(late);
        maxLatenessNanos.accumulateAndGet(late, Math::max);
    }

    /** A consistent-enough snapshot (each counter read once; traffic may continue meanwhile). */
    public DatagramStats snapshot() {
        Map<DropCause, Long> drops = new EnumMap<>(DropCause.class);
        dropped.forEach((cause, count) -> drops.put(cause, count.get()));
        // Read "delivered" before "offered" so inFlight() is never negative while traffic flows.
        long deliveredNow = delivered.get();
        long bytesDeliveredNow = bytesDelivered.get();
        return new DatagramStats(offered.get(), deliveredNow, drops, bytesOffered.get(),
                bytesDeliveredNow, orderClamped.get(), maxLatenessNanos.get(),
                totalLatenessNanos.get());
    }
}
