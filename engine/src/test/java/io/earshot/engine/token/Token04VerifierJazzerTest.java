package io.earshot.engine.token;

import static io.earshot.engine.ErrorCode.PUBLISHER_ERROR_DISPATCH_AUTH_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_ERROR_AUTHENTICATION_FAILED;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_APPID_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_EXPIRE_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_FORMAT_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_NONCETYPE_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_USERID_ERROR;
import static io.earshot.engine.ErrorCode.ROOM_TOKEN_VERSION_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Jazzer target for {@link Token04Verifier#verifyLogin}, which reads the token of every login: it
 * never throws and always answers 0 or one of the contract's token codes. An accepted token gives
 * privileges that allow this login and an expiry after now, and {@link
 * Token04Verifier#checkPublish} agrees with those privileges; a refused one gives neither. The
 * reason for a refused token text never repeats the server secret or the token.
 *
 * <p>Random bytes almost never decrypt, so the first byte of an input says what the rest is: 'c' or
 * 'g' a plaintext that the target seals with the app's secret (CBC or GCM, fixed IV) into an
 * otherwise well-formed token, so the fuzzer reaches the claim and payload checks; anything else
 * the token text itself. (The seeded-garbage {@link Token04VerifierFuzzTest} covers random token
 * text on every build as well.) Seeds: {@code Token04VerifierJazzerTestInputs/verifyLogin/}.
 */
class Token04VerifierJazzerTest {
  static final long APP_ID = 1_234_567_890L;
  static final String USER = "alice";
  static final String ROOM = "room1";
  static final String SECRET = "0123456789abcdef0123456789abcdef";
  static final long NOW = 1_700_000_000L;

  private static final Set<Integer> CODES =
      Set.of(
          0,
          ROOM_ERROR_AUTHENTICATION_FAILED,
          ROOM_TOKEN_APPID_ERROR,
          ROOM_TOKEN_EXPIRE_ERROR,
          ROOM_TOKEN_FORMAT_ERROR,
          ROOM_TOKEN_NONCETYPE_ERROR,
          ROOM_TOKEN_USERID_ERROR,
          ROOM_TOKEN_VERSION_ERROR);

  @FuzzTest
  void verifyLogin(byte[] input) throws GeneralSecurityException {
    if (input.length == 0) {
      return;
    }
    byte mode = input[0];
    byte[] rest = Arrays.copyOfRange(input, 1, input.length);
    String token =
        switch (mode) {
          case 'c' -> seal(Token04Layout.CBC, rest);
          case 'g' -> seal(Token04Layout.GCM, rest);
          default -> new String(rest, StandardCharsets.UTF_8);
        };
    TokenVerification v = Token04Verifier.verifyLogin(token, APP_ID, USER, ROOM, SECRET, NOW);

    assertNotNull(v);
    assertNotNull(v.reason());
    assertTrue(CODES.contains(v.code()), () -> "unexpected code " + v.code() + ": " + v.reason());
    if (v.accepted()) {
      TokenPrivileges p = v.privileges();
      assertNotNull(p);
      assertTrue(p.canLogin());
      assertTrue(p.allowsRoom(ROOM));
      assertTrue(v.expireEpochSeconds() > NOW);
      boolean mayPublish = p.canPublish() && p.allowsStream("s1");
      assertEquals(
          mayPublish ? 0 : PUBLISHER_ERROR_DISPATCH_AUTH_ERROR,
          Token04Verifier.checkPublish(p, "s1"));
    } else {
      assertNull(v.privileges());
      assertEquals(0, v.expireEpochSeconds());
      if (mode != 'c' && mode != 'g') {
        assertFalse(v.reason().contains(SECRET), v.reason());
        assertFalse(token.length() >= 16 && v.reason().contains(token), v.reason());
      }
    }
  }

  /** "04" + Base64 of a well-formed envelope around {@code plaintext} sealed with the secret. */
  static String seal(Token04Layout layout, byte[] plaintext) throws GeneralSecurityException {
    byte[] iv = new byte[layout.ivLength()];
    Arrays.fill(iv, (byte) 7);
    byte[] ciphertext = layout.seal(SECRET.getBytes(StandardCharsets.UTF_8), iv, plaintext);
    if (ciphertext.length > Token04Envelope.MAX_FIELD_BYTES) {
      ciphertext = Arrays.copyOf(ciphertext, Token04Envelope.MAX_FIELD_BYTES);
    }
    byte[] body = new Token04Envelope(layout, NOW + 3600, iv, ciphertext).toBytes();
    return Token04Generator.VERSION + Base64.getEncoder().encodeToString(body);
  }
}
