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
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The room as the application hears of it (contract §3.5): the initial user and stream lists after
 * {@code LOGINED}, joins and leaves, streams added and deleted with their reasons, the token's
 * will-expire notice and a refused renewal. It remembers what it told the application, so that
 * after {@code RECONNECTED} it can tell what changed meanwhile: DELETE for what vanished, ADD for
 * what is new.
 */
final class RoomNotifications {
  private final CallbackDispatcher callbacks;
  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<String, Stream> streams = new LinkedHashMap<>();

  RoomNotifications(CallbackDispatcher callbacks) {
    this.callbacks = callbacks;
  }

  /** The user publishing {@code streamId} in the room as last told, or null if it is not there. */
  String publisherOf(String streamId) {
    Stream stream = streams.get(streamId);
    return stream == null ? null : stream.user().userID();
  }

  /** The room as it was when the login was accepted; posted right after {@code LOGINED}. */
  void initialView(RoomLogin login, LoginResult result) {
    users.clear();
    streams.clear();
    String roomId = login.roomId();
    if (login.config().isUserStatusNotify() && !result.users().isEmpty()) {
      List<User> added = toUsers(result.users());
      added.forEach(u -> users.put(u.userID(), u));
      callbacks.post(h -> h.onRoomUserUpdate(roomId, UpdateType.ADD, added));
    }
    if (!result.streams().isEmpty()) {
      List<Stream> added = toStreams(result.streams());
      added.forEach(s -> streams.put(s.streamID(), s));
      callbacks.post(h -> h.onRoomStreamUpdate(roomId, UpdateType.ADD, added, Map.of()));
    }
  }

  /**
   * After {@code RECONNECTED}: the room as the server sees it now against what the application was
   * told; streams and users that vanished are deleted, new ones added (in the order of a leave,
   * then a join).
   */
  void reconcile(RoomLogin login, LoginResult result) {
    String roomId = login.roomId();
    Map<String, Stream> nowStreams = new LinkedHashMap<>();
    toStreams(result.streams()).forEach(s -> nowStreams.put(s.streamID(), s));
    Map<String, User> nowUsers = new LinkedHashMap<>();
    if (login.config().isUserStatusNotify()) {
      toUsers(result.users()).forEach(u -> nowUsers.put(u.userID(), u));
    }
    List<Stream> goneStreams = missing(streams, nowStreams);
    List<User> goneUsers = missing(users, nowUsers);
    List<User> newUsers = missing(nowUsers, users);
    List<Stream> newStreams = missing(nowStreams, streams);
    post(roomId, UpdateType.DELETE, goneStreams, goneUsers);
    post(roomId, UpdateType.ADD, newStreams, newUsers);
    streams.clear();
    streams.putAll(nowStreams);
    users.clear();
    users.putAll(nowUsers);
  }

  void users(RoomLogin login, UserUpdate m) {
    if (login.config().isUserStatusNotify()) {
      UpdateType type = UpdateType.valueOf(m.updateType());
      List<User> changed = toUsers(m.users());
      changed.forEach(
          u -> {
            if (type == UpdateType.ADD) {
              users.put(u.userID(), u);
            } else {
              users.remove(u.userID());
            }
          });
      callbacks.post(h -> h.onRoomUserUpdate(login.roomId(), type, changed));
    }
  }

  void streams(RoomLogin login, StreamUpdate m) {
    UpdateType type = UpdateType.valueOf(m.updateType());
    List<Stream> changed = toStreams(m.streams());
    changed.forEach(
        s -> {
          if (type == UpdateType.ADD) {
            streams.put(s.streamID(), s);
          } else {
            streams.remove(s.streamID());
          }
        });
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
    callbacks.post(h -> h.onRoomStreamUpdate(login.roomId(), type, changed, extendedData));
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

  private void post(String roomId, UpdateType type, List<Stream> s, List<User> u) {
    // A leave: streams before the user; a join: the user before the streams (contract §3.5).
    if (type == UpdateType.DELETE && !s.isEmpty()) {
      callbacks.post(h -> h.onRoomStreamUpdate(roomId, type, s, Map.of()));
    }
    if (!u.isEmpty()) {
      callbacks.post(h -> h.onRoomUserUpdate(roomId, type, u));
    }
    if (type == UpdateType.ADD && !s.isEmpty()) {
      callbacks.post(h -> h.onRoomStreamUpdate(roomId, type, s, Map.of()));
    }
  }

  private static <T> List<T> missing(Map<String, T> from, Map<String, T> in) {
    return from.entrySet().stream()
        .filter(e -> !in.containsKey(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  private static List<User> toUsers(List<WireUser> wire) {
    return wire.stream().map(u -> new User(u.id(), u.name())).toList();
  }

  private static List<Stream> toStreams(List<WireStream> wire) {
    return wire.stream()
        .map(s -> new Stream(new User(s.user().id(), s.user().name()), s.streamId(), s.extraInfo()))
        .toList();
  }
}
