package io.earshot.engine.internal.client;

import io.earshot.engine.RoomState;
import io.earshot.engine.RoomStateChangedReason;
import java.util.Map;

/**
 * Fires {@code onRoomStateChanged} on every change of reason, then {@code onRoomStateUpdate} when
 * the three-valued state changed (contract §3.1); neither ever repeats the previous value.
 */
final class RoomStateReporter {
  private final CallbackDispatcher callbacks;
  private RoomStateChangedReason reason;
  private RoomState roomState = RoomState.DISCONNECTED;

  RoomStateReporter(CallbackDispatcher callbacks) {
    this.callbacks = callbacks;
  }

  void change(String roomId, RoomStateChangedReason newReason, int code, Map<String, Object> ext) {
    if (newReason == reason) {
      return;
    }
    reason = newReason;
    callbacks.post(h -> h.onRoomStateChanged(roomId, newReason, code, ext));
    RoomState state = stateOf(newReason);
    if (state != roomState) {
      roomState = state;
      callbacks.post(h -> h.onRoomStateUpdate(roomId, state, code, ext));
    }
  }

  private static RoomState stateOf(RoomStateChangedReason reason) {
    return switch (reason) {
      case LOGINING, RECONNECTING -> RoomState.CONNECTING;
      case LOGINED, RECONNECTED -> RoomState.CONNECTED;
      default -> RoomState.DISCONNECTED;
    };
  }
}
