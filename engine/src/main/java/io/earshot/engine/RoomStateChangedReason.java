package io.earshot.engine;

/** Why the room state changed (contract §2); the ordinal is the wire value. */
public enum RoomStateChangedReason {
  LOGINING,
  LOGINED,
  LOGIN_FAILED,
  RECONNECTING,
  RECONNECTED,
  RECONNECT_FAILED,
  KICK_OUT,
  LOGOUT,
  LOGOUT_FAILED
}
