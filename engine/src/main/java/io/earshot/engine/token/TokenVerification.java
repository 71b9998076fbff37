package io.earshot.engine.token;

/**
 * The outcome of {@link Token04Verifier#verifyLogin}.
 *
 * @param code 0 if the login may proceed, otherwise the contract §5.3 code
 * @param reason what was expected and what was found, for logs and {@code onDebugError}; never
 *     contains the token or the secret
 * @param privileges what the token allows; {@code null} unless {@code code == 0}
 * @param expireEpochSeconds the authenticated {@code expire} (Unix seconds); 0 unless {@code code
 *     == 0}
 */
public record TokenVerification(
    int code, String reason, TokenPrivileges privileges, long expireEpochSeconds) {
  static TokenVerification success(TokenPrivileges privileges, long expireEpochSeconds) {
    return new TokenVerification(0, "token accepted", privileges, expireEpochSeconds);
  }

  static TokenVerification failure(TokenRejection rejection) {
    return new TokenVerification(rejection.code(), rejection.getMessage(), null, 0);
  }

  /** Whether the token allows this login. */
  public boolean accepted() {
    return code == 0;
  }
}
