package io.earshot.engine.internal.client;

/** What the room session tells the rest of the engine. */
interface RoomEvents {
  /**
   * The session ended without a logout (login failed, kicked out, connection lost): every publish
   * and play ends with these codes.
   */
  void sessionEnded(int publishCode, int playCode);
}
