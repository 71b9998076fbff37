package io.earshot.engine.server;

import java.net.InetSocketAddress;

/**
 * Where the relay sends datagrams; a socket in real time, an emulated network in simulated time.
 */
@FunctionalInterface
public interface DatagramOutput {
  void send(InetSocketAddress to, byte[] datagram);
}
