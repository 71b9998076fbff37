package io.earshot.engine.transport;

/** One signaling connection; messages are JSON text (see docs/protocol.md). */
public interface SignalingConnection {
  /** Sends one message; silently dropped if the connection is closed. */
  void send(String message);

  /**
   * Closes the connection; idempotent. {@link SignalingListener#onClosed} is not called for a local
   * close.
   */
  void close();
}
