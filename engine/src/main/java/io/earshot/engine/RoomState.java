package io.earshot.engine;

/** The three-valued room connection state (contract §2). */
public enum RoomState {
  DISCONNECTED,
  CONNECTING,
  CONNECTED
}
