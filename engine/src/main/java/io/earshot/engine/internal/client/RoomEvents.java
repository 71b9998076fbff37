package io.earshot.engine.internal.client;

/** What the room session tells the rest of the engine. */
interface RoomEvents {
  /**
   * The session ended without a logout (login failed, kicked out, the reconnection window ended):
   * every publish and play ends with these codes.
   */
  void sessionEnded(int publishCode, int playCode);

  /** The signaling link or the media path broke: publishes and plays wait for the way back. */
  void mediaInterrupted();

  /** The media path works again while the session goes on. */
  void mediaRestored();

  /** Logged in again after a break; every publish and play is asked for again. */
  void reconnected();
}
