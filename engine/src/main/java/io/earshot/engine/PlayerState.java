package io.earshot.engine;

/** State of one played stream (contract §2). */
public enum PlayerState {
  NO_PLAY,
  PLAY_REQUESTING,
  PLAYING
}
