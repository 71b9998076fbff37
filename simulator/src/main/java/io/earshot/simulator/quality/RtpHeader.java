package io.earshot.simulator.quality;

import java.util.Optional;

/**
 * The fields of an RTP fixed header (RFC 3550 §5.1) the harness reads from datagrams passing
 * through the emulated links: sequence number, timestamp and SSRC. RTCP (payload types 192–223 on
 * the shared port, RFC 5761), the relay's bind packets and anything shorter than 12 bytes or not
 * version 2 are not RTP.
 *
 * @param sequence 0..65535
 * @param timestamp 0..2^32-1
 * @param ssrc 0..2^32-1
 */
public record RtpHeader(int sequence, long timestamp, long ssrc) {
  /** Bytes of the fixed header. */
  public static final int LENGTH = 12;

  /** The header of {@code datagram}, or empty if it is not an RTP packet. */
  public static Optional<RtpHeader> read(byte[] datagram) {
    if (datagram.length < LENGTH || (datagram[0] & 0xC0) != 0x80) {
      return Optional.empty();
    }
    int secondByte = datagram[1] & 0xFF;
    if (secondByte >= 192 && secondByte <= 223) {
      return Optional.empty();
    }
    int sequence = ((datagram[2] & 0xFF) << 8) | (datagram[3] & 0xFF);
    return Optional.of(new RtpHeader(sequence, u32(datagram, 4), u32(datagram, 8)));
  }

  private static long u32(byte[] d, int at) {
    return ((d[at] & 0xFFL) << 24)
        | ((d[at + 1] & 0xFFL) << 16)
        | ((d[at + 2] & 0xFFL) << 8)
        | (d[at + 3] & 0xFFL);
  }
}
