package io.earshot.netem;

/**
 * Told of every datagram a link direction drops, with its payload, so a caller that understands the
 * payload (RTP, say) can count drops per flow. Called on the link's scheduler executor, after the
 * counters were updated; it must be quick and must not throw.
 */
@FunctionalInterface
public interface DropListener {
  /**
   * @param direction the direction that dropped the datagram
   * @param payload the datagram as offered (do not modify)
   * @param cause why it was dropped
   */
  void dropped(Direction direction, byte[] payload, DropCause cause);
}
