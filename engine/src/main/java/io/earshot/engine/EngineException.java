package io.earshot.engine;

/**
 * Thrown by {@link ExpressEngine#createEngine} when the profile is invalid; carries a contract
 * code.
 */
public final class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int errorCode;

  public EngineException(int errorCode, String message) {
    super(errorCode + " " + ErrorCode.nameOf(errorCode) + ": " + message);
    this.errorCode = errorCode;
  }

  /** The contract's error code (§5). */
  public int errorCode() {
    return errorCode;
  }
}
