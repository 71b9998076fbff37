package io.earshot.engine.token;

import static io.earshot.engine.ErrorCode.ROOM_ERROR_AUTHENTICATION_FAILED;

import java.nio.ByteBuffer;

/**
 * The binary body of a Token04 between the {@code "04"} prefix's Base64 and the cipher (contract
 * §8.3): outer expire, length-prefixed IV or nonce, length-prefixed ciphertext (for GCM followed by
 * its tag), and for GCM the mode byte. All integers big-endian. Arrays are shared, not copied:
 * package use only.
 *
 * @param outerExpire the unauthenticated copy of {@code expire}; informational, never trusted
 * @param ciphertext for GCM, the ciphertext followed by the 16-byte tag
 */
record Token04Envelope(Token04Layout layout, long outerExpire, byte[] iv, byte[] ciphertext) {
  /** The largest value of a uint16 length field. */
  static final int MAX_FIELD_BYTES = 0xFFFF;

  private static final int HEADER_BYTES = 8 + 2;

  /**
   * The longest possible body: CBC, whose 16-byte IV outweighs GCM's 12-byte nonce plus mode byte.
   */
  static final int MAX_BYTES = HEADER_BYTES + 16 + 2 + MAX_FIELD_BYTES;

  byte[] toBytes() {
    int trailer = layout == Token04Layout.GCM ? 1 : 0;
    ByteBuffer out =
        ByteBuffer.allocate(HEADER_BYTES + iv.length + 2 + ciphertext.length + trailer);
    out.putLong(outerExpire).putShort((short) iv.length).put(iv);
    out.putShort((short) ciphertext.length).put(ciphertext);
    if (trailer == 1) {
      out.put(Token04Layout.GCM_MODE_BYTE);
    }
    return out.array();
  }

  /**
   * Reads a body and tells the layouts apart by what follows the ciphertext: nothing is CBC,
   * exactly one byte is the mode byte, which must be 1 (GCM). The IV length must then be the
   * layout's.
   *
   * @throws TokenRejection with 1002033 naming what was expected and what was found
   */
  static Token04Envelope parse(byte[] body) throws TokenRejection {
    if (body.length < HEADER_BYTES + 2) {
      throw malformed(
          "token body is "
              + body.length
              + " bytes; even an empty one needs "
              + (HEADER_BYTES + 2)
              + " (expire, IV length, ciphertext length)");
    }
    ByteBuffer in = ByteBuffer.wrap(body);
    long outerExpire = in.getLong();
    int ivLength = Short.toUnsignedInt(in.getShort());
    if (in.remaining() < ivLength + 2) {
      throw malformed(
          "token declares a "
              + ivLength
              + "-byte IV and a ciphertext length, but only "
              + in.remaining()
              + " bytes follow");
    }
    byte[] iv = new byte[ivLength];
    in.get(iv);
    int ciphertextLength = Short.toUnsignedInt(in.getShort());
    if (in.remaining() < ciphertextLength) {
      throw malformed(
          "token declares a "
              + ciphertextLength
              + "-byte ciphertext, but only "
              + in.remaining()
              + " bytes follow");
    }
    byte[] ciphertext = new byte[ciphertextLength];
    in.get(ciphertext);
    Token04Layout layout = layoutOfTrailer(in);
    if (ivLength != layout.ivLength()) {
      throw malformed(
          "a " + layout + " token needs a " + layout.ivLength() + "-byte IV, found " + ivLength);
    }
    if (layout == Token04Layout.CBC && (ciphertextLength == 0 || ciphertextLength % 16 != 0)) {
      throw malformed(
          "a CBC ciphertext is a positive multiple of 16 bytes, found " + ciphertextLength);
    }
    if (layout == Token04Layout.GCM && ciphertextLength < Token04Layout.GCM_TAG_BYTES) {
      throw malformed(
          "a GCM ciphertext ends with a 16-byte tag, found only " + ciphertextLength + " bytes");
    }
    return new Token04Envelope(layout, outerExpire, iv, ciphertext);
  }

  private static Token04Layout layoutOfTrailer(ByteBuffer in) throws TokenRejection {
    if (in.remaining() == 0) {
      return Token04Layout.CBC;
    }
    if (in.remaining() > 1) {
      throw malformed(
          in.remaining()
              + " bytes follow the ciphertext; expected none (CBC) or one mode byte (GCM)");
    }
    int mode = Byte.toUnsignedInt(in.get());
    if (mode != Token04Layout.GCM_MODE_BYTE) {
      // Mode 0 ("CBC") is named by the vendor but written by no generator: a CBC token ends at its
      // ciphertext. Accepting it would only widen what an attacker can feed to the unauthenticated
      // mode.
      throw malformed("the mode byte after the ciphertext must be 1 (GCM), found " + mode);
    }
    return Token04Layout.GCM;
  }

  private static TokenRejection malformed(String reason) {
    return new TokenRejection(ROOM_ERROR_AUTHENTICATION_FAILED, reason);
  }
}
