package io.earshot.engine.internal.client;

import io.earshot.engine.internal.relay.PlayersLoss;
import io.earshot.engine.internal.relay.PublisherSide;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.DlrrItem;
import io.earshot.engine.internal.rtcp.DlrrReport;
import io.earshot.engine.internal.rtcp.ExtendedReport;
import io.earshot.engine.internal.rtcp.GenericNack;
import io.earshot.engine.internal.rtcp.ReceiverReport;
import io.earshot.engine.internal.rtcp.ReportBlock;
import io.earshot.engine.internal.rtcp.RoundTripTime;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtcp.SenderReport;
import io.earshot.engine.internal.rtcp.XrBlock;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the engine takes from the relay's RTCP (docs/protocol.md §4.3): a leg's SR (for the LSR/DLSR
 * of the engine's RR), the relay's report blocks on published streams (uplink loss and the
 * publisher's round trip), DLRR (the round trip of plays), NACKs for published streams (answered
 * from the sender's history), "ERSQ" (the publisher's side of a play) and "ERSF" (the worst loss
 * among a published stream's players). Malformed compounds are counted and dropped.
 */
final class RelayReportReader {
  private final ClientContext ctx;
  private final ClientReports reports;
  private final Supplier<Collection<PublishSession>> publishes;
  private final Supplier<Collection<PlaySession>> plays;
  long retransmissionsSent;

  RelayReportReader(
      ClientContext ctx,
      ClientReports reports,
      Supplier<Collection<PublishSession>> publishes,
      Supplier<Collection<PlaySession>> plays) {
    this.ctx = ctx;
    this.reports = reports;
    this.publishes = publishes;
    this.plays = plays;
  }

  void onRtcp(byte[] datagram) {
    List<RtcpPacket> packets;
    try {
      packets = RtcpCompoundCodec.decode(datagram);
    } catch (MalformedPacketException e) {
      ctx.counters.malformedDatagrams++;
      return;
    }
    long now = ctx.scheduler.nanoTime();
    for (RtcpPacket packet : packets) {
      if (packet instanceof SenderReport sr) {
        PlaySession play = play(sr.senderSsrc());
        if (play != null) {
          play.receiver.leg.statistics().onSenderReport(sr.ntpTimestamp(), now);
        }
      } else if (packet instanceof ReceiverReport rr) {
        rr.reportBlocks().forEach(this::onBlock);
      } else if (packet instanceof ExtendedReport xr) {
        xr.blocks().forEach(this::onXr);
      } else if (packet instanceof GenericNack nack) {
        PublishSession publish = publish(nack.mediaSsrc());
        if (publish != null && publish.answersNacks) {
          retransmissionsSent += publish.sender.retransmit(nack.missingSequenceNumbers());
        }
      } else if (packet instanceof AppPacket app) {
        onApp(app);
      }
    }
  }

  private void onBlock(ReportBlock block) {
    PublishSession publish = publish(block.ssrc());
    if (publish != null) {
      publish.feedback.onReportBlock(block, reports.ntp.compactNow());
    }
  }

  private void onXr(XrBlock block) {
    if (block instanceof DlrrReport dlrr) {
      for (DlrrItem item : dlrr.items()) {
        if (item.ssrc() == reports.ssrc) {
          RoundTripTime.millis(
                  reports.ntp.compactNow(),
                  item.lastReceiverReport(),
                  item.delaySinceLastReceiverReport())
              .ifPresent(reports.rtt::addSample);
        }
      }
    }
  }

  private void onApp(AppPacket app) {
    PublisherSide.decode(app)
        .ifPresent(
            side -> {
              PlaySession play = play(side.ssrc());
              if (play != null) {
                play.receiver.heard(side);
              }
            });
    PlayersLoss.decode(app)
        .ifPresent(
            loss -> {
              PublishSession publish = publish(loss.ssrc());
              if (publish != null) {
                publish.feedback.onDownlinkLoss(loss.worstLoss());
              }
            });
  }

  private PlaySession play(long ssrc) {
    for (PlaySession s : plays.get()) {
      if (s.receiver != null && s.receiver.ssrc() == ssrc) {
        return s;
      }
    }
    return null;
  }

  private PublishSession publish(long ssrc) {
    for (PublishSession p : publishes.get()) {
      if (p.ssrc == ssrc) {
        return p;
      }
    }
    return null;
  }
}
