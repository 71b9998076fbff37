package io.earshot.engine.token;

import static io.earshot.engine.ErrorCode.PUBLISHER_ERROR_DISPATCH_AUTH_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_ERROR_AUTHENTICATION_FAILED;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_APPID_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_EXPIRE_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_FORMAT_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_NONCETYPE_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_USERID_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_VERSION_ERROR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Checks a Token04 for a login, in the order of contract §8.5, and a publish against its
 * privileges. Never throws: every input, however broken, gives a {@link TokenVerification}.
 *
 * <p>Only encrypted fields are trusted; the outer {@code expire} is ignored. A CBC token is
 * encrypted but not authenticated, so whoever holds one can flip bits of its first plaintext block
 * through the IV; the checks below then still apply to the changed fields. A failed padding check
 * and a plaintext that is not JSON give the same code and the same reason, so the answers are not a
 * padding oracle.
 */
public final class Token04Verifier {
  /**
   * The longest token string any layout can produce: the prefix and the Base64 of the largest body.
   */
  static final int MAX_TOKEN_CHARS =
      Token04Generator.VERSION.length() + 4 * ((Token04Envelope.MAX_BYTES + 2) / 3);

  private static final String UNREADABLE =
      "token cannot be opened with this app's server secret: wrong secret, "
          + "changed bytes, or a plaintext that is not a UTF-8 JSON object";

  private Token04Verifier() {}

  /**
   * Verifies {@code token} for logging {@code userId} in to {@code roomId} of app {@code appId}.
   *
   * @param serverSecret the app's 32-character ServerSecret
   * @param nowEpochSeconds the server's scenario clock, Unix seconds
   * @return code 0 with the privileges and authenticated expiry, or the first failing step's code
   */
  public static TokenVerification verifyLogin(
      String token,
      long appId,
      String userId,
      String roomId,
      String serverSecret,
      long nowEpochSeconds) {
    try {
      ObjectNode claims = open(token, serverSecret);
      checkIdentity(claims, appId, userId);
      long expire = checkExpire(claims, nowEpochSeconds);
      TokenPrivileges privileges = privilegesOf(claims);
      if (!privileges.canLogin()) {
        throw new TokenRejection(
            ROOM_ERROR_AUTHENTICATION_FAILED, "token payload denies login (privilege \"1\": 0)");
      }
      if (!privileges.allowsRoom(roomId)) {
        throw new TokenRejection(
            ROOM_ERROR_AUTHENTICATION_FAILED,
            "token is for room "
                + quoted(privileges.roomId())
                + " but the login is for room "
                + quoted(roomId));
      }
      return TokenVerification.success(privileges, expire);
    } catch (TokenRejection rejection) {
      return TokenVerification.failure(rejection);
    }
  }

  /**
   * Whether a user logged in with {@code privileges} may publish {@code streamId} (§8.5 step 7).
   * {@code null} privileges are refused: a login without a token should pass {@link
   * TokenPrivileges#UNRESTRICTED}.
   *
   * @return 0, or 1003072 if privilege {@code "2"} is 0 or a non-empty stream list lacks the ID
   */
  public static int checkPublish(TokenPrivileges privileges, String streamId) {
    if (privileges == null || !privileges.canPublish() || !privileges.allowsStream(streamId)) {
      return PUBLISHER_ERROR_DISPATCH_AUTH_ERROR;
    }
    return 0;
  }

