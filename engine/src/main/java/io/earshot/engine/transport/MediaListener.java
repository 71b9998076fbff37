package io.earshot.engine.transport;

/** Receives datagrams from the server's relay. */
@FunctionalInterface
public interface MediaListener {
  void onDatagram(byte[] datagram);
}
