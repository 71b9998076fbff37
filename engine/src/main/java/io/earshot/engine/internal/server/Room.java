package io.earshot.engine.internal.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** A room of one app: exists while it has members; its session ID lives as long as it does. */
final class Room {
  final long appId;
  final String roomId;
  final String roomSessionId;

  /** The smaller of the server's limit and the creator's maxMemberCount; 0 = unlimited. */
  final int maxMembers;

  /** userID → session, in join order. */
  final Map<String, ServerSession> members = new LinkedHashMap<>();

  Room(long appId, String roomId, String roomSessionId, int maxMembers) {
    this.appId = appId;
    this.roomId = roomId;
    this.roomSessionId = roomSessionId;
    this.maxMembers = maxMembers;
  }

  boolean isFull() {
    return maxMembers > 0 && members.size() >= maxMembers;
  }

  String key() {
    return appId + "/" + roomId;
  }
}
