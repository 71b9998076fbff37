package io.earshot.engine.transport;

/** The client's media socket; datagrams go to the server's relay. */
public interface MediaSocket {
  /** Sends one datagram; the array must not be modified afterwards. */
  void send(byte[] datagram);

  /** Closes the socket; idempotent. */
  void close();
}
