package io.earshot.engine.transport;

/** Events of a signaling connection. */
public interface SignalingListener {
  /** The connection is open and messages may be sent. */
  void onOpen();

  /** One complete message arrived. */
  void onMessage(String message);

  /** The connection failed to open or was closed by the peer or the network. */
  void onClosed(String reason);
}
