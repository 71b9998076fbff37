package io.earshot.engine.server;

/** The server's side of one signaling connection, as a transport binding provides it. */
public interface SignalingPeer {
  /** Sends one message to the client; dropped if the connection is gone. */
  void send(String message);

  /** Closes the connection. */
  void close();

  /** A short description for logs (e.g. the remote address). */
  String describe();
}
