package io.earshot.engine;

/**
 * Room scenario of the engine profile (contract §2). Recorded only: every scenario uses the same
 * audio settings (Opus, mono, 48 kbps) in the reference engine.
 */
public enum Scenario {
  /** Deprecated since 3.0.0 in the vendor SDK. */
  GENERAL,
  /** Deprecated since 3.0.0 in the vendor SDK. */
  COMMUNICATION,
  /** Deprecated since 3.0.0 in the vendor SDK. */
  LIVE,
  DEFAULT,
  STANDARD_VIDEO_CALL,
  HIGH_QUALITY_VIDEO_CALL,
  STANDARD_CHATROOM,
  HIGH_QUALITY_CHATROOM,
  BROADCAST,
  KARAOKE,
  STANDARD_VOICE_CALL
}
