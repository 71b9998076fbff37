package io.earshot.engine;

/**
 * Login options (contract §1.2). {@code maxMemberCount} 0 means unlimited; it applies when this
 * login creates the room. {@code isUserStatusNotify} enables {@code onRoomUserUpdate}. {@code
 * token} is a Token04, empty in AppSign mode.
 */
public record RoomConfig(int maxMemberCount, boolean isUserStatusNotify, String token) {
  /** The defaults: unlimited members, no user notifications, no token. */
  public static RoomConfig defaults() {
    return new RoomConfig(0, false, "");
  }

  public RoomConfig withUserStatusNotify(boolean notify) {
    return new RoomConfig(maxMemberCount, notify, token);
  }

  public RoomConfig withMaxMemberCount(int max) {
    return new RoomConfig(max, isUserStatusNotify, token);
  }

  public RoomConfig withToken(String newToken) {
    return new RoomConfig(maxMemberCount, isUserStatusNotify, newToken);
  }
}
