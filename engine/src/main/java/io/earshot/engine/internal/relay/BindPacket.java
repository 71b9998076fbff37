package io.earshot.engine.internal.relay;

import java.nio.ByteBuffer;
import java.util.OptionalLong;

/**
 * The datagram a client sends to tell the relay which session its media address belongs to: an RTCP
 * APP packet (RFC 3550 §6.7, PT 204) named "ERSH" whose 4 data bytes are the media token from the
 * login answer. Standard tools decode it as RTCP APP. Sent right after login and every second as a
 * keepalive.
 */
public final class BindPacket {
  public static final int LENGTH = 16;
  private static final int NAME = ('E' << 24) | ('R' << 16) | ('S' << 8) | 'H';

  private BindPacket() {}

  public static byte[] encode(long mediaToken) {
    ByteBuffer b = ByteBuffer.allocate(LENGTH);
    b.put((byte) 0x80).put((byte) 204).putShort((short) (LENGTH / 4 - 1));
    b.putInt(0); // SSRC of the sender: the client has none before it publishes
    b.putInt(NAME).putInt((int) mediaToken);
    return b.array();
  }

  /** The media token, or empty if the datagram is not a well-formed bind packet. */
  public static OptionalLong decode(byte[] d) {
    if (d.length != LENGTH || (d[0] & 0xff) != 0x80 || (d[1] & 0xff) != 204) {
      return OptionalLong.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(d);
    if (b.getShort(2) != LENGTH / 4 - 1 || b.getInt(8) != NAME) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(b.getInt(12) & 0xFFFF_FFFFL);
  }

  /**
   * Whether the second byte marks RTCP (RFC 5761: packet types 192–223 never collide with RTP PT
   * 0–95 here).
   */
  public static boolean isRtcp(byte[] d) {
    int pt = d.length > 1 ? d[1] & 0xff : 0;
    return pt >= 192 && pt <= 223;
  }
}
