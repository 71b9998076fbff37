package io.earshot.engine.token;

import static io.earshot.engine.token.Token04GeneratorTest.APP;
import static io.earshot.engine.token.Token04GeneratorTest.KNOWN_CBC;
import static io.earshot.engine.token.Token04GeneratorTest.KNOWN_GCM;
import static io.earshot.engine.token.Token04GeneratorTest.NOW;
import static io.earshot.engine.token.Token04GeneratorTest.ROOM1_NO_PUBLISH;
import static io.earshot.engine.token.Token04GeneratorTest.SECRET;
import static io.earshot.engine.token.Token04GeneratorTest.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokens shaped the way each vendor generator writes them (contract §8.2, §8.3), built by {@link
 * IndependentToken04}, must verify; and the independent writer must reproduce the production
 * generator's known answers byte for byte.
 */
class VendorFormatCompatibilityTest {
  private static final byte[] SEQUENTIAL_IV = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
  };
  private static final byte[] SEQUENTIAL_NONCE = {
    (byte) 0xa0,
    (byte) 0xa1,
    (byte) 0xa2,
    (byte) 0xa3,
    (byte) 0xa4,
    (byte) 0xa5,
    (byte) 0xa6,
    (byte) 0xa7,
    (byte) 0xa8,
    (byte) 0xa9,
    (byte) 0xaa,
    (byte) 0xab
  };

  @Test
  void independentWriterReproducesTheKnownAnswers() {
    String cbcPlaintext = IndependentToken04.plaintext(APP, USER, 0x12345678, NOW, NOW + 3600, "");
    assertEquals(
        KNOWN_CBC, IndependentToken04.cbc(SECRET, SEQUENTIAL_IV, NOW + 3600, cbcPlaintext));
    String gcmPlaintext =
        IndependentToken04.plaintext(APP, USER, 0xDEADBEEF, NOW, NOW + 3600, ROOM1_NO_PUBLISH);
    assertEquals(
        KNOWN_GCM, IndependentToken04.gcm(SECRET, SEQUENTIAL_NONCE, NOW + 3600, gcmPlaintext));
  }

  @Test
  void goStyleCbcVerifies() {
    // Go: struct field order app_id, user_id, ctime, expire, nonce, payload; IV from [0-9a-z];
    // Int31 nonce.
    String plaintext =
        "{\"app_id\":"
            + APP
            + ",\"user_id\":\"alice\",\"ctime\":"
            + NOW
            + ",\"expire\":"
            + (NOW + 3600)
            + ",\"nonce\":1298498081,\"payload\":\"\"}";
    String token =
        IndependentToken04.cbc(
            SECRET, "k3n0x9a7b1q2w8e5".getBytes(StandardCharsets.US_ASCII), NOW + 3600, plaintext);
    TokenVerification v = Token04Verifier.verifyLogin(token, APP, USER, "room1", SECRET, NOW);
    assertEquals(0, v.code(), v.reason());
    assertEquals(TokenPrivileges.UNRESTRICTED, v.privileges());
  }

  @Test
  void javaStyleCbcWithHashOrderedFieldsAndPrivilegePayloadVerifies() {
    // The vendor's Java generator uses a hash map (field order not fixed), any-byte IVs, a negative
    // nonce
    // possible, and the rtc-room sample's payload with a Go-marshalled privilege map.
    String payload =
        "{\"room_id\":\"room1\",\"privilege\":{\"1\":1,\"2\":1},\"stream_id_list\":[\"alice-main\"]}";
    String plaintext =
        "{\"payload\":\""
            + payload.replace("\"", "\\\"")
            + "\",\"ctime\":"
            + NOW
            + ",\"nonce\":-1731382393,"
            + "\"user_id\":\"alice\",\"app_id\":"
            + APP
            + ",\"expire\":"
            + (NOW + 86_400)
            + "}";
    byte[] iv = {(byte) 0xff, 0x00, (byte) 0x80, 0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    TokenVerification v =
        Token04Verifier.verifyLogin(
            IndependentToken04.cbc(SECRET, iv, NOW + 86_400, plaintext),
            APP,
            USER,
            "room1",
            SECRET,
            NOW);
    assertEquals(0, v.code(), v.reason());
    assertEquals(new TokenPrivileges("room1", true, true, List.of("alice-main")), v.privileges());
    assertEquals(0, Token04Verifier.checkPublish(v.privileges(), "alice-main"));
    assertEquals(1003072, Token04Verifier.checkPublish(v.privileges(), "alice-other"));
  }

  @Test
  void nodeStyleGcmVerifies() {
    // Node: JSON.stringify order app_id, user_id, nonce, ctime, expire, payload; randomBytes(12);
    // mode byte 1.
    String plaintext = IndependentToken04.plaintext(APP, USER, -2147483648L, NOW, NOW + 600, "");
    byte[] nonce = {
      0x11,
      0x22,
      0x33,
      0x44,
      0x55,
      0x66,
      0x77,
      (byte) 0x88,
      (byte) 0x99,
      (byte) 0xaa,
      (byte) 0xbb,
      0
    };
    TokenVerification v =
        Token04Verifier.verifyLogin(
            IndependentToken04.gcm(SECRET, nonce, NOW + 600, plaintext),
            APP,
            USER,
            "any",
            SECRET,
            NOW);
    assertEquals(0, v.code(), v.reason());
    assertEquals(NOW + 600, v.expireEpochSeconds());
  }

  @Test
  void productionTokensDecryptWithTheIndependentReader() {
    for (Token04Layout layout : Token04Layout.values()) {
      String token =
          Token04Generator.generate(
              APP,
              USER,
              SECRET,
              90,
              "{\"room_id\":\"r\"}",
              NOW,
              layout,
              new FixedRandomBytes(99, 3));
      String expected =
          IndependentToken04.plaintext(APP, USER, 99, NOW, NOW + 90, "{\"room_id\":\"r\"}");
      assertEquals(expected, IndependentToken04.decrypt(SECRET, token), layout.name());
    }
  }
}
