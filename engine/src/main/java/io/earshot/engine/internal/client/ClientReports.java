package io.earshot.engine.internal.client;

import io.earshot.engine.internal.relay.LevelReport;
import io.earshot.engine.internal.rtcp.ExtendedReport;
import io.earshot.engine.internal.rtcp.GenericNack;
import io.earshot.engine.internal.rtcp.NtpClock;
import io.earshot.engine.internal.rtcp.ReceiverReferenceTime;
import io.earshot.engine.internal.rtcp.ReceiverReport;
import io.earshot.engine.internal.rtcp.ReportBlock;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtcp.SmoothedRoundTrip;
import io.earshot.engine.internal.rtcp.SourceDescription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The RTCP this engine sends (docs/protocol.md §4.3): every second an SR per published stream, its
 * RR with a block per played leg heard since the last one, SDES with its CNAME, an XR receiver
 * reference time (the relay answers with DLRR: the player's round trip) and its "ERSL" levels; and
 * generic NACKs for plays as they fall due. Also the round trip to the relay, shared by every play.
 */
final class ClientReports implements LegFeedback {
  final long ssrc;
  final NtpClock ntp;
  final SmoothedRoundTrip rtt = new SmoothedRoundTrip();
  private final ClientContext ctx;
  private final Supplier<Collection<PublishSession>> publishes;
  private final Supplier<Collection<PlaySession>> plays;
  private final Supplier<LevelReport> levels;
  private final Consumer<byte[]> link;
  private String cname = "earshot";
  long nacksSent;

  ClientReports(
      ClientContext ctx,
      long ssrc,
      Supplier<Collection<PublishSession>> publishes,
      Supplier<Collection<PlaySession>> plays,
      Supplier<LevelReport> levels,
      Consumer<byte[]> link) {
    this.ctx = ctx;
    this.ssrc = ssrc;
    this.ntp = new NtpClock(ctx.scheduler);
    this.publishes = publishes;
    this.plays = plays;
    this.levels = levels;
    this.link = link;
  }

  /** The CNAME of the reports: the user ID (unique in the room), once logged in. */
  void cname(String userId) {
    this.cname = userId;
  }

  /** The packets of this second's report, to go in one compound with the bind. */
  List<RtcpPacket> reports() {
    long now = ctx.scheduler.nanoTime();
    long ntpNow = ntp.now();
    List<RtcpPacket> packets = new ArrayList<>();
    for (PublishSession p : publishes.get()) {
      if (p.sender.sent.packets() > 0) {
        packets.add(p.sender.report(p.ssrc, ntpNow, now));
      }
    }
    List<ReportBlock> blocks = new ArrayList<>();
    for (PlaySession s : plays.get()) {
      if (s.receiver != null && s.receiver.leg.heardSinceReport()) {
        blocks.add(s.receiver.leg.reportBlock(now));
      }
    }
    packets.add(new ReceiverReport(ssrc, blocks));
    packets.add(SourceDescription.cname(ssrc, cname));
    packets.add(new ExtendedReport(ssrc, List.of(new ReceiverReferenceTime(ntpNow))));
    packets.add(levels.get().encode(ssrc));
    return packets;
  }

  @Override
  public int rttMillis() {
    return (int) rtt.millis().orElse(0);
  }

  @Override
  public void nack(long mediaSsrc, List<Integer> sequenceNumbers) {
    nacksSent++;
    link.accept(
        RtcpCompoundCodec.encode(
            List.of(
                new ReceiverReport(ssrc, List.of()),
                GenericNack.of(ssrc, mediaSsrc, sequenceNumbers))));
  }
}
