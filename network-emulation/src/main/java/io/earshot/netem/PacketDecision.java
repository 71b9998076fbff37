package io.earshot.netem;

/**
 * What a datagram direction decided for one packet; entries of the optional decision log, compared
 * across clock modes by the mode-equivalence test.
 *
 * @param index the packet's position in its direction, from 0
 * @param sizeBytes payload size
 * @param sentAtNanos when it was offered (scheduler time)
 * @param droppedBy the drop cause, or {@code null} when the packet is delivered
 * @param deliverAtNanos intended delivery time, or -1 when dropped
 */
public record PacketDecision(
    long index, int sizeBytes, long sentAtNanos, DropCause droppedBy, long deliverAtNanos) {

  /** True when the packet was scheduled for delivery. */
  public boolean delivered() {
    return droppedBy == null;
  }

  @Override
  public String toString() {
    String verdict = delivered() ? "deliver@" + deliverAtNanos : "drop(" + droppedBy + ")";
    return "#" + index + " " + sizeBytes + "B sent@" + sentAtNanos + " " + verdict;
  }
}
