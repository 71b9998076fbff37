package io.earshot.engine.internal.signaling;

/**
 * A signaling message that does not follow docs/protocol.md; the message says what was expected.
 */
public final class ProtocolException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }
}
