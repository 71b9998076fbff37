package io.earshot.simulator.capture;

import java.net.InetSocketAddress;

/**
 * One datagram as a capture saw it.
 *
 * @param epochNanos when, on the scenario's clock (virtual time in simulated runs), as Unix time
 * @param source where it came from
 * @param destination where it went
 * @param data the UDP payload
 */
public record CapturedDatagram(
    long epochNanos, InetSocketAddress source, InetSocketAddress destination, byte[] data) {
  public CapturedDatagram {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }
}