  /** Steps 1 and 2: prefix, Base64, layout, decryption, JSON. */
  private static ObjectNode open(String token, String serverSecret) throws TokenRejection {
    if (token == null || !token.startsWith(Token04Generator.VERSION)) {
      String found =
          token == null
              ? "null"
              : token.isEmpty()
                  ? "an empty token"
                  : quoted(token.substring(0, Math.min(2, token.length())));
      throw new TokenRejection(
          ROOM_TOKEN_VERSION_ERROR, "token must start with \"04\", found " + found);
    }
    if (token.length() > MAX_TOKEN_CHARS) {
      throw new TokenRejection(
          ROOM_ERROR_AUTHENTICATION_FAILED,
          "token is "
              + token.length()
              + " characters; no Token04 is longer than "
              + MAX_TOKEN_CHARS);
    }
    Token04Envelope envelope = Token04Envelope.parse(base64Body(token.substring(2)));
    byte[] key = serverSecret == null ? new byte[0] : serverSecret.getBytes(StandardCharsets.UTF_8);
    if (key.length != Token04Layout.KEY_BYTES) {
      throw new TokenRejection(
          ROOM_ERROR_AUTHENTICATION_FAILED,
          "the app's server secret must be "
              + Token04Layout.KEY_BYTES
              + " bytes, is "
              + key.length
              + "; check the server configuration");
    }
    try {
      byte[] plaintext = envelope.layout().open(key, envelope.iv(), envelope.ciphertext());
      String text =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(plaintext)).toString();
      return TokenJson.parseObject(text, "token plaintext");
    } catch (GeneralSecurityException | CharacterCodingException | IllegalArgumentException e) {
      throw new TokenRejection(ROOM_ERROR_AUTHENTICATION_FAILED, UNREADABLE);
    }
  }

  private static byte[] base64Body(String text) throws TokenRejection {
    byte[] body;
    try {
      body = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new TokenRejection(
          ROOM_ERROR_AUTHENTICATION_FAILED,
          "token after \"04\" must be standard Base64: " + e.getMessage());
    }
    // Java also decodes unpadded text and ignores stray low bits; a token has exactly one spelling.
    if (!Base64.getEncoder().encodeToString(body).equals(text)) {
      throw new TokenRejection(
          ROOM_ERROR_AUTHENTICATION_FAILED,
          "token after \"04\" must be canonical standard Base64 with padding");
    }
    return body;
  }

  /** Step 3. */
  private static void checkIdentity(ObjectNode claims, long appId, String userId)
      throws TokenRejection {
    JsonNode app = claims.get("app_id");
    if (app == null || !app.isIntegralNumber()) {
      throw new TokenRejection(
          ROOM_TOKEN_APPID_ERROR,
          "token app_id must be an integer, found " + TokenJson.describe(app));
    }
    if (!app.canConvertToLong() || app.longValue() != appId) {
      throw new TokenRejection(
          ROOM_TOKEN_APPID_ERROR,
          "token is for app " + app.asText() + " but the login is for app " + appId);
    }
    JsonNode user = claims.get("user_id");
    if (user == null || !user.isTextual()) {
      throw new TokenRejection(
          ROOM_TOKEN_USERID_ERROR,
          "token user_id must be a string, found " + TokenJson.describe(user));
    }
    if (!user.textValue().equals(userId)) {
      throw new TokenRejection(
          ROOM_TOKEN_USERID_ERROR,
          "token is for user "
              + quoted(user.textValue())
              + " but the login is for user "
              + quoted(userId));
    }
    JsonNode nonce = claims.get("nonce");
    if (nonce == null || !nonce.isIntegralNumber()) {
      throw new TokenRejection(
          ROOM_TOKEN_NONCETYPE_ERROR,
          "token nonce must be an integer, found " + TokenJson.describe(nonce));
    }
  }

  /** Step 4: the inner expire only; ctime is not read, so a creator's fast clock is tolerated. */
  private static long checkExpire(ObjectNode claims, long nowEpochSeconds) throws TokenRejection {
    JsonNode expire = claims.get("expire");
    if (expire == null || !expire.isIntegralNumber() || !expire.canConvertToLong()) {
      throw new TokenRejection(
          ROOM_TOKEN_EXPIRE_ERROR,
          "token expire must be an int64 number of Unix seconds, "
              + "found "
              + TokenJson.describe(expire));
    }
    if (expire.longValue() <= nowEpochSeconds) {
      throw new TokenRejection(
          ROOM_TOKEN_EXPIRE_ERROR,
          "token expired at "
              + expire.longValue()
              + " (Unix s); the server's time is "
              + nowEpochSeconds);
    }
    return expire.longValue();
  }

  /** Step 5. A missing or null payload is a basic token, like {@code ""}. */
  private static TokenPrivileges privilegesOf(ObjectNode claims) throws TokenRejection {
    JsonNode payload = claims.get("payload");
    if (payload == null || payload.isNull()) {
      return TokenPrivileges.UNRESTRICTED;
    }
    if (!payload.isTextual()) {
      throw new TokenRejection(
          ROOM_TOKEN_FORMAT_ERROR,
          "token payload must be a string holding JSON, found " + TokenJson.describe(payload));
    }
    try {
      return TokenPrivileges.fromPayloadJson(payload.textValue());
    } catch (IllegalArgumentException e) {
      throw new TokenRejection(ROOM_TOKEN_FORMAT_ERROR, e.getMessage());
    }
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
