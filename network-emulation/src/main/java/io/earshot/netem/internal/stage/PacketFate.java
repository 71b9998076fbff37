package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;

/**
 * The decision being built for one packet as it passes the stages: dropped (first cause wins) or
 * delivered at {@link #deliverAtNanos()}. One instance per link direction, reset for each packet,
 * so the hot path allocates nothing for it.
 */
public final class PacketFate {

    private long index;
    private int sizeBytes;
    private long sentAtNanos;
    private long deliverAtNanos;
    private DropCause dropCause;
    private boolean orderClamped;
    private boolean lossStalled;

    /** Starts the fate of packet {@code index}, offered at {@code sentAtNanos}: deliver at once. */
    public PacketFate reset(long index, int sizeBytes, long sentAtNanos) {
        this.index = index;
        this.sizeBytes = sizeBytes;
        this.sentAtNanos = sentAtNanos;
        this.deliverAtNanos = sentAtNanos;
        this.dropCause = null;
        this.orderClamped = false;
        this.lossStalled = false;
        return this;
    }

    public long index() {
        return index;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public long sentAtNanos() {
        return sentAtNanos;
    }

    public long deliverAtNanos() {
        return deliverAtNanos;
    }

    public boolean isDropped() {
        return dropCause != null;
    }

    /** The drop cause, or null while the packet is to be delivered. */
    public DropCause dropCause() {
        return dropCause;
    }

    public boolean orderClamped() {
        return orderClamped;
    }

    public boolean lossStalled() {
        return lossStalled;
    }

    /** Drops the packet; a packet already dropped keeps its first cause. */
    public void drop(DropCause cause) {
        if (dropCause == null) {
            dropCause = cause;
        }
    }

    /** Adds {@code nanos} (>= 0) to the delivery time. */
    public void delayBy(long nanos) {
        deliverAtNanos += nanos;
    }

    /** Pushes delivery back to {@code earliestNanos} if it was earlier, and notes the clamp. */
    public void notBefore(long earliestNanos) {
        if (deliverAtNanos < earliestNanos) {
            deliverAtNanos = earliestNanos;
            orderClamped = true;
        }
    }

    /** Notes that a stream chunk was held for a retransmission timeout. */
    public void markLossStall() {
        lossStalled = true;
    }
}
