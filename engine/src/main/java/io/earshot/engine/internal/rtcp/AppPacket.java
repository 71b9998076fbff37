package io.earshot.engine.internal.rtcp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Application-defined packet (RFC 3550 §6.7), carried through unchanged so that Earshot's own APP
 * packets (the relay's "ERSH" bind packet) can share a compound with standard reports.
 *
 * @param subtype the 5-bit subtype field, 0..31
 * @param ssrc SSRC or CSRC of the originator, unsigned 32-bit
 * @param name exactly four characters in 0..255 (RFC 3550: four ASCII characters; each maps to one
 *     byte, so any received name round-trips)
 * @param data application-dependent data, a multiple of 4 bytes
 */
public record AppPacket(int subtype, long ssrc, String name, byte[] data) implements RtcpPacket {

  /** Largest data a single packet can carry: the 16-bit length minus header, SSRC and name. */
  public static final int MAX_DATA_BYTES = 0x1_0000 * 4 - 12;

  /** Validates the fields and copies the data. */
  public AppPacket {
    RtcpFields.inRange(subtype, 0, RtcpFields.MAX_COUNT, "subtype");
    RtcpFields.unsigned32(ssrc, "ssrc");
    if (name == null || name.length() != 4 || !name.chars().allMatch(c -> c <= 0xFF)) {
      throw new IllegalArgumentException("name must be 4 one-byte characters, was " + name);
    }
    if (data == null || data.length % 4 != 0 || data.length > MAX_DATA_BYTES) {
      throw new IllegalArgumentException(
          "data must be a multiple of 4 bytes up to "
              + MAX_DATA_BYTES
              + ", was "
              + (data == null ? "null" : data.length + " bytes"));
    }
    data = data.clone();
  }

  @Override
  public int packetType() {
    return APP;
  }

  /** The name field's four bytes as the four-character name; each byte maps to one character. */
  public static String nameOf(byte[] fourBytes) {
    return new String(fourBytes, StandardCharsets.ISO_8859_1);
  }

  /** The name as the four bytes of the wire field. */
  public byte[] nameBytes() {
    return name.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A copy of the data; the record cannot be changed through it. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  // Records compare arrays by identity; two packets with equal bytes are the same packet.
  @Override
  public boolean equals(Object o) {
    return o instanceof AppPacket p
        && subtype == p.subtype
        && ssrc == p.ssrc
        && name.equals(p.name)
        && Arrays.equals(data, p.data);
  }

  @Override
  public int hashCode() {
    return ((31 * subtype + Long.hashCode(ssrc)) * 31 + name.hashCode()) * 31
        + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "AppPacket[subtype="
        + subtype
        + ", ssrc=0x"
        + Long.toHexString(ssrc)
        + ", name="
        + name
        + ", data="
        + data.length
        + " bytes]";
  }
}
