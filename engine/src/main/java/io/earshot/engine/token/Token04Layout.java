package io.earshot.engine.token;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two binary layouts of a Token04 (contract §8.3) and the cipher each one uses. Both key
 * AES-256 with the 32 bytes of the ServerSecret.
 */
public enum Token04Layout {
  /**
   * AES-256-CBC with PKCS#5 padding and a 16-byte IV; nothing follows the ciphertext. What every
   * vendor generator of 2023 emits; deprecated upstream because nothing authenticates it (see
   * {@link Token04Verifier}).
   */
  CBC(16, "AES/CBC/PKCS5Padding"),
  /**
   * AES-256-GCM with a 12-byte nonce and a 16-byte tag appended to the ciphertext, then the mode
   * byte 1. Recommended upstream; a changed byte anywhere in nonce, ciphertext or tag fails the tag
   * check.
   */
  GCM(12, "AES/GCM/NoPadding");

  static final int KEY_BYTES = 32;
  static final int GCM_TAG_BYTES = 16;

  /**
   * The byte after a GCM ciphertext. The vendor's enum gives CBC the value 0, but no generator
   * writes it.
   */
  static final byte GCM_MODE_BYTE = 1;

  private final int ivLength;
  private final String transformation;

  Token04Layout(int ivLength, String transformation) {
    this.ivLength = ivLength;
    this.transformation = transformation;
  }

  /** Length of the IV (CBC) or nonce (GCM) field, in bytes. */
  public int ivLength() {
    return ivLength;
  }

  byte[] seal(byte[] key, byte[] iv, byte[] plaintext) throws GeneralSecurityException {
    return cipher(Cipher.ENCRYPT_MODE, key, iv).doFinal(plaintext);
  }

  /**
   * Decrypts and, for GCM, checks the tag; a padding or tag failure is a {@link
   * GeneralSecurityException}.
   */
  byte[] open(byte[] key, byte[] iv, byte[] ciphertext) throws GeneralSecurityException {
    return cipher(Cipher.DECRYPT_MODE, key, iv).doFinal(ciphertext);
  }

  private Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
    AlgorithmParameterSpec params =
        this == GCM ? new GCMParameterSpec(GCM_TAG_BYTES * 8, iv) : new IvParameterSpec(iv);
    Cipher cipher = Cipher.getInstance(transformation);
    cipher.init(mode, new SecretKeySpec(key, "AES"), params);
    return cipher;
  }
}
