package io.earshot.engine.internal.client;

import io.earshot.engine.internal.rtcp.SenderReport;
import io.earshot.engine.internal.rtcp.SentPackets;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sending end of a published stream: packets go to the media link and stay a while for
 * retransmission on a NACK ({@link SentPackets}); counts for the sender report and the quality
 * callbacks.
 */
final class RtpSender {
  private final Consumer<byte[]> transport;
  final SentPackets sent = new SentPackets();

  RtpSender(Consumer<byte[]> transport) {
    this.transport = transport;
  }

  void send(RtpPacket packet, long nowNanos) {
    byte[] datagram = RtpPacketCodec.encode(packet);
    sent.sent(
        datagram, packet.sequenceNumber(), packet.timestamp(), packet.payloadLength(), nowNanos);
    transport.accept(datagram);
  }

  /** Sends again the packets asked for that are still kept; returns how many. */
  int retransmit(List<Integer> sequenceNumbers) {
    int count = 0;
    for (int seq : sequenceNumbers) {
      byte[] datagram = sent.resend(seq);
      if (datagram != null) {
        transport.accept(datagram);
        count++;
      }
    }
    return count;
  }

  SenderReport report(long ssrc, long ntp, long nowNanos) {
    return sent.report(ssrc, ntp, nowNanos);
  }
}
