package io.earshot.engine;

/** Media events of a played stream (contract §2, §4.3); the video ones never occur here. */
public enum PlayerMediaEvent {
  AUDIO_BREAK_OCCUR,
  AUDIO_BREAK_RESUME,
  VIDEO_BREAK_OCCUR,
  VIDEO_BREAK_RESUME
}
