package io.earshot.engine.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earshot.engine.random.RandomBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs Token04 login tokens the way the vendor's {@code zego_server_assistant} generators do
 * (contract §8.2, §8.3), with time and randomness supplied by the caller so that a seeded run
 * reproduces its tokens.
 */
public final class Token04Generator {
  /** Every Token04 starts with this. */
  public static final String VERSION = "04";

  public static final long MAX_APP_ID = 0xFFFF_FFFFL;
  public static final int MAX_USER_ID_CHARS = 64;
  public static final int SECRET_CHARS = Token04Layout.KEY_BYTES;

  private Token04Generator() {}

  /**
   * Builds a token. Plaintext fields, in this order: {@code app_id}, {@code user_id}, {@code
   * nonce}, {@code ctime}, {@code expire}, {@code payload} (the order of the vendor's Node
   * generator). Draws one {@link RandomBytes#nextInt()} for the nonce, then one {@link
   * RandomBytes#nextBytes} of the layout's IV length.
   *
   * @param appId 1…4294967295
   * @param userId 1…64 characters (UTF-16 units, as the vendor's Java and Node count)
   * @param serverSecret exactly 32 characters, each one byte in UTF-8; its bytes are the AES-256
   *     key
   * @param effectiveTimeSeconds &gt; 0; {@code expire = nowEpochSeconds + effectiveTimeSeconds}
   * @param payload {@code ""} (or {@code null}) for a basic token, else the privilege JSON; not
   *     checked
   * @param nowEpochSeconds becomes {@code ctime}
   * @return {@code "04"} + standard, padded Base64 of the layout's bytes
   * @throws TokenGenerationException with the vendor's code for an invalid input, or -1 when the
   *     plaintext is too long for the uint16 length field
   */
  public static String generate(
      long appId,
      String userId,
      String serverSecret,
      long effectiveTimeSeconds,
      String payload,
      long nowEpochSeconds,
      Token04Layout layout,
      RandomBytes random) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(random, "random");
    byte[] key = validate(appId, userId, serverSecret, effectiveTimeSeconds);
    long expire = expireOf(nowEpochSeconds, effectiveTimeSeconds);

    ObjectNode claims = TokenJson.MAPPER.createObjectNode();
    claims.put("app_id", appId).put("user_id", userId).put("nonce", random.nextInt());
    claims
        .put("ctime", nowEpochSeconds)
        .put("expire", expire)
        .put("payload", payload == null ? "" : payload);
    byte[] iv = new byte[layout.ivLength()];
    random.nextBytes(iv);

    byte[] ciphertext = seal(layout, key, iv, plaintextOf(claims));
    if (ciphertext.length > Token04Envelope.MAX_FIELD_BYTES) {
      throw new TokenGenerationException(
          TokenGenerationException.OTHER,
          "the encrypted plaintext must fit a "
              + "uint16 length (at most 65535 bytes), was "
              + ciphertext.length
              + " bytes; shorten the payload");
    }
    byte[] body = new Token04Envelope(layout, expire, iv, ciphertext).toBytes();
    return VERSION + Base64.getEncoder().encodeToString(body);
  }

  private static byte[] validate(
      long appId, String userId, String serverSecret, long effectiveTimeSeconds) {
    if (appId < 1 || appId > MAX_APP_ID) {
      throw new TokenGenerationException(
          TokenGenerationException.APP_ID_INVALID,
          "appID must be 1…" + MAX_APP_ID + " (a non-zero uint32), was " + appId);
    }
    if (userId == null || userId.isEmpty() || userId.length() > MAX_USER_ID_CHARS) {
      throw new TokenGenerationException(
          TokenGenerationException.USER_ID_INVALID,
          "userID must be 1…"
              + MAX_USER_ID_CHARS
              + " characters, was "
              + (userId == null ? "null" : userId.length() + " characters"));
    }
    byte[] key = serverSecret == null ? null : serverSecret.getBytes(StandardCharsets.UTF_8);
    if (key == null
        || serverSecret.length() != SECRET_CHARS
        || key.length != Token04Layout.KEY_BYTES) {
      throw new TokenGenerationException(
          TokenGenerationException.SECRET_INVALID,
          "serverSecret must be exactly "
              + SECRET_CHARS
              + " ASCII characters (its bytes are the AES-256 key), was "
              + (key == null
                  ? "null"
                  : serverSecret.length() + " characters, " + key.length + " bytes in UTF-8"));
    }
    if (effectiveTimeSeconds <= 0) {
      throw new TokenGenerationException(
          TokenGenerationException.EFFECTIVE_TIME_INVALID,
          "effectiveTimeInSeconds must be > 0, was " + effectiveTimeSeconds);
    }
    return key;
  }

  private static long expireOf(long nowEpochSeconds, long effectiveTimeSeconds) {
    try {
      return Math.addExact(nowEpochSeconds, effectiveTimeSeconds);
    } catch (ArithmeticException e) {
      throw new TokenGenerationException(
          TokenGenerationException.EFFECTIVE_TIME_INVALID,
          "ctime "
              + nowEpochSeconds
              + " + effectiveTimeInSeconds "
              + effectiveTimeSeconds
              + " must fit an int64 expire");
    }
  }

  private static byte[] plaintextOf(ObjectNode claims) {
    try {
      return TokenJson.MAPPER.writeValueAsBytes(claims); // UTF-8
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  private static byte[] seal(Token04Layout layout, byte[] key, byte[] iv, byte[] plaintext) {
    try {
      return layout.seal(key, iv, plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 runtime provides AES-256 " + layout, e);
    }
  }
}
