package io.earshot.simulator.dsl;

/** How a user logs in, in the words of the step vocabulary. */
public enum Credentials {
  /** The engine's AppSign proof (the default app's), no token. */
  APP_SIGN,
  /** A Token04 for this user, valid for an hour, allowing login and publishing in any room. */
  VALID_TOKEN,
  /** A Token04 that expired an hour ago. */
  EXPIRED_TOKEN,
  /** A Token04 signed with a ServerSecret that is not the app's. */
  TOKEN_FROM_ANOTHER_SECRET,
  /** A Token04 whose privileges forbid publishing ({"1":1,"2":0}). */
  TOKEN_WITHOUT_PUBLISH,
  /** A Token04 made for another app ID (same secret). */
  TOKEN_FOR_ANOTHER_APP,
  /** A Token04 made for another user ID. */
  TOKEN_FOR_ANOTHER_USER,
  /** An engine whose AppSign is well-formed but not the app's. */
  WRONG_APP_SIGN
}
