package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.signaling.SignalingMessage.KickOut;
import io.earshot.engine.internal.signaling.SignalingMessage.RoomUserCount;
import io.earshot.engine.internal.signaling.SignalingMessage.UserUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rooms and who is logged in (contract §3.5, §6.2): a user ID is in at most one session per
 * app, a room exists while it has members. Joining and leaving are announced to the room here.
 */
final class RoomMembership {
  private final Map<String, Room> rooms = new HashMap<>();
  private final Map<String, ServerSession> sessionsByUser = new HashMap<>();

  /**
   * Media tokens of sessions replaced by a login of the same user elsewhere: a resume with one of
   * them learns so (1002086) instead of starting afresh. Bounded by the sessions ever replaced.
   */
  private final Map<Long, String> replaced = new LinkedHashMap<>();

  private final StreamDirectory streams;
  private final RelayControl relay;

  RoomMembership(StreamDirectory streams, RelayControl relay) {
    this.streams = streams;
    this.relay = relay;
  }

  /** The session logged in as {@code userId} of {@code appId}, or null. */
  ServerSession sessionOf(long appId, String userId) {
    return sessionsByUser.get(appId + "/" + userId);
  }

  /** Whether {@code mediaToken} was the session of this user that a later login replaced. */
  boolean wasReplaced(long mediaToken, String userKey) {
    return userKey.equals(replaced.get(mediaToken));
  }

  /** The room, or null if nobody is in it. */
  Room room(long appId, String roomId) {
    return rooms.get(appId + "/" + roomId);
  }

  void addRoom(Room room) {
    rooms.put(room.key(), room);
  }

  /** Makes the (already logged-in) session a member of its room, without telling anyone yet. */
  void addSilently(ServerSession session) {
    session.room.members.put(session.user.id(), session);
    sessionsByUser.put(session.userKey(), session);
  }

  /** Tells the room that the session joined (unless it replaced itself) and the room's size. */
  void announceJoin(ServerSession session, boolean replacesInSameRoom) {
    if (!replacesInSameRoom) {
      broadcastUsers(session.room, session, "ADD", List.of(session.user));
    }
    announceUserCount(session.room);
  }

  /** Logout or timeout: streams DELETE first, then the user DELETE. */
  void leave(ServerSession session, int streamDeleteCode) {
    remove(session, streamDeleteCode, true);
    session.phase = ServerSession.Phase.CONNECTED;
    session.room = null;
  }

  /** Ends a session with a kick-out: its streams are DELETEd with {@code deleteCode}. */
  void kick(ServerSession session, int kickCode, int deleteCode, boolean announceUserLeft) {
    if (kickCode == ErrorCode.ROOM_KICKED_OUT) {
      replaced.put(session.mediaToken, session.userKey());
    }
    session.send(new KickOut(kickCode));
    end(session, deleteCode, announceUserLeft);
  }

  /** Removes the session from its room and closes its connection. */
  void end(ServerSession session, int deleteCode, boolean announceUserLeft) {
    remove(session, deleteCode, announceUserLeft);
    session.phase = ServerSession.Phase.GONE;
    session.peer.close();
  }

  private void remove(ServerSession session, int streamDeleteCode, boolean announceUserLeft) {
    Room room = session.room;
    session.tokenTimers.cancel();
    streams.removeAll(session, streamDeleteCode);
    relay.unregister(session.mediaToken);
    if (room.members.get(session.user.id()) == session) {
      room.members.remove(session.user.id());
    }
    sessionsByUser.remove(session.userKey(), session);
    if (announceUserLeft) {
      broadcastUsers(room, session, "DELETE", List.of(session.user));
      announceUserCount(room);
    }
    // A same-room replacement keeps the room (and its session ID) for the new session.
    if (announceUserLeft && room.members.isEmpty()) {
      rooms.remove(room.key());
    }
  }

  private static void broadcastUsers(
      Room room, ServerSession subject, String type, List<WireUser> users) {
    for (ServerSession member : room.members.values()) {
      if (member != subject && member.userStatusNotify) {
        member.send(new UserUpdate(type, users));
      }
    }
  }

  /**
   * Every member learns the room's size after a join or leave; clients report it every 30 s
   * (contract §3.5).
   */
  private static void announceUserCount(Room room) {
    RoomUserCount count = new RoomUserCount(room.members.size());
    room.members.values().forEach(member -> member.send(count));
  }
}
