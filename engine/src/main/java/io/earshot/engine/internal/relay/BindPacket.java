package io.earshot.engine.internal.relay;

import io.earshot.engine.internal.rtcp.AppPacket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a client binds its media address to its session (docs/protocol.md §2.2): an RTCP APP packet
 * (RFC 3550 §6.7) named "ERSH" carrying the session's media token, a counter that grows with every
 * bind, and the first 16 bytes of HMAC-SHA256 over both, keyed with the session's media secret (128
 * bits, from the login answer). The relay accepts a bind only with a valid proof and a counter
 * above the last one it accepted, so a bind can be neither forged nor replayed. Standard tools
 * decode it as RTCP APP.
 */
public final class BindPacket {
  public static final String NAME = "ERSH";
  public static final int SECRET_BYTES = 16;
  private static final int MAC_BYTES = 16;
  private static final int DATA_BYTES = 4 + 4 + MAC_BYTES;

  /** A bind as it arrived: whose session, which counter, and the proof to check. */
  public record Request(long mediaToken, long counter, byte[] mac) {
    public Request {
      mac = mac.clone();
    }

    /** Whether the proof is right for {@code secret} (constant time). */
    public boolean provenBy(byte[] secret) {
      return MessageDigest.isEqual(mac, BindPacket.mac(secret, mediaToken, counter));
    }
  }

  private BindPacket() {}

  /** The APP packet binding {@code mediaToken} with bind number {@code counter}. */
  public static AppPacket encode(long mediaToken, long counter, byte[] secret) {
    ByteBuffer data = ByteBuffer.allocate(DATA_BYTES);
    data.putInt((int) mediaToken).putInt((int) counter).put(mac(secret, mediaToken, counter));
    return new AppPacket(0, 0, NAME, data.array());
  }

  /** The bind in {@code app}, or empty if it is another APP packet or malformed. */
  public static Optional<Request> decode(AppPacket app) {
    byte[] d = app.data();
    if (!NAME.equals(app.name()) || app.subtype() != 0 || d.length != DATA_BYTES) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(d);
    long token = b.getInt() & 0xFFFF_FFFFL;
    long counter = b.getInt() & 0xFFFF_FFFFL;
    return Optional.of(new Request(token, counter, Arrays.copyOfRange(d, 8, DATA_BYTES)));
  }

  static byte[] mac(byte[] secret, long mediaToken, long counter) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(NAME.getBytes(StandardCharsets.US_ASCII));
      mac.update(ByteBuffer.allocate(8).putInt((int) mediaToken).putInt((int) counter).array());
      return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 with a " + secret.length + "-byte key", e);
    }
  }
}
