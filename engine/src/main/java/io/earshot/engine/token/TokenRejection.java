package io.earshot.engine.token;

/**
 * One failed verification step: a contract code and the reason. Checked and without a stack trace
 * because it is ordinary control flow inside {@link Token04Verifier}, which turns it into a result
 * and never lets it escape.
 */
final class TokenRejection extends Exception {
  private static final long serialVersionUID = 1L;
  private final int code;

  TokenRejection(int code, String reason) {
    super(reason, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
