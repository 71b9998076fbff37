package io.earshot.engine.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.SeededRandom;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Token04GeneratorTest {
  static final long APP = 1234567890L;
  static final String USER = "alice";
  static final String SECRET = "0123456789abcdef0123456789abcdef";
  static final long NOW = 1_700_000_000L;
  static final String ROOM1_NO_PUBLISH =
      "{\"room_id\":\"room1\",\"privilege\":{\"1\":1,\"2\":0},\"stream_id_list\":null}";

  /**
   * Computed outside Java (Python {@code cryptography}, AES-256-CBC/PKCS7) from contract §8.3:
   * nonce 0x12345678, IV 00 01 … 0f, ctime 1700000000, 3600 s, empty payload.
   */
  static final String KNOWN_CBC =
      ""
          + "04AAAAAGVT/xAAEAABAgMEBQYHCAkKCwwNDg8AcJSUIM40IuRdrQTrN+E9Y78K+3fmmUx/j6D6zSXw+afI94bnycdbizvEBHWF+a"
          + "3mxkDt1i0bUZFsP8dgcnlE38fQPDiy1fnc2Gwxa6N8J6Rr71Nbbr2l0U77WHx84DrqbzlAGws3IutNFDlJZL2lx+Q=";

  /**
   * Likewise for AES-256-GCM: nonce 0xDEADBEEF, GCM nonce a0 … ab, payload {@link
   * #ROOM1_NO_PUBLISH}.
   */
  static final String KNOWN_GCM =
      ""
          + "04AAAAAGVT/xAADKChoqOkpaanqKmqqwDNrWvxhs+z+KyeSSXskagHdGVX5Qo+QubXW+zyDUxIZNLNUT/4ouLCsJeRqHgOh7uiGR"
          + "kwyJQn6quMXKIQXIoJurcEVZYCZOoY1CWN+3JqHTr25BzznCmsvODEpULfN5h6qIaovFGsCCatzNimhqYtj86OZqWx4kW1HQ+Cel"
          + "kJzQzFGBe5s2ic1MF8pftNkPgazD1Qp90UAbaS+fmbOg5OEJYl1LLEopPK5v4fr0Elr9k8PRkTyDG1i5+koJY1ehRa7pDyQ6kmGW"
          + "0HYtPlCAE=";

  static String knownCbc() {
    return Token04Generator.generate(
        APP,
        USER,
        SECRET,
        3600,
        "",
        NOW,
        Token04Layout.CBC,
        new FixedRandomBytes(0x12345678, 0x00));
  }

  static String knownGcm() {
    return Token04Generator.generate(
        APP,
        USER,
        SECRET,
        3600,
        ROOM1_NO_PUBLISH,
        NOW,
        Token04Layout.GCM,
        new FixedRandomBytes(0xDEADBEEF, 0xa0));
  }

  @Test
  void knownAnswerCbc() {
    assertEquals(KNOWN_CBC, knownCbc());
    TokenVerification v =
        Token04Verifier.verifyLogin(KNOWN_CBC, APP, USER, "any-room", SECRET, NOW + 1);
    assertEquals(0, v.code(), v.reason());
    assertEquals(TokenPrivileges.UNRESTRICTED, v.privileges());
    assertEquals(NOW + 3600, v.expireEpochSeconds());
  }

  @Test
  void knownAnswerGcm() {
    assertEquals(KNOWN_GCM, knownGcm());
    TokenVerification v =
        Token04Verifier.verifyLogin(KNOWN_GCM, APP, USER, "room1", SECRET, NOW + 1);
    assertEquals(0, v.code(), v.reason());
    assertEquals(new TokenPrivileges("room1", true, false, List.of()), v.privileges());
    assertEquals(NOW + 3600, v.expireEpochSeconds());
  }

  @Test
  void cbcBodyHasTheContractLayout() {
    byte[] body = IndependentToken04.body(knownCbc());
    ByteBuffer b = ByteBuffer.wrap(body);
    assertEquals(NOW + 3600, b.getLong());
    assertEquals(16, b.getShort());
    byte[] iv = new byte[16];
    b.get(iv);
    assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, iv);
    int n = b.getShort() & 0xffff;
    assertEquals(0, n % 16);
    assertEquals(28 + n, body.length, "no trailing byte after a CBC ciphertext");
  }

  @Test
  void gcmBodyHasTheContractLayout() {
    byte[] body = IndependentToken04.body(knownGcm());
    ByteBuffer b = ByteBuffer.wrap(body);
    assertEquals(NOW + 3600, b.getLong());
    assertEquals(12, b.getShort());
    b.position(b.position() + 12);
    int m = b.getShort() & 0xffff;
    String plaintext = IndependentToken04.decrypt(SECRET, knownGcm());
    assertEquals(
        plaintext.length() + 16, m, "ciphertext is as long as the plaintext, plus the 16-byte tag");
    assertEquals(24 + m + 1, body.length);
    assertEquals(1, body[body.length - 1], "mode byte");
  }

  @Test
  void plaintextHasTheSixFieldsInNodeOrder() throws Exception {
    JsonNode json = new ObjectMapper().readTree(IndependentToken04.decrypt(SECRET, knownCbc()));
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("app_id", "user_id", "nonce", "ctime", "expire", "payload"), names);
    assertEquals(APP, json.get("app_id").longValue());
    assertEquals(USER, json.get("user_id").textValue());
    assertEquals(0x12345678, json.get("nonce").intValue());
    assertEquals(NOW, json.get("ctime").longValue());
    assertEquals(NOW + 3600, json.get("expire").longValue());
    assertEquals("", json.get("payload").textValue());
  }

  @Test
  void nullPayloadIsEmpty() {
    String withNull =
        Token04Generator.generate(
            APP,
            USER,
            SECRET,
            3600,
            null,
            NOW,
            Token04Layout.CBC,
            new FixedRandomBytes(0x12345678, 0x00));
    assertEquals(KNOWN_CBC, withNull);
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void seededRandomReproducesTokens(Token04Layout layout) {
    String a =
        Token04Generator.generate(
            APP, USER, SECRET, 60, "", NOW, layout, RandomBytes.from(new SeededRandom(42)));
    String b =
        Token04Generator.generate(
            APP, USER, SECRET, 60, "", NOW, layout, RandomBytes.from(new SeededRandom(42)));
    String c =
        Token04Generator.generate(
            APP, USER, SECRET, 60, "", NOW, layout, RandomBytes.from(new SeededRandom(43)));
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void defaultNextIntIsBigEndianOfFourBytes() {
    RandomBytes r =
        out -> {
          for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (0xf0 + i);
          }
        };
    assertEquals(0xf0f1f2f3, r.nextInt());
  }

  // ---- validation: the vendor generator's codes ----

  private static TokenGenerationException rejected(
      long appId, String userId, String secret, long effective) {
    return assertThrows(
        TokenGenerationException.class,
        () ->
            Token04Generator.generate(
                appId,
                userId,
                secret,
                effective,
                "",
                NOW,
                Token04Layout.GCM,
                new FixedRandomBytes(1, 0)));
  }

  private static void accepted(long appId, String userId, String secret, long effective) {
    Token04Generator.generate(
        appId, userId, secret, effective, "", NOW, Token04Layout.GCM, new FixedRandomBytes(1, 0));
  }

  @Test
  void appIdMustBeANonZeroUint32() {
    for (long bad : new long[] {0, -1, 0x1_0000_0000L, Long.MAX_VALUE, Long.MIN_VALUE}) {
      TokenGenerationException e = rejected(bad, USER, SECRET, 60);
      assertEquals(1, e.code());
      assertTrue(
          e.getMessage().contains("appID must be 1…4294967295")
              && e.getMessage().contains("was " + bad),
          e.getMessage());
    }
    accepted(1, USER, SECRET, 60);
    accepted(0xFFFF_FFFFL, USER, SECRET, 60);
  }

  @Test
  void userIdMustBeOneTo64Characters() {
    assertEquals(3, rejected(APP, null, SECRET, 60).code());
    assertEquals(3, rejected(APP, "", SECRET, 60).code());
    TokenGenerationException e = rejected(APP, "u".repeat(65), SECRET, 60);
    assertEquals(3, e.code());
    assertTrue(e.getMessage().contains("1…64 characters, was 65 characters"), e.getMessage());
    accepted(APP, "u".repeat(64), SECRET, 60);
    accepted(APP, "用户", SECRET, 60);
  }

  @Test
  void secretMustBe32SingleByteCharacters() {
    assertEquals(5, rejected(APP, USER, null, 60).code());
    assertEquals(5, rejected(APP, USER, "", 60).code());
    assertEquals(5, rejected(APP, USER, SECRET.substring(1), 60).code());
    assertEquals(5, rejected(APP, USER, SECRET + "x", 60).code());
    TokenGenerationException e = rejected(APP, USER, "é" + SECRET.substring(1), 60);
    assertEquals(5, e.code());
    assertTrue(e.getMessage().contains("32 characters, 33 bytes"), e.getMessage());
  }

  @Test
  void effectiveTimeMustBePositiveAndFit() {
    assertEquals(6, rejected(APP, USER, SECRET, 0).code());
    assertEquals(6, rejected(APP, USER, SECRET, -5).code());
    TokenGenerationException e = rejected(APP, USER, SECRET, Long.MAX_VALUE);
    assertEquals(6, e.code());
    assertTrue(e.getMessage().contains("int64"), e.getMessage());
    accepted(APP, USER, SECRET, 1);
  }

  @Test
  void checksRunInTheVendorsOrder() {
    assertEquals(1, rejected(0, "", "", 0).code());
    assertEquals(3, rejected(APP, "", "", 0).code());
    assertEquals(5, rejected(APP, USER, "", 0).code());
  }

  @Test
  void payloadTooLargeForTheLengthFieldIsOther() {
    TokenGenerationException e =
        assertThrows(
            TokenGenerationException.class,
            () ->
                Token04Generator.generate(
                    APP,
                    USER,
                    SECRET,
                    60,
                    "x".repeat(70_000),
                    NOW,
                    Token04Layout.CBC,
                    new FixedRandomBytes(1, 0)));
    assertEquals(-1, e.code());
    assertTrue(e.getMessage().contains("65535"), e.getMessage());
  }

  @Test
  void largestPayloadThatFitsStillVerifies() {
    // GCM adds 16 tag bytes; the plaintext's fixed part around the payload is about 100 bytes.
    String payload = "{\"room_id\":\"" + "r".repeat(65_300) + "\"}";
    String token =
        Token04Generator.generate(
            APP, USER, SECRET, 60, payload, NOW, Token04Layout.GCM, new FixedRandomBytes(1, 0));
    assertTrue(token.length() <= Token04Verifier.MAX_TOKEN_CHARS);
    assertEquals(
        0, Token04Verifier.verifyLogin(token, APP, USER, "r".repeat(65_300), SECRET, NOW).code());
  }
}
