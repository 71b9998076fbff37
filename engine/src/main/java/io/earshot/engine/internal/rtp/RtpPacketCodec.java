package io.earshot.engine.internal.rtp;

import java.util.Arrays;
import java.util.Objects;

/**
 * Encodes and decodes RTP packets (RFC 3550 §5.1). Output is always the 12-byte fixed header with
 * V=2 and no padding, extension or CSRCs, because Earshot's media path never needs them; input may
 * carry all three (other stacks and middleboxes add them), which are length-checked and skipped.
 * {@link #decode} does not second-guess the payload type: on a port shared with RTCP, demultiplex
 * with {@link #looksLikeRtp} first.
 *
 * <p>The datagram's bytes are untrusted: any content makes {@link #decode} either return a packet
 * or throw {@link MalformedPacketException}. The array range itself is the caller's, so a null
 * array or a range outside it is a programming error and throws the usual runtime exceptions.
 */
public final class RtpPacketCodec {
  /** Size of the fixed header. */
  public static final int FIXED_HEADER_BYTES = 12;

  private static final int VERSION = 2;

  private RtpPacketCodec() {}

  /** Serialises {@code packet} as a fresh datagram: fixed header followed by the payload. */
  public static byte[] encode(RtpPacket packet) {
    byte[] out = new byte[FIXED_HEADER_BYTES + packet.payloadLength()];
    out[0] = (byte) (VERSION << 6);
    out[1] = (byte) ((packet.marker() ? 0x80 : 0) | packet.payloadType());
    out[2] = (byte) (packet.sequenceNumber() >>> 8);
    out[3] = (byte) packet.sequenceNumber();
    writeUnsigned32(out, 4, packet.timestamp());
    writeUnsigned32(out, 8, packet.ssrc());
    packet.copyPayloadTo(out, FIXED_HEADER_BYTES);
    return out;
  }

  /**
   * Parses {@code length} bytes of {@code datagram} from {@code offset}.
   *
   * @throws MalformedPacketException if the bytes are not a consistent RTP version 2 packet
   */
  public static RtpPacket decode(byte[] datagram, int offset, int length)
      throws MalformedPacketException {
    Objects.checkFromIndexSize(offset, length, datagram.length);
    if (length < FIXED_HEADER_BYTES) {
      throw new MalformedPacketException(
          "expected at least "
              + FIXED_HEADER_BYTES
              + " bytes for the RTP fixed header, found "
              + length);
    }
    int b0 = datagram[offset] & 0xFF;
    int version = b0 >>> 6;
    if (version != VERSION) {
      throw new MalformedPacketException("expected RTP version 2, found version " + version);
    }
    boolean padding = (b0 & 0x20) != 0;
    boolean extension = (b0 & 0x10) != 0;
    int csrcCount = b0 & 0x0F;
    int b1 = datagram[offset + 1] & 0xFF;

    int headerEnd = FIXED_HEADER_BYTES + 4 * csrcCount;
    if (headerEnd > length) {
      throw new MalformedPacketException(
          "CSRC count "
              + csrcCount
              + " needs a header of "
              + headerEnd
              + " bytes, found a datagram of "
              + length
              + " bytes");
    }
    if (extension) {
      headerEnd = skipExtension(datagram, offset, length, headerEnd);
    }
    int payloadEnd = length;
    if (padding) {
      payloadEnd = stripPadding(datagram, offset, length, headerEnd);
    }
    return new RtpPacket(
        (b1 & 0x80) != 0,
        b1 & 0x7F,
        readUnsigned16(datagram, offset + 2),
        readUnsigned32(datagram, offset + 4),
        readUnsigned32(datagram, offset + 8),
        Arrays.copyOfRange(datagram, offset + headerEnd, offset + payloadEnd));
  }

  /**
   * Cheap demultiplexing test (RFC 5761 §4): version 2, at least a fixed header long, and a second
   * byte whose low 7 bits are outside 64..95. RTCP packet types 192..223 land exactly in that range
   * (in practice SR/RR/SDES/BYE/APP are 200..204), so anything there is RTCP, not RTP. Never throws
   * for any content of the range.
   */
  public static boolean looksLikeRtp(byte[] d, int off, int len) {
    Objects.checkFromIndexSize(off, len, d.length);
    if (len < FIXED_HEADER_BYTES || (d[off] & 0xC0) != (VERSION << 6)) {
      return false;
    }
    int pt = d[off + 1] & 0x7F;
    return pt < 64 || pt > 95;
  }

  private static int skipExtension(byte[] d, int offset, int length, int extStart)
      throws MalformedPacketException {
    if (extStart + 4 > length) {
      throw new MalformedPacketException(
          "X bit set: expected a 4-byte extension header at byte "
              + extStart
              + ", found a datagram of "
              + length
              + " bytes");
    }
    int words = readUnsigned16(d, offset + extStart + 2);
    int extEnd = extStart + 4 + 4 * words;
    if (extEnd > length) {
      throw new MalformedPacketException(
          "header extension of "
              + words
              + " words needs "
              + extEnd
              + " bytes, found a datagram of "
              + length
              + " bytes");
    }
    return extEnd;
  }

  private static int stripPadding(byte[] d, int offset, int length, int headerEnd)
      throws MalformedPacketException {
    int pad = d[offset + length - 1] & 0xFF;
    int available = length - headerEnd;
    // The count includes the count byte itself (RFC 3550 §5.1), so zero can never be valid.
    if (pad == 0 || pad > available) {
      throw new MalformedPacketException(
          "P bit set: expected a padding count in 1.."
              + available
              + " (bytes after the "
              + headerEnd
              + "-byte header), found "
              + pad);
    }
    return length - pad;
  }

  private static int readUnsigned16(byte[] d, int i) {
    return ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
  }

  private static long readUnsigned32(byte[] d, int i) {
    return ((long) (d[i] & 0xFF) << 24)
        | ((d[i + 1] & 0xFF) << 16)
        | ((d[i + 2] & 0xFF) << 8)
        | (d[i + 3] & 0xFF);
  }

  private static void writeUnsigned32(byte[] d, int i, long v) {
    d[i] = (byte) (v >>> 24);
    d[i + 1] = (byte) (v >>> 16);
    d[i + 2] = (byte) (v >>> 8);
    d[i + 3] = (byte) v;
  }
}
