package io.earshot.engine.internal.client;

/** RTP payload numbering used on the wire (docs/protocol.md). */
final class RtpPayload {
  /** Dynamic payload type for Opus (RFC 7587), 48 kHz RTP clock. */
  static final int OPUS = 111;

  private RtpPayload() {}
}
