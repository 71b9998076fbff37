package io.earshot.engine.internal.client;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.Stream;
import io.earshot.engine.UpdateType;
import io.earshot.engine.User;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.RenewTokenResult;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.TokenWillExpire;
import io.earshot.engine.internal.signaling.SignalingMessage.UserUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.WireStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The room as the application hears of it (contract §3.5): the initial user and stream lists after
 * {@code LOGINED}, joins and leaves, streams added and deleted with their reasons, the token's
 * will-expire notice and a refused renewal.
 */
final class RoomNotifications {
  private final CallbackDispatcher callbacks;

  RoomNotifications(CallbackDispatcher callbacks) {
    this.callbacks = callbacks;
  }

  /** The room as it was when the login was accepted; posted right after {@code LOGINED}. */
  void initialView(RoomLogin login, LoginResult result) {
    String roomId = login.roomId();
    if (login.config().isUserStatusNotify() && !result.users().isEmpty()) {
      List<User> users = result.users().stream().map(u -> new User(u.id(), u.name())).toList();
      callbacks.post(h -> h.onRoomUserUpdate(roomId, UpdateType.ADD, users));
    }
    if (!result.streams().isEmpty()) {
      List<Stream> streams = toStreams(result.streams());
      callbacks.post(h -> h.onRoomStreamUpdate(roomId, UpdateType.ADD, streams, Map.of()));
    }
  }

  void users(RoomLogin login, UserUpdate m) {
    if (login.config().isUserStatusNotify()) {
      UpdateType type = UpdateType.valueOf(m.updateType());
      List<User> users = m.users().stream().map(u -> new User(u.id(), u.name())).toList();
      callbacks.post(h -> h.onRoomUserUpdate(login.roomId(), type, users));
    }
  }

  void streams(RoomLogin login, StreamUpdate m) {
    UpdateType type = UpdateType.valueOf(m.updateType());
    List<Stream> streams = toStreams(m.streams());
    Map<String, Object> extended = new LinkedHashMap<>();
    if (type == UpdateType.DELETE) {
      List<Map<String, Object>> reasons = new ArrayList<>();
      for (var r : m.reasons()) {
        // Insertion order, not Map.of: its iteration order changes from one JVM to the next, and
        // timelines must be byte-identical across runs.
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("stream_id", r.streamId());
        reason.put("code", r.code());
        reasons.add(Collections.unmodifiableMap(reason));
      }
      extended.put("stream_delete_reason", List.copyOf(reasons));
    }
    Map<String, Object> extendedData = Map.copyOf(extended);
    callbacks.post(h -> h.onRoomStreamUpdate(login.roomId(), type, streams, extendedData));
  }

  void tokenWillExpire(RoomLogin login, TokenWillExpire m) {
    int remain = m.remainSeconds();
    callbacks.post(h -> h.onRoomTokenWillExpire(login.roomId(), remain));
  }

  void renewResult(RenewTokenResult m) {
    if (m.code() != 0) {
      int code = m.code();
      callbacks.post(h -> h.onDebugError(code, "renewToken", ErrorCode.nameOf(code)));
    }
  }

  private static List<Stream> toStreams(List<WireStream> wire) {
    return wire.stream()
        .map(s -> new Stream(new User(s.user().id(), s.user().name()), s.streamId(), s.extraInfo()))
        .toList();
  }
}
