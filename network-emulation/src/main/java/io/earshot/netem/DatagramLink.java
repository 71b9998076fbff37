package io.earshot.netem;

/**
 * One direction of emulated datagram transport: each datagram is dropped (with a cause) or
 * delivered later to the sink given when the path was opened. Delivery always goes through the
 * scheduler, even at zero delay.
 *
 * <p>Not thread-safe: call {@link #send} only from the link's executor (the proxy's event loop in
 * real time, the simulation thread in simulated time).
 */
public interface DatagramLink {

  /** Which direction this is. */
  Direction direction();

  /**
   * Offers one datagram at the scheduler's current time.
   *
   * <p>Ownership of {@code datagram} passes to the link: the caller must not modify the array
   * afterwards (the link does not copy it, so a later write would change a queued packet). The sink
   * receives the same array and owns it from then on.
   */
  void send(byte[] datagram);
}
