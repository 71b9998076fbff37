package io.earshot.engine.internal.client;

import io.earshot.engine.RoomConfig;
import io.earshot.engine.User;

/** What one login asked for: the room, the user and the room config (with its current token). */
record RoomLogin(String roomId, User user, RoomConfig config) {
  RoomLogin withToken(String token) {
    return new RoomLogin(roomId, user, config.withToken(token));
  }
}
