package io.earshot.engine.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Proves knowledge of the AppSign without sending it (contract §8.1): HMAC-SHA256 keyed with the
 * AppSign's 32 bytes over "nonce:appId:userId:roomId", hex encoded. The nonce comes from the
 * server's hello, so a captured proof is useless on another connection.
 */
public final class AppSignProof {
  private AppSignProof() {}

  public static String compute(
      String appSignHex, String nonce, long appId, String userId, String roomId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HexFormat.of().parseHex(appSignHex), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(
              (nonce + ":" + appId + ":" + userId + ":" + roomId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
    }
  }

  /** Constant-time comparison of a received proof with the expected one. */
  public static boolean matches(
      String appSignHex, String nonce, long appId, String userId, String roomId, String proof) {
    if (proof == null) {
      return false;
    }
    String expected = compute(appSignHex, nonce, appId, userId, roomId);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), proof.getBytes(StandardCharsets.US_ASCII));
  }
}
