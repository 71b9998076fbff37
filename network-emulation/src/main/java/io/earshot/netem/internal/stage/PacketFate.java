package io.earshot.netem.internal.stage;

import io.earshot.netem.DropCause;

/**
 * The decision being built for one packet as it passes the stages: dropped (first cause wins) or
 * delivered at {@link #deliverAtNanos()}, possibly with a copy, a damaged payload, or an exemption
 * from the FIFO clamp. A link direction either reuses one instance per packet or, when a packet
 * waits in a queue, gives it its own.
 */
public final class PacketFate {

  private long index;
  private int sizeBytes;
  private long sentAtNanos;
  private long departedAtNanos;
  private long deliverAtNanos;
  private DropCause dropCause;
  private boolean orderClamped;
  private boolean lossStalled;
  private byte[] payload;
  private boolean duplicated;
  private long copyExtraNanos;
  private boolean corrupted;
  private boolean orderExempt;

  /** Starts the fate of packet {@code index}, offered at {@code sentAtNanos}: deliver at once. */
  public PacketFate reset(long index, int sizeBytes, long sentAtNanos) {
    return reset(index, sizeBytes, sentAtNanos, null);
  }

  /** As {@link #reset(long, int, long)}, carrying the datagram's payload. */
  public PacketFate reset(long index, int sizeBytes, long sentAtNanos, byte[] payload) {
    this.index = index;
    this.sizeBytes = sizeBytes;
    this.sentAtNanos = sentAtNanos;
    this.departedAtNanos = sentAtNanos;
    this.deliverAtNanos = sentAtNanos;
    this.dropCause = null;
    this.orderClamped = false;
    this.lossStalled = false;
    this.payload = payload;
    this.duplicated = false;
    this.copyExtraNanos = 0;
    this.corrupted = false;
    this.orderExempt = false;
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

  /** When the packet left the bottleneck (the send time when there is none). */
  public long departedAtNanos() {
    return departedAtNanos;
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

  /** The datagram's payload (after any corruption), or null for stream chunks. */
  public byte[] payload() {
    return payload;
  }

  /** True when a copy is to be delivered too. */
  public boolean duplicated() {
    return duplicated;
  }

  /** Extra delay of the copy after the original. */
  public long copyExtraNanos() {
    return copyExtraNanos;
  }

  /** True when the payload was damaged. */
  public boolean corrupted() {
    return corrupted;
  }

  /** True when the packet was reordered on purpose and skips the FIFO clamp. */
  public boolean orderExempt() {
    return orderExempt;
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

  /** The packet leaves the bottleneck at {@code atNanos}: the later stages start from there. */
  public void departAt(long atNanos) {
    departedAtNanos = atNanos;
    deliverAtNanos = atNanos;
  }

  /** Sends the packet on at its departure time, undoing any delay (netem reorder). */
  public void skipDelay() {
    deliverAtNanos = departedAtNanos;
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

  /** Asks for a copy delivered {@code extraNanos} after the original. */
  public void duplicate(long extraNanos) {
    duplicated = true;
    copyExtraNanos = extraNanos;
  }

  /** Replaces the payload with a damaged copy. */
  public void corruptPayload(byte[] damaged) {
    payload = damaged;
    corrupted = true;
  }

  /** Exempts the packet from the FIFO clamp (reordered on purpose). */
  public void exemptFromOrder() {
    orderExempt = true;
  }
}
