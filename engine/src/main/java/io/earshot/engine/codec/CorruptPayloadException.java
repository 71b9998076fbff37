package io.earshot.engine.codec;

/**
 * A payload received from the network cannot be decoded. Checked, because it is an input the caller
 * must expect and handle (count it, conceal), not a bug. The message says what was expected and
 * found.
 */
public final class CorruptPayloadException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was expected and what was found
   */
  public CorruptPayloadException(String message) {
    super(message);
  }
}
