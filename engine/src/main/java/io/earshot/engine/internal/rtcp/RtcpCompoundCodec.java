package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Encodes and decodes RTCP datagrams: one or more packets back to back (RFC 3550 §6.1). Output is
 * never padded. Input is checked as RFC 3550 A.2 does: version 2 on every packet, a packet type in
 * 192..223, length fields that add up to the datagram exactly, padding only on the last packet and
 * in whole words, and bodies that agree with their counts. The order rule for compounds (SR or RR
 * first, SDES CNAME included) is not enforced on decode, because Earshot's bind packet travels as a
 * lone APP; {@link #isStandardCompound} checks it where it matters.
 *
 * <p>The datagram's bytes are untrusted: any content makes {@link #decode} either return packets or
 * throw {@link MalformedPacketException}, and it never allocates more than a small multiple of the
 * input. The array range itself is the caller's; a range outside the array is a programming error.
 */
public final class RtcpCompoundCodec {
  /** Size of the common RTCP header. */
  public static final int HEADER_BYTES = 4;

  private static final int VERSION = 2;

  private RtcpCompoundCodec() {}

  /**
   * Serialises {@code packets} in order into one datagram.
   *
   * @throws IllegalArgumentException if the list is empty
   */
  public static byte[] encode(List<? extends RtcpPacket> packets) {
    if (packets.isEmpty()) {
      throw new IllegalArgumentException("an RTCP datagram needs at least one packet");
    }
    RtcpWriter w = new RtcpWriter();
    for (RtcpPacket p : packets) {
      int start = w.size();
      w.u8((VERSION << 6) | countField(p)).u8(p.packetType()).u16(0);
      writeBody(p, w);
      w.patchU16(start + 2, (w.size() - start) / 4 - 1);
    }
    return w.toByteArray();
  }

  /** Serialises one packet as a datagram of its own. */
  public static byte[] encode(RtcpPacket packet) {
    return encode(List.of(packet));
  }

  /** Parses a whole datagram; see {@link #decode(byte[], int, int)}. */
  public static List<RtcpPacket> decode(byte[] datagram) throws MalformedPacketException {
    return decode(datagram, 0, datagram.length);
  }

  /**
   * Parses {@code length} bytes of {@code datagram} from {@code offset} as a compound RTCP packet.
   *
   * @return the packets in wire order, at least one
   * @throws MalformedPacketException if the bytes are not a consistent RTCP datagram
   */
  public static List<RtcpPacket> decode(byte[] datagram, int offset, int length)
      throws MalformedPacketException {
    Objects.checkFromIndexSize(offset, length, datagram.length);
    if (length < HEADER_BYTES || length % 4 != 0) {
      throw new MalformedPacketException(
          "expected an RTCP datagram of a non-zero multiple of 4 bytes, found "
              + length
              + " bytes");
    }
    List<RtcpPacket> packets = new ArrayList<>();
    int pos = offset;
    int end = offset + length;
    while (pos < end) {
      String name = "RTCP packet " + (packets.size() + 1) + " at byte " + (pos - offset);
      int b0 = datagram[pos] & 0xFF;
      int version = b0 >>> 6;
      if (version != VERSION) {
        throw new MalformedPacketException(name + ": expected version 2, found version " + version);
      }
      int type = datagram[pos + 1] & 0xFF;
      if (type < 192 || type > 223) {
        throw new MalformedPacketException(
            name + ": expected a packet type in 192..223, found " + type);
      }
      int packetBytes = 4 * ((((datagram[pos + 2] & 0xFF) << 8) | (datagram[pos + 3] & 0xFF)) + 1);
      if (packetBytes > end - pos) {
        throw new MalformedPacketException(
            name
                + ": length field says "
                + packetBytes
                + " bytes, found "
                + (end - pos)
                + " bytes left in the datagram");
      }
      int bodyEnd = pos + packetBytes;
      if ((b0 & 0x20) != 0) {
        bodyEnd -= paddingCount(datagram, pos, packetBytes, bodyEnd == end, name);
      }
      RtcpReader body = new RtcpReader(datagram, pos + HEADER_BYTES, bodyEnd, name);
      packets.add(readBody(type, b0 & 0x1F, body));
      pos += packetBytes;
    }
    return List.copyOf(packets);
  }

  /**
   * Whether {@code packets} form a compound as RFC 3550 §6.1 requires of regular RTCP: an SR or RR
   * first, and an SDES packet carrying a non-empty CNAME.
   */
  public static boolean isStandardCompound(List<? extends RtcpPacket> packets) {
    if (packets.isEmpty()
        || !(packets.get(0) instanceof SenderReport || packets.get(0) instanceof ReceiverReport)) {
      return false;
    }
    return packets.stream()
        .anyMatch(
            p ->
                p instanceof SourceDescription s
                    && s.chunks().stream().anyMatch(c -> !c.cname().isEmpty()));
  }

  private static int paddingCount(byte[] d, int pos, int packetBytes, boolean last, String name)
      throws MalformedPacketException {
    if (!last) {
      throw new MalformedPacketException(
          name + ": expected padding only on the last packet of a compound, found the P bit set");
    }
    int pad = d[pos + packetBytes - 1] & 0xFF;
    int available = packetBytes - HEADER_BYTES;
    // RFC 3550 §6.4.1: the count includes itself and keeps the packet word-aligned.
    if (pad == 0 || pad % 4 != 0 || pad > available) {
      throw new MalformedPacketException(
          name
              + ": expected a padding count that is a multiple of 4 in 4.."
              + available
              + ", found "
              + pad);
    }
    return pad;
  }

  private static RtcpPacket readBody(int type, int count, RtcpReader r)
      throws MalformedPacketException {
    switch (type) {
      case RtcpPacket.SR:
        return ReportCodec.readSenderReport(count, r);
      case RtcpPacket.RR:
        return ReportCodec.readReceiverReport(count, r);
      case RtcpPacket.SDES:
        return SdesCodec.read(count, r);
      case RtcpPacket.BYE:
        return ByeCodec.read(count, r);
      case RtcpPacket.APP:
        return new AppPacket(
            count,
            r.u32("the APP SSRC"),
            AppPacket.nameOf(r.bytes(4, "the APP name")),
            r.bytes(r.remaining(), "APP data"));
      case RtcpPacket.XR:
        return XrCodec.read(r);
      default:
        if (type == RtcpPacket.RTPFB && count == GenericNack.FMT) {
          return FeedbackCodec.read(r);
        }
        return new UnknownRtcpPacket(type, count, r.bytes(r.remaining(), "the packet body"));
    }
  }

  private static int countField(RtcpPacket p) {
    if (p instanceof SenderReport sr) {
      return sr.reportBlocks().size();
    } else if (p instanceof ReceiverReport rr) {
      return rr.reportBlocks().size();
    } else if (p instanceof SourceDescription sdes) {
      return sdes.chunks().size();
    } else if (p instanceof Goodbye bye) {
      return bye.ssrcs().size();
    } else if (p instanceof AppPacket app) {
      return app.subtype();
    } else if (p instanceof GenericNack) {
      return GenericNack.FMT;
    } else if (p instanceof UnknownRtcpPacket u) {
      return u.countField();
    }
    return 0; // XR: the field is reserved and must be zero (RFC 3611 §2)
  }

  private static void writeBody(RtcpPacket p, RtcpWriter w) {
    if (p instanceof SenderReport sr) {
      ReportCodec.writeSenderReport(sr, w);
    } else if (p instanceof ReceiverReport rr) {
      ReportCodec.writeReceiverReport(rr, w);
    } else if (p instanceof SourceDescription sdes) {
      SdesCodec.write(sdes, w);
    } else if (p instanceof Goodbye bye) {
      ByeCodec.write(bye, w);
    } else if (p instanceof AppPacket app) {
      w.u32(app.ssrc()).bytes(app.nameBytes()).bytes(app.data());
    } else if (p instanceof GenericNack nack) {
      FeedbackCodec.write(nack, w);
    } else if (p instanceof ExtendedReport xr) {
      XrCodec.write(xr, w);
    } else if (p instanceof UnknownRtcpPacket u) {
      w.bytes(u.body());
    }
  }
}
