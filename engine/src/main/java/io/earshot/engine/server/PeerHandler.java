package io.earshot.engine.server;

/**
 * What a transport binding calls for one connection; every call must be made on the server's
 * scheduler.
 */
public interface PeerHandler {
  void onMessage(String message);

  /** The connection closed (peer, network or local close). */
  void onClosed();
}
