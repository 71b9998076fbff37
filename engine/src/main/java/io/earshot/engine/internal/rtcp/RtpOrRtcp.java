package io.earshot.engine.internal.rtcp;

import java.util.Objects;

/**
 * What a datagram on a port shared by RTP and RTCP is (RFC 5761 §4). Both start with version 2; the
 * second byte tells them apart: RTCP packet types 192..223 are what RTP payload types 64..95 would
 * look like with the marker bit set (SR..APP, 200..204, are RTP types 72..76 with the marker),
 * which is why RFC 5761 forbids RTP payload types 64..95 on a multiplexed port. A second byte in
 * 64..95 is therefore neither.
 */
public enum RtpOrRtcp {
  /** An RTP packet: version 2, at least the 12-byte fixed header, a usable payload type. */
  RTP,
  /** An RTCP packet: version 2, at least the 4-byte header, a packet type in 192..223. */
  RTCP,
  /** Anything else: too short, another version, a forbidden payload type, STUN, DTLS, noise. */
  OTHER;

  private static final int RTP_FIXED_HEADER = 12;
  private static final int RTCP_HEADER = 4;

  /** Classifies a whole datagram. */
  public static RtpOrRtcp classify(byte[] datagram) {
    return classify(datagram, 0, datagram.length);
  }

  /**
   * Classifies {@code length} bytes from {@code offset} by their first two bytes only; decoding may
   * still find the packet malformed. Never throws for any content of the range.
   */
  public static RtpOrRtcp classify(byte[] d, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, d.length);
    if (length < RTCP_HEADER || (d[offset] & 0xC0) != 0x80) {
      return OTHER;
    }
    int second = d[offset + 1] & 0xFF;
    if (second >= 192 && second <= 223) {
      return RTCP;
    }
    int payloadType = second & 0x7F;
    if (payloadType >= 64 && payloadType <= 95) {
      return OTHER;
    }
    return length >= RTP_FIXED_HEADER ? RTP : OTHER;
  }
}
