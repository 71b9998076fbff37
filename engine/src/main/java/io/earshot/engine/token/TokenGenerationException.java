package io.earshot.engine.token;

/**
 * An invalid input to {@link Token04Generator}. The code is the vendor generator's error code
 * (contract §8.2), not a contract §5 code: the generator runs on the app's own server, outside any
 * engine call.
 */
public final class TokenGenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** appID is 0 or does not fit in a uint32. */
  public static final int APP_ID_INVALID = 1;

  /** userID is null, empty or longer than 64 characters. */
  public static final int USER_ID_INVALID = 3;

  /** The server secret is not exactly 32 single-byte characters. */
  public static final int SECRET_INVALID = 5;

  /** effectiveTimeInSeconds is not positive, or pushes {@code expire} past int64. */
  public static final int EFFECTIVE_TIME_INVALID = 6;

  /** Anything else; the vendor's Java generator uses -1 ("OTHER") the same way. */
  public static final int OTHER = -1;

  private final int code;

  public TokenGenerationException(int code, String message) {
    super("token generator error " + code + ": " + message);
    this.code = code;
  }

  /** The vendor generator error code: 1, 3, 5, 6, or -1. */
  public int code() {
    return code;
  }
}
