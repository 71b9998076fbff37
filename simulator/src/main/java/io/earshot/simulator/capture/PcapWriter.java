package io.earshot.simulator.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Writes datagrams as a classic pcap file (nanosecond time stamps, magic {@code 0xa1b23c4d}) of raw
 * IPv4 packets (link type 101): each datagram gets an IPv4 header (with its checksum) and a UDP
 * header (checksum 0, which IPv4 allows) between the two endpoints of its capture. Wireshark and
 * tshark read it; RTP and RTCP on arbitrary ports need their heuristics on ({@code -o
 * rtp.heuristic_rtp:TRUE -o rtcp.heuristic_rtcp:TRUE}).
 */
public final class PcapWriter {
  private static final int MAGIC_NANOS = 0xa1b23c4d;
  private static final int LINKTYPE_RAW = 101;
  private static final int SNAPLEN = 65_535;
  private static final int IP_HEADER = 20;
  private static final int UDP_HEADER = 8;

  private PcapWriter() {}

  /** The pcap file of {@code datagrams}, in the order given. */
  public static byte[] write(List<CapturedDatagram> datagrams) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(MAGIC_NANOS).putShort((short) 2).putShort((short) 4);
    header.putInt(0).putInt(0).putInt(SNAPLEN).putInt(LINKTYPE_RAW);
    out.writeBytes(header.array());
    int id = 0;
    for (CapturedDatagram d : datagrams) {
      byte[] packet = ipv4(d, id++);
      int length = Math.min(packet.length, SNAPLEN);
      ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      record.putInt((int) Math.floorDiv(d.epochNanos(), 1_000_000_000L));
      record.putInt((int) Math.floorMod(d.epochNanos(), 1_000_000_000L));
      record.putInt(length).putInt(packet.length);
      out.writeBytes(record.array());
      out.write(packet, 0, length);
    }
    return out.toByteArray();
  }

  private static byte[] ipv4(CapturedDatagram d, int id) {
    byte[] payload = d.data();
    int total = IP_HEADER + UDP_HEADER + payload.length;
    ByteBuffer b = ByteBuffer.allocate(total);
    b.put((byte) 0x45).put((byte) 0).putShort((short) Math.min(total, 0xFFFF));
    b.putShort((short) id).putShort((short) 0x4000);
    b.put((byte) 64).put((byte) 17).putShort((short) 0);
    b.put(d.source().getAddress().getAddress()).put(d.destination().getAddress().getAddress());
    byte[] bytes = b.array();
    int checksum = checksum(bytes, 0, IP_HEADER);
    bytes[10] = (byte) (checksum >>> 8);
    bytes[11] = (byte) checksum;
    ByteBuffer udp = ByteBuffer.wrap(bytes, IP_HEADER, UDP_HEADER + payload.length);
    udp.putShort((short) d.source().getPort()).putShort((short) d.destination().getPort());
    udp.putShort((short) Math.min(UDP_HEADER + payload.length, 0xFFFF)).putShort((short) 0);
    udp.put(payload);
    return bytes;
  }

  /** The Internet checksum (RFC 1071) of {@code length} bytes. */
  static int checksum(byte[] b, int offset, int length) {
    long sum = 0;
    for (int i = 0; i + 1 < length; i += 2) {
      sum += ((b[offset + i] & 0xFF) << 8) | (b[offset + i + 1] & 0xFF);
    }
    if (length % 2 == 1) {
      sum += (b[offset + length - 1] & 0xFF) << 8;
    }
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xFFFF) + (sum >>> 16);
    }
    return (int) (~sum & 0xFFFF);
  }
}
