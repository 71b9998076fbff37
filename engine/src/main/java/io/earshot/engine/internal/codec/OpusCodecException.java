package io.earshot.engine.internal.codec;

/**
 * libopus refused an operation whose inputs Earshot controls (creating state, setting an option,
 * encoding a valid frame): a bug or a broken native library, not bad network input, hence
 * unchecked. Carries libopus's own error code and text.
 */
public final class OpusCodecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int errorCode;

  /**
   * @param operation what Earshot asked libopus to do
   * @param errorCode the negative libopus return code
   * @param errorText {@code opus_strerror(errorCode)}
   */
  public OpusCodecException(String operation, int errorCode, String errorText) {
    super(
        operation
            + " failed: expected OPUS_OK or a length, libopus returned "
            + errorCode
            + " ("
            + errorText
            + ")");
    this.errorCode = errorCode;
  }

  /** The negative libopus return code, e.g. -1 for OPUS_BAD_ARG. */
  public int errorCode() {
    return errorCode;
  }
}
