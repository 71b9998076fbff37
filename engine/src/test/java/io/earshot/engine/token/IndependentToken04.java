package io.earshot.engine.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A second, minimal Token04 writer and reader built only from contract §8.3 with a raw ByteBuffer
 * and Cipher, sharing no code with the production classes. It stands in for the vendor's generators
 * (which the build cannot download) and lets tests encrypt plaintexts the real generator would
 * never write.
 */
final class IndependentToken04 {
  private IndependentToken04() {}

  /** CBC as the vendor's 2023 Java/Go/Node generators write it: nothing after the ciphertext. */
  static String cbc(String secret, byte[] iv16, long outerExpire, String plaintext) {
    try {
      Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "AES"),
          new IvParameterSpec(iv16));
      byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      ByteBuffer b = ByteBuffer.allocate(8 + 2 + iv16.length + 2 + ct.length);
      b.putLong(outerExpire);
      b.putShort((short) iv16.length);
      b.put(iv16);
      b.putShort((short) ct.length);
      b.put(ct);
      return "04" + Base64.getEncoder().encodeToString(b.array());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** GCM as the vendor's newer Node generator writes it: ciphertext‖tag, then the mode byte. */
  static String gcm(String secret, byte[] nonce12, long outerExpire, String plaintext) {
    return gcm(
        secret, nonce12, outerExpire, plaintext.getBytes(StandardCharsets.UTF_8), new byte[] {1});
  }

  /** GCM with any plaintext bytes and any trailer (normally the single mode byte 1). */
  static String gcm(
      String secret, byte[] nonce12, long outerExpire, byte[] plaintext, byte[] trailer) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "AES"),
          new GCMParameterSpec(128, nonce12));
      byte[] sealed = c.doFinal(plaintext);
      ByteBuffer b =
          ByteBuffer.allocate(8 + 2 + nonce12.length + 2 + sealed.length + trailer.length);
      b.putLong(outerExpire);
      b.putShort((short) nonce12.length);
      b.put(nonce12);
      b.putShort((short) sealed.length);
      b.put(sealed);
      b.put(trailer);
      return "04" + Base64.getEncoder().encodeToString(b.array());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The binary body of a token string (no checks). */
  static byte[] body(String token) {
    return Base64.getDecoder().decode(token.substring(2));
  }

  /** A token string from a binary body. */
  static String token(byte[] body) {
    return "04" + Base64.getEncoder().encodeToString(body);
  }

  /**
   * Decrypts either layout, telling them apart by the trailing byte count, and returns the
   * plaintext.
   */
  static String decrypt(String secret, String token) {
    try {
      ByteBuffer b = ByteBuffer.wrap(body(token));
      b.getLong();
      byte[] iv = new byte[b.getShort() & 0xffff];
      b.get(iv);
      byte[] ct = new byte[b.getShort() & 0xffff];
      b.get(ct);
      boolean gcm = b.remaining() == 1;
      Cipher c = Cipher.getInstance(gcm ? "AES/GCM/NoPadding" : "AES/CBC/PKCS5Padding");
      SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "AES");
      c.init(
          Cipher.DECRYPT_MODE, key, gcm ? new GCMParameterSpec(128, iv) : new IvParameterSpec(iv));
      return new String(c.doFinal(ct), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The plaintext JSON with the six fields in the given order, as a vendor generator would
   * serialise it.
   */
  static String plaintext(
      long appId, String userId, long nonce, long ctime, long expire, String payload) {
    return "{\"app_id\":"
        + appId
        + ",\"user_id\":\""
        + userId
        + "\",\"nonce\":"
        + nonce
        + ",\"ctime\":"
        + ctime
        + ",\"expire\":"
        + expire
        + ",\"payload\":\""
        + payload.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}";
  }
}
