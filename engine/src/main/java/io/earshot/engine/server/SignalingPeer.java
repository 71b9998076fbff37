package io.earshot.engine.server;

import java.net.InetAddress;

/** The server's side of one signaling connection, as a transport binding provides it. */
public interface SignalingPeer {
  /** Sends one message to the client; dropped if the connection is gone. */
  void send(String message);

  /** Closes the connection. */
  void close();

  /** A short description for logs (e.g. the remote address). */
  String describe();

  /**
   * The client's IP address, which its media binds must come from; null when unknown (an in-memory
   * test peer), which disables that check for this session only.
   */
  default InetAddress remoteIp() {
    return null;
  }
}
