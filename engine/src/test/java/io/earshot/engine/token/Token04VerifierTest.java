package io.earshot.engine.token;

import static io.earshot.engine.token.Token04GeneratorTest.APP;
import static io.earshot.engine.token.Token04GeneratorTest.KNOWN_CBC;
import static io.earshot.engine.token.Token04GeneratorTest.KNOWN_GCM;
import static io.earshot.engine.token.Token04GeneratorTest.NOW;
import static io.earshot.engine.token.Token04GeneratorTest.SECRET;
import static io.earshot.engine.token.Token04GeneratorTest.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class Token04VerifierTest {
  static final int AUTH_FAILED = 1002033;
  static final int FORMAT = 1002075;
  static final int APPID = 1002076;
  static final int USERID = 1002077;
  static final int EXPIRE = 1002078;
  static final int VERSION = 1002079;
  static final int NONCE = 1002080;
  static final int NO_PUBLISH = 1003072;
  static final String OTHER_SECRET = "fedcba9876543210fedcba9876543210";
  static final byte[] IV16 = "cceutxv9vrhfnx0r".getBytes(StandardCharsets.US_ASCII);
  static final byte[] NONCE12 = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2};
  static final String ROOM = "room1";

  private static String token(Token04Layout layout, String payload) {
    return token(layout, payload, NOW, 3600);
  }

  private static String token(Token04Layout layout, String payload, long now, long effective) {
    return Token04Generator.generate(
        APP,
        USER,
        SECRET,
        effective,
        payload,
        now,
        layout,
        new FixedRandomBytes(7, layout.ordinal() * 100));
  }

  private static TokenVerification verify(String token) {
    return verify(token, ROOM);
  }

  private static TokenVerification verify(String token, String room) {
    return Token04Verifier.verifyLogin(token, APP, USER, room, SECRET, NOW + 1);
  }

  /** A token of the given layout around any plaintext, built without the production generator. */
  private static String crafted(Token04Layout layout, String plaintext) {
    return layout == Token04Layout.CBC
        ? IndependentToken04.cbc(SECRET, IV16, NOW + 3600, plaintext)
        : IndependentToken04.gcm(SECRET, NONCE12, NOW + 3600, plaintext);
  }

  private static String claims(
      String appId, String userId, String nonce, String expire, String payload) {
    return "{\"app_id\":"
        + appId
        + ",\"user_id\":"
        + userId
        + ",\"nonce\":"
        + nonce
        + ",\"ctime\":"
        + NOW
        + ",\"expire\":"
        + expire
        + ",\"payload\":"
        + payload
        + "}";
  }

  private static String validClaimsWith(String field, String value) {
    String app = field.equals("app_id") ? value : String.valueOf(APP);
    String user = field.equals("user_id") ? value : "\"" + USER + "\"";
    String nonce = field.equals("nonce") ? value : "17";
    String expire = field.equals("expire") ? value : String.valueOf(NOW + 3600);
    String payload = field.equals("payload") ? value : "\"\"";
    return claims(app, user, nonce, expire, payload);
  }

  private static void assertCode(int expected, TokenVerification v) {
    assertEquals(expected, v.code(), v.reason());
    assertTrue(v.reason() != null && !v.reason().isEmpty());
    if (expected != 0) {
      assertNull(v.privileges());
      assertEquals(0, v.expireEpochSeconds());
      assertFalse(v.accepted());
    }
  }

  // ---- round trips ----

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void roundTripBasicToken(Token04Layout layout) {
    TokenVerification v = verify(token(layout, ""));
    assertCode(0, v);
    assertTrue(v.accepted());
    assertEquals(TokenPrivileges.UNRESTRICTED, v.privileges());
    assertEquals(NOW + 3600, v.expireEpochSeconds());
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void roundTripPrivileges(Token04Layout layout) {
    TokenPrivileges p = new TokenPrivileges(ROOM, true, true, List.of("alice-main", "alice-alt"));
    TokenVerification v = verify(token(layout, p.toPayloadJson()));
    assertCode(0, v);
    assertEquals(p, v.privileges());
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void roundTripNonAsciiUserAndLongestUserId(Token04Layout layout) {
    for (String user : List.of("用户-ü", "u".repeat(64))) {
      String t =
          Token04Generator.generate(
              APP, user, SECRET, 60, "", NOW, layout, new FixedRandomBytes(-1, 250));
      assertCode(0, Token04Verifier.verifyLogin(t, APP, user, ROOM, SECRET, NOW));
    }
  }

  // ---- step 1: version ----

  @Test
  void wrongPrefixIsVersionError() {
    String body = KNOWN_GCM.substring(2);
    for (String t :
        new String[] {"03" + body, "", "0", "4", "00", " 04" + body, "4" + body, "O4" + body}) {
      TokenVerification v = verify(t);
      assertCode(VERSION, v);
      assertTrue(v.reason().startsWith("token must start with \"04\""), v.reason());
    }
    assertCode(VERSION, verify(null));
  }

  @Test
  void versionIsCheckedBeforeAnythingElse() {
    assertCode(
        VERSION, Token04Verifier.verifyLogin("03garbage", 0, null, null, null, Long.MAX_VALUE));
  }

  // ---- step 2: Base64, layout, decryption, JSON ----

  @Test
  void nonBase64IsAuthenticationFailure() {
    for (String t :
        new String[] {
          "04!!!!",
          "04abc$",
          "04 " + KNOWN_CBC.substring(2),
          "04A",
          KNOWN_CBC.substring(0, 40) + "\n" + KNOWN_CBC.substring(40),
          KNOWN_CBC.replace('+', '-').replace('/', '_'),
          KNOWN_CBC + "="
        }) {
      assertCode(AUTH_FAILED, verify(t));
    }
  }

  @Test
  void base64MustBePaddedAndCanonical() {
    assertTrue(KNOWN_CBC.endsWith("="));
    assertCode(AUTH_FAILED, verify(KNOWN_CBC.substring(0, KNOWN_CBC.length() - 1)));
    assertCode(AUTH_FAILED, verify(KNOWN_GCM.substring(0, KNOWN_GCM.length() - 1)));
    // The token ends "CAE=": E carries two unused low bits. "CAF=" decodes to the same bytes in
    // Java,
    // so only the canonical-spelling check can refuse it.
    assertTrue(KNOWN_GCM.endsWith("CAE="));
    String noncanonical = KNOWN_GCM.substring(0, KNOWN_GCM.length() - 2) + "F=";
    assertEquals(
        Arrays.toString(IndependentToken04.body(KNOWN_GCM)),
        Arrays.toString(IndependentToken04.body(noncanonical)));
    TokenVerification v = verify(noncanonical);
    assertCode(AUTH_FAILED, v);
    assertEquals("token after \"04\" must be canonical standard Base64 with padding", v.reason());
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void everyTruncatedBodyIsAuthenticationFailure(Token04Layout layout) {
    byte[] body = IndependentToken04.body(token(layout, ""));
    for (int n = 0; n < body.length; n++) {
      assertCode(AUTH_FAILED, verify(IndependentToken04.token(Arrays.copyOf(body, n))));
    }
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void truncatedTokenStringsFail(Token04Layout layout) {
    String t = token(layout, "");
    assertCode(VERSION, verify(t.substring(0, 0)));
    assertCode(VERSION, verify(t.substring(0, 1)));
    for (int n = 2; n < t.length(); n++) {
      assertCode(AUTH_FAILED, verify(t.substring(0, n)));
    }
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void flippingAnyAuthenticatedByteFailsLogin(Token04Layout layout) {
    // Fixed token: every outcome below is deterministic. CBC: a flip garbles one 16-byte block,
    // which
    // then breaks the JSON or the padding. GCM: the tag covers nonce and ciphertext.
    byte[] body = IndependentToken04.body(token(layout, ""));
    int firstCiphertextByte = 8 + 2 + layout.ivLength() + 2;
    int end = body.length - (layout == Token04Layout.GCM ? 1 : 0);
    for (int i = layout == Token04Layout.GCM ? 10 : firstCiphertextByte; i < end; i++) {
      byte[] tampered = body.clone();
      tampered[i] ^= 0x01;
      assertCode(AUTH_FAILED, verify(IndependentToken04.token(tampered)));
    }
  }

  @Test
  void cbcIsNotAuthenticatedSoAnIvFlipRewritesTheFirstBlock() {
    // Documents the weakness the vendor deprecated CBC for: XOR on IV byte k is XOR on plaintext
    // byte k.
    // The plaintext starts {"app_id":1234567890 so byte 10 is '1'. The checks still see the changed
    // field.
    byte[] body = IndependentToken04.body(KNOWN_CBC);
    body[10 + 10] ^= '1' ^ '2';
    TokenVerification v =
        Token04Verifier.verifyLogin(IndependentToken04.token(body), APP, USER, ROOM, SECRET, NOW);
    assertCode(APPID, v);
    assertTrue(v.reason().contains("2234567890"), v.reason());
    byte[] brace = IndependentToken04.body(KNOWN_CBC);
    brace[10] ^= 0x01; // '{' becomes 'z'
    assertCode(AUTH_FAILED, verify(IndependentToken04.token(brace)));
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void tokenSignedWithAnotherSecretFails(Token04Layout layout) {
    String t = token(layout, "");
    TokenVerification v = Token04Verifier.verifyLogin(t, APP, USER, ROOM, OTHER_SECRET, NOW + 1);
    assertCode(AUTH_FAILED, v);
  }

  @Test
  void misconfiguredServerSecretFailsWithoutThrowing() {
    for (String secret :
        new String[] {null, "", "short", SECRET + "x", "é" + SECRET.substring(1)}) {
      TokenVerification v = Token04Verifier.verifyLogin(KNOWN_GCM, APP, USER, ROOM, secret, NOW);
      assertCode(AUTH_FAILED, v);
      assertTrue(v.reason().contains("server secret must be 32 bytes"), v.reason());
    }
  }

  @Test
  void gcmModeByteRemovedChangedOrDoubledFails() {
    byte[] body = IndependentToken04.body(KNOWN_GCM);
    // removed: looks like CBC, but with a 12-byte IV
    TokenVerification removed =
        verify(IndependentToken04.token(Arrays.copyOf(body, body.length - 1)));
    assertCode(AUTH_FAILED, removed);
    assertTrue(
        removed.reason().contains("a CBC token needs a 16-byte IV, found 12"), removed.reason());
    for (int mode : new int[] {0, 2, 0x81, 0xff}) {
      byte[] changed = body.clone();
      changed[changed.length - 1] = (byte) mode;
      TokenVerification v = verify(IndependentToken04.token(changed));
      assertCode(AUTH_FAILED, v);
      assertTrue(v.reason().contains("must be 1 (GCM), found " + mode), v.reason());
    }
    byte[] doubled = Arrays.copyOf(body, body.length + 1);
    doubled[doubled.length - 1] = 1;
    assertCode(AUTH_FAILED, verify(IndependentToken04.token(doubled)));
  }

  @Test
  void cbcWithATrailingByteFails() {
    byte[] body = IndependentToken04.body(KNOWN_CBC);
    for (int mode : new int[] {0, 1}) {
      byte[] withMode = Arrays.copyOf(body, body.length + 1);
      withMode[withMode.length - 1] = (byte) mode;
      assertCode(AUTH_FAILED, verify(IndependentToken04.token(withMode)));
    }
  }

  @Test
  void inconsistentLengthsFail() {
    ByteBuffer b = ByteBuffer.allocate(8 + 2 + 16 + 2 + 32);
    b.putLong(NOW + 3600)
        .putShort((short) 16)
        .put(IV16)
        .putShort((short) 48); // declares more than follows
    assertCode(AUTH_FAILED, verify(IndependentToken04.token(b.array())));
    ByteBuffer odd = ByteBuffer.allocate(8 + 2 + 16 + 2 + 20);
    odd.putLong(NOW + 3600)
        .putShort((short) 16)
        .put(IV16)
        .putShort((short) 20); // not whole AES blocks
    TokenVerification v = verify(IndependentToken04.token(odd.array()));
    assertCode(AUTH_FAILED, v);
    assertTrue(v.reason().contains("multiple of 16"), v.reason());
    ByteBuffer shortTag = ByteBuffer.allocate(8 + 2 + 12 + 2 + 15 + 1);
    shortTag
        .putLong(NOW)
        .putShort((short) 12)
        .put(NONCE12)
        .putShort((short) 15)
        .position(shortTag.capacity() - 1);
    shortTag.put((byte) 1);
    assertCode(AUTH_FAILED, verify(IndependentToken04.token(shortTag.array())));
    ByteBuffer hugeIv = ByteBuffer.allocate(12);
    hugeIv.putLong(0).putShort((short) 0xffff);
    assertCode(AUTH_FAILED, verify(IndependentToken04.token(hugeIv.array())));
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void plaintextThatIsNotAJsonObjectFails(Token04Layout layout) {
    String unreadable =
        Token04Verifier.verifyLogin(token(layout, ""), APP, USER, ROOM, OTHER_SECRET, NOW).reason();
    for (String plaintext :
        new String[] {
          "hello",
          "",
          "[1,2]",
          "\"str\"",
          "42",
          "null",
          validClaimsWith("nonce", "1") + " x",
          validClaimsWith("nonce", "1") + "{}",
          "{\"app_id\":1,\"app_id\":"
              + APP
              + ",\"user_id\":\"alice\",\"nonce\":1,\"expire\":"
              + (NOW + 9)
              + "}"
        }) {
      TokenVerification v = verify(crafted(layout, plaintext));
      assertCode(AUTH_FAILED, v);
      assertEquals(
          unreadable, v.reason(), "a wrong key and a non-JSON plaintext must be indistinguishable");
    }
  }

  @Test
  void plaintextThatIsNotUtf8Fails() {
    byte[] latin1 =
        validClaimsWith("user_id", "\"ali\u00e7e\"").getBytes(StandardCharsets.ISO_8859_1);
    String t = IndependentToken04.gcm(SECRET, NONCE12, NOW + 3600, latin1, new byte[] {1});
    assertCode(AUTH_FAILED, verify(t));
  }

  @Test
  void hugeTokenIsRejectedWithoutDecoding() {
    TokenVerification v = verify("04" + "A".repeat(5_000_000));
    assertCode(AUTH_FAILED, v);
    assertTrue(
        v.reason().contains("no Token04 is longer than " + Token04Verifier.MAX_TOKEN_CHARS),
        v.reason());
  }

  // ---- step 3: identity ----

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void wrongAppIsAppIdError(Token04Layout layout) {
    TokenVerification v =
        Token04Verifier.verifyLogin(token(layout, ""), APP + 1, USER, ROOM, SECRET, NOW);
    assertCode(APPID, v);
    assertEquals("token is for app 1234567890 but the login is for app 1234567891", v.reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"1234567890\"",
        "1234567890.0",
        "1.23456789E9",
        "null",
        "true",
        "[1234567890]",
        "123456789012345678901234567890"
      })
  void appIdThatIsNotAnIntegerIsAppIdError(String value) {
    assertCode(APPID, verify(crafted(Token04Layout.GCM, validClaimsWith("app_id", value))));
  }

  @Test
  void missingAppIdIsAppIdError() {
    String plaintext =
        "{\"user_id\":\"alice\",\"nonce\":1,\"expire\":" + (NOW + 60) + ",\"payload\":\"\"}";
    assertCode(APPID, verify(crafted(Token04Layout.CBC, plaintext)));
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void wrongUserIsUserIdError(Token04Layout layout) {
    TokenVerification v =
        Token04Verifier.verifyLogin(token(layout, ""), APP, "bob", ROOM, SECRET, NOW);
    assertCode(USERID, v);
    assertEquals("token is for user \"alice\" but the login is for user \"bob\"", v.reason());
    assertCode(
        USERID, Token04Verifier.verifyLogin(token(layout, ""), APP, null, ROOM, SECRET, NOW));
    assertCode(
        USERID, Token04Verifier.verifyLogin(token(layout, ""), APP, "Alice", ROOM, SECRET, NOW));
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "null", "[\"alice\"]", "{\"id\":\"alice\"}", "true"})
  void userIdThatIsNotAStringIsUserIdError(String value) {
    assertCode(USERID, verify(crafted(Token04Layout.GCM, validClaimsWith("user_id", value))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"17\"", "1.5", "17.0", "1e3", "null", "true", "[17]"})
  void nonceThatIsNotAnIntegerIsNonceError(String value) {
    TokenVerification v = verify(crafted(Token04Layout.GCM, validClaimsWith("nonce", value)));
    assertCode(NONCE, v);
    assertTrue(v.reason().startsWith("token nonce must be an integer, found"), v.reason());
  }

  @Test
  void nonceOfAnyIntegerSizeIsAccepted() {
    for (String nonce :
        new String[] {
          "0", "-2147483648", "2147483647", "-1", "9223372036854775807", "123456789012345678901234"
        }) {
      assertCode(0, verify(crafted(Token04Layout.CBC, validClaimsWith("nonce", nonce))));
    }
  }

  @Test
  void missingNonceIsNonceError() {
    String plaintext =
        "{\"app_id\":" + APP + ",\"user_id\":\"alice\",\"expire\":" + (NOW + 60) + "}";
    assertCode(NONCE, verify(crafted(Token04Layout.GCM, plaintext)));
  }

  // ---- step 4: expiry ----

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void expiredInnerTimeWinsOverAForgedOuterExpire(Token04Layout layout) {
    String expired = token(layout, "", NOW - 7200, 3600); // inner expire = NOW - 3600
    byte[] body = IndependentToken04.body(expired);
    ByteBuffer.wrap(body).putLong(NOW + 365L * 24 * 3600); // the outer copy says "valid for a year"
    TokenVerification v = verify(IndependentToken04.token(body));
    assertCode(EXPIRE, v);
    assertEquals(
        "token expired at " + (NOW - 3600) + " (Unix s); the server's time is " + (NOW + 1),
        v.reason());
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void aStaleOuterExpireIsIgnored(Token04Layout layout) {
    byte[] body = IndependentToken04.body(token(layout, ""));
    ByteBuffer.wrap(body).putLong(0);
    assertCode(0, verify(IndependentToken04.token(body)));
  }

  @Test
  void expireBoundary() {
    String t = token(Token04Layout.GCM, "", NOW, 60);
    assertCode(0, Token04Verifier.verifyLogin(t, APP, USER, ROOM, SECRET, NOW + 59));
    assertCode(EXPIRE, Token04Verifier.verifyLogin(t, APP, USER, ROOM, SECRET, NOW + 60));
    assertCode(EXPIRE, Token04Verifier.verifyLogin(t, APP, USER, ROOM, SECRET, Long.MAX_VALUE));
  }

  @Test
  void ctimeIsNotChecked() {
    String future =
        token(Token04Layout.CBC, "", NOW + 86_400, 60); // created "tomorrow" by a fast clock
    assertCode(0, Token04Verifier.verifyLogin(future, APP, USER, ROOM, SECRET, NOW));
    String plaintext =
        "{\"app_id\":"
            + APP
            + ",\"user_id\":\"alice\",\"nonce\":1,\"ctime\":\"whenever\",\"expire\":"
            + (NOW + 60)
            + ",\"payload\":\"\"}";
    assertCode(0, verify(crafted(Token04Layout.GCM, plaintext)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"1800000000\"",
        "1.8E9",
        "1800000000.5",
        "null",
        "true",
        "{}",
        "99999999999999999999999999"
      })
  void expireThatIsNotAnInt64IsExpireError(String value) {
    TokenVerification v = verify(crafted(Token04Layout.GCM, validClaimsWith("expire", value)));
    assertCode(EXPIRE, v);
    assertTrue(v.reason().startsWith("token expire must be an int64"), v.reason());
  }

  @Test
  void missingExpireIsExpireError() {
    String plaintext =
        "{\"app_id\":" + APP + ",\"user_id\":\"alice\",\"nonce\":1,\"payload\":\"\"}";
    assertCode(EXPIRE, verify(crafted(Token04Layout.CBC, plaintext)));
  }

  // ---- step 5: payload format ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "{",
        "[]",
        "[1]",
        "42",
        "\"room1\"",
        " ",
        "null",
        "{\"room_id\":\"r\"} x",
        "{\"room_id\":\"a\",\"room_id\":\"b\"}",
        "{\"room_id\":5}",
        "{\"privilege\":[1,1]}",
        "{\"privilege\":{\"1\":\"yes\"}}",
        "{\"privilege\":{\"1\":2}}",
        "{\"privilege\":{\"2\":1.0}}",
        "{\"privilege\":{\"2\":true}}",
        "{\"stream_id_list\":\"s1\"}",
        "{\"stream_id_list\":[1]}",
        "{\"stream_id_list\":[null]}"
      })
  void payloadThatIsNotPrivilegeJsonIsFormatError(String payload) {
    for (Token04Layout layout : Token04Layout.values()) {
      assertCode(FORMAT, verify(token(layout, payload)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "{}", "[\"\"]", "true"})
  void payloadThatIsNotAStringIsFormatError(String value) {
    assertCode(FORMAT, verify(crafted(Token04Layout.GCM, validClaimsWith("payload", value))));
  }

  @Test
  void missingOrNullPayloadIsABasicToken() {
    String missing =
        "{\"app_id\":" + APP + ",\"user_id\":\"alice\",\"nonce\":1,\"expire\":" + (NOW + 60) + "}";
    TokenVerification v = verify(crafted(Token04Layout.CBC, missing));
    assertCode(0, v);
    assertEquals(TokenPrivileges.UNRESTRICTED, v.privileges());
    assertCode(0, verify(crafted(Token04Layout.GCM, validClaimsWith("payload", "null"))));
  }

  // ---- step 6: login privileges ----

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void wrongRoomIsAuthenticationFailure(Token04Layout layout) {
    String t = token(layout, new TokenPrivileges(ROOM, true, true, List.of()).toPayloadJson());
    TokenVerification v = verify(t, "room2");
    assertCode(AUTH_FAILED, v);
    assertEquals("token is for room \"room1\" but the login is for room \"room2\"", v.reason());
    assertCode(AUTH_FAILED, verify(t, null));
    assertCode(AUTH_FAILED, verify(t, ""));
    assertCode(0, verify(t, ROOM));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "{\"room_id\":\"\"}",
        "{\"room_id\":null}",
        "{\"privilege\":{}}",
        "{\"privilege\":null,\"stream_id_list\":null}",
        "{\"privilege\":{\"1\":1,\"3\":0},\"future\":true}"
      })
  void emptyOrAbsentRoomAllowsAnyRoom(String payload) {
    String t = token(Token04Layout.GCM, payload);
    for (String room : new String[] {ROOM, "room2", "x"}) {
      assertCode(0, verify(t, room));
    }
  }

  @ParameterizedTest
  @EnumSource(Token04Layout.class)
  void loginPrivilegeZeroIsAuthenticationFailure(Token04Layout layout) {
    TokenVerification v =
        verify(token(layout, "{\"room_id\":\"room1\",\"privilege\":{\"1\":0,\"2\":1}}"));
    assertCode(AUTH_FAILED, v);
    assertEquals("token payload denies login (privilege \"1\": 0)", v.reason());
  }

  // ---- order of the steps ----

  @Test
  void stepsRunInContractOrder() {
    // app before user before nonce before expire before payload before room
    String all = claims("1", "\"bob\"", "\"x\"", "\"never\"", "\"not json\"");
    assertCode(APPID, verify(crafted(Token04Layout.GCM, all)));
    String fromUser = claims(String.valueOf(APP), "\"bob\"", "\"x\"", "\"never\"", "\"not json\"");
    assertCode(USERID, verify(crafted(Token04Layout.GCM, fromUser)));
    String fromNonce =
        claims(String.valueOf(APP), "\"alice\"", "\"x\"", "\"never\"", "\"not json\"");
    assertCode(NONCE, verify(crafted(Token04Layout.GCM, fromNonce)));
    String fromExpire =
        claims(String.valueOf(APP), "\"alice\"", "1", String.valueOf(NOW - 1), "\"not json\"");
    assertCode(EXPIRE, verify(crafted(Token04Layout.GCM, fromExpire)));
    String fromPayload =
        claims(String.valueOf(APP), "\"alice\"", "1", String.valueOf(NOW + 60), "\"not json\"");
    assertCode(FORMAT, verify(crafted(Token04Layout.GCM, fromPayload)));
    String expiredOtherApp = token(Token04Layout.CBC, "", NOW - 7200, 60);
    assertCode(
        APPID, Token04Verifier.verifyLogin(expiredOtherApp, APP + 1, "bob", "room9", SECRET, NOW));
  }

  // ---- step 7: publish ----

  @Test
  void publishPrivilegeZeroIsDispatchAuthError() {
    TokenVerification v = verify(KNOWN_GCM); // {"1":1,"2":0}, room1
    assertCode(0, v);
    assertEquals(NO_PUBLISH, Token04Verifier.checkPublish(v.privileges(), "alice-main"));
  }

  @Test
  void streamListRestrictsPublishing() {
    TokenVerification v = verify(token(Token04Layout.GCM, "{\"stream_id_list\":[\"alice-main\"]}"));
    assertCode(0, v);
    assertEquals(0, Token04Verifier.checkPublish(v.privileges(), "alice-main"));
    assertEquals(NO_PUBLISH, Token04Verifier.checkPublish(v.privileges(), "alice-other"));
    assertEquals(NO_PUBLISH, Token04Verifier.checkPublish(v.privileges(), null));
    assertEquals(NO_PUBLISH, Token04Verifier.checkPublish(v.privileges(), "Alice-main"));
  }

  @Test
  void listedStreamWithPublishDeniedIsStillDenied() {
    TokenPrivileges p = new TokenPrivileges("", true, false, List.of("alice-main"));
    assertEquals(NO_PUBLISH, Token04Verifier.checkPublish(p, "alice-main"));
  }

  @Test
  void unrestrictedOrEmptyListPublishesAnything() {
    assertEquals(0, Token04Verifier.checkPublish(TokenPrivileges.UNRESTRICTED, "anything"));
    assertEquals(0, Token04Verifier.checkPublish(verify(KNOWN_CBC).privileges(), "s1"));
    TokenVerification missingKey =
        verify(token(Token04Layout.CBC, "{\"privilege\":{\"1\":1},\"stream_id_list\":[]}"));
    assertEquals(0, Token04Verifier.checkPublish(missingKey.privileges(), "s1"));
  }

  @Test
  void nullPrivilegesAreRefused() {
    assertEquals(NO_PUBLISH, Token04Verifier.checkPublish(null, "s1"));
  }
}
