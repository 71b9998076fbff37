package io.earshot.netem.internal.stage;

import java.time.Duration;
import java.util.Objects;

/**
 * Added one-way delay of a link direction (spec 3.6). Only the fixed part exists now; jitter
 * distributions will be added as fields here and sampled by inverse CDF from the one uniform the
 * delay stage already draws per packet, so adding jitter will not change the draw count.
 *
 * @param fixedNanos constant delay in nanoseconds, in [0, {@link #MAX_NANOS}]
 */
public record DelayConfig(long fixedNanos) {

    /** Upper bound, one hour: far beyond any access network, and keeps time arithmetic safe. */
    public static final long MAX_NANOS = Duration.ofHours(1).toNanos();

    /** No added delay. */
    public static final DelayConfig NONE = new DelayConfig(0L);

    /** Rejects negative delays and delays over one hour. */
    public DelayConfig {
        if (fixedNanos < 0 || fixedNanos > MAX_NANOS) {
            throw new IllegalArgumentException("delay must be in [0 ms, 3600000 ms], found "
                    + fixedNanos / 1e6 + " ms");
        }
    }

    /** A fixed delay; the same validation as the canonical constructor. */
    public static DelayConfig fixed(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.compareTo(Duration.ofNanos(MAX_NANOS)) > 0) {
            throw new IllegalArgumentException(
                    "delay must be in [0 ms, 3600000 ms], found " + delay.toMillis() + " ms");
        }
        return new DelayConfig(delay.toNanos());
    }

    /** The delay for a packet whose uniform draw is {@code uniform} (unused while delay is fixed). */
    public long delayNanos(double uniform) {
        return fixedNanos;
    }

    /** The fixed delay as a Duration. */
    public Duration fixed() {
        return Duration.ofNanos(fixedNanos);
    }
}
