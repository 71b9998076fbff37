package io.earshot.engine.internal.server;

/** Protocol-level refusal codes (docs/protocol.md §1.4); never surfaced as engine error codes. */
final class ProtocolCodes {
  static final int BAD_MESSAGE = 400;
  static final int NOT_LOGGED_IN = 401;

  /** A mute request names a stream this session does not publish (or play). */
  static final int NOT_FOUND = 404;

  static final int WRONG_PHASE = 409;
  static final int INTERNAL_ERROR = 500;

  private ProtocolCodes() {}
}
