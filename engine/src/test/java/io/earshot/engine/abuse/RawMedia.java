package io.earshot.engine.abuse;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtpOrRtcp;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/** A raw UDP socket towards the relay: binds, RTP and anything else a test wants to send. */
final class RawMedia implements AutoCloseable {
  private final DatagramSocket socket;
  private final InetSocketAddress relay;
  private long bindCounter;

  RawMedia(InetSocketAddress relay, String localIp) throws IOException {
    this.relay = relay;
    this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(localIp), 0));
    socket.setReceiveBufferSize(1 << 18);
  }

  RawMedia(InetSocketAddress relay) throws IOException {
    this(relay, "127.0.0.1");
  }

  InetSocketAddress localAddress() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  void send(byte[] datagram) throws IOException {
    socket.send(new DatagramPacket(datagram, datagram.length, relay));
  }

  /** A bind proven with the session's secret (hex, from its login answer). */
  static byte[] bind(long mediaToken, long counter, String secretHex) {
    return RtcpCompoundCodec.encode(
        BindPacket.encode(mediaToken, counter, HexFormat.of().parseHex(secretHex)));
  }

  /** A bind for {@code mediaToken} whose 16-byte proof is {@code mac} (a guess). */
  static byte[] forgedBind(long mediaToken, long counter, byte[] mac) {
    byte[] data =
        ByteBuffer.allocate(24).putInt((int) mediaToken).putInt((int) counter).put(mac).array();
    return RtcpCompoundCodec.encode(new AppPacket(0, 0, BindPacket.NAME, data));
  }

  /** Binds this socket to a session it knows the secret of. */
  void bindTo(long mediaToken, String secretHex) throws IOException {
    send(bind(mediaToken, ++bindCounter, secretHex));
  }

  static byte[] rtp(long ssrc, int seq, long timestamp, int payloadBytes) {
    byte[] payload = new byte[payloadBytes];
    Arrays.fill(payload, (byte) 0x5A);
    return RtpPacketCodec.encode(new RtpPacket(false, 111, seq & 0xFFFF, timestamp, ssrc, payload));
  }

  /** The next datagram, or null if none arrives within the timeout. */
  byte[] receive(int timeoutMillis) throws IOException {
    socket.setSoTimeout(Math.max(1, timeoutMillis));
    byte[] buf = new byte[65_536];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    try {
      socket.receive(p);
    } catch (SocketTimeoutException e) {
      return null;
    }
    return Arrays.copyOf(buf, p.getLength());
  }

  /**
   * The next RTP datagram, or null if none arrives within the timeout; the relay's RTCP (its
   * reports every second) is passed over.
   */
  byte[] receiveRtp(int timeoutMillis) throws IOException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (true) {
      int left = (int) ((deadline - System.nanoTime()) / 1_000_000L);
      byte[] d = left <= 0 ? null : receive(left);
      if (d == null || RtpOrRtcp.classify(d) == RtpOrRtcp.RTP) {
        return d;
      }
    }
  }

  /** {@code d} with its sequence number cleared (the relay numbers each player's leg itself). */
  static byte[] withoutSequence(byte[] d) {
    byte[] copy = d.clone();
    copy[2] = 0;
    copy[3] = 0;
    return copy;
  }

  /** Counts what arrives until {@code millis} have passed. */
  int drain(int millis) throws IOException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    int n = 0;
    while (true) {
      int left = (int) ((deadline - System.nanoTime()) / 1_000_000L);
      if (left <= 0 || receive(left) == null) {
        return n;
      }
      n++;
    }
  }

  @Override
  public void close() {
    socket.close();
  }
}
