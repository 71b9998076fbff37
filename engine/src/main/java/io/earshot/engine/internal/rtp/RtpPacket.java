package io.earshot.engine.internal.rtp;

import java.util.Arrays;

/**
 * One RTP packet as the media path sees it (RFC 3550): the fields Earshot uses plus the payload.
 * The 32-bit unsigned fields are held in {@code long}s so that comparisons and arithmetic never
 * meet Java's signed {@code int}. Truly immutable: the payload is copied on the way in and on the
 * way out; hot paths that only need to read it use {@link #payloadLength()} and {@link
 * #copyPayloadTo(byte[], int)}.
 *
 * @param marker the M bit; for audio it marks the first packet after a silence (talkspurt start)
 * @param payloadType 0..127
 * @param sequenceNumber 0..65535
 * @param timestamp unsigned 32-bit RTP timestamp, 0..2^32-1
 * @param ssrc unsigned 32-bit synchronisation source, 0..2^32-1
 * @param payload the payload bytes, without padding
 */
public record RtpPacket(
    boolean marker,
    int payloadType,
    int sequenceNumber,
    long timestamp,
    long ssrc,
    byte[] payload) {

  /** Largest value of a 32-bit unsigned RTP field. */
  public static final long MAX_UNSIGNED_32 = 0xFFFF_FFFFL;

  /** Validates every field; ranges are the wire widths, so anything outside cannot be encoded. */
  public RtpPacket {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payloadType must be in 0..127, was " + payloadType);
    }
    if (sequenceNumber < 0 || sequenceNumber > 0xFFFF) {
      throw new IllegalArgumentException(
          "sequenceNumber must be in 0..65535, was " + sequenceNumber);
    }
    if (timestamp < 0 || timestamp > MAX_UNSIGNED_32) {
      throw new IllegalArgumentException("timestamp must be in 0..2^32-1, was " + timestamp);
    }
    if (ssrc < 0 || ssrc > MAX_UNSIGNED_32) {
      throw new IllegalArgumentException("ssrc must be in 0..2^32-1, was " + ssrc);
    }
    if (payload == null) {
      throw new IllegalArgumentException("payload must not be null (use an empty array)");
    }
    payload = payload.clone();
  }

  /** A copy of the payload; the record itself cannot be changed through it. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** Payload length in bytes, without copying. */
  public int payloadLength() {
    return payload.length;
  }

  /** Copies the payload into {@code dst} at {@code offset}, without allocating. */
  public void copyPayloadTo(byte[] dst, int offset) {
    System.arraycopy(payload, 0, dst, offset, payload.length);
  }

  // Records compare arrays by identity; two packets with equal bytes are the same packet.
  @Override
  public boolean equals(Object o) {
    return o instanceof RtpPacket p
        && marker == p.marker
        && payloadType == p.payloadType
        && sequenceNumber == p.sequenceNumber
        && timestamp == p.timestamp
        && ssrc == p.ssrc
        && Arrays.equals(payload, p.payload);
  }

  @Override
  public int hashCode() {
    int h = Boolean.hashCode(marker);
    h = 31 * h + payloadType;
    h = 31 * h + sequenceNumber;
    h = 31 * h + Long.hashCode(timestamp);
    h = 31 * h + Long.hashCode(ssrc);
    return 31 * h + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "RtpPacket[marker="
        + marker
        + ", pt="
        + payloadType
        + ", seq="
        + sequenceNumber
        + ", ts="
        + timestamp
        + ", ssrc=0x"
        + Long.toHexString(ssrc)
        + ", payload="
        + payload.length
        + " bytes]";
  }
}
