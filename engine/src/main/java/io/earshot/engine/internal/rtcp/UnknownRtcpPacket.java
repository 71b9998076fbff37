package io.earshot.engine.internal.rtcp;

import java.util.Arrays;

/**
 * An RTCP packet of a type Earshot does not interpret (payload-specific feedback, transport
 * feedback other than generic NACK, future types). Kept as opaque bytes so a compound decodes whole
 * and re-encodes unchanged instead of failing on a browser's PLI or REMB.
 *
 * @param packetType the PT field, 192..223
 * @param countField the 5-bit field after the padding bit (count, FMT or subtype), 0..31
 * @param body the bytes after the 4-byte header, padding removed; a multiple of 4
 */
public record UnknownRtcpPacket(int packetType, int countField, byte[] body) implements RtcpPacket {

  /** Largest body the 16-bit length field can describe. */
  public static final int MAX_BODY_BYTES = 0x1_0000 * 4 - 4;

  /** Validates the header fields and copies the body. */
  public UnknownRtcpPacket {
    RtcpFields.inRange(packetType, 192, 223, "packetType");
    RtcpFields.inRange(countField, 0, RtcpFields.MAX_COUNT, "countField");
    if (body == null || body.length % 4 != 0 || body.length > MAX_BODY_BYTES) {
      throw new IllegalArgumentException(
          "body must be a multiple of 4 bytes up to "
              + MAX_BODY_BYTES
              + ", was "
              + (body == null ? "null" : body.length + " bytes"));
    }
    body = body.clone();
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  // Records compare arrays by identity; two packets with equal bytes are the same packet.
  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownRtcpPacket p
        && packetType == p.packetType
        && countField == p.countField
        && Arrays.equals(body, p.body);
  }

  @Override
  public int hashCode() {
    return (31 * packetType + countField) * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "UnknownRtcpPacket[pt="
        + packetType
        + ", count="
        + countField
        + ", body="
        + body.length
        + " bytes]";
  }
}
