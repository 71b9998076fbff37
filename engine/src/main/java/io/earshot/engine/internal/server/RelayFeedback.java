package io.earshot.engine.internal.server;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.relay.LevelReport;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.ExtendedReport;
import io.earshot.engine.internal.rtcp.GenericNack;
import io.earshot.engine.internal.rtcp.ReceiverReferenceTime;
import io.earshot.engine.internal.rtcp.ReceiverReport;
import io.earshot.engine.internal.rtcp.ReportBlock;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtcp.SenderReport;
import io.earshot.engine.internal.rtcp.SourceDescription;
import io.earshot.engine.internal.rtcp.XrBlock;
import io.earshot.engine.server.DatagramOutput;
import java.util.List;
import java.util.Optional;

/**
 * What the relay takes from a bound session's RTCP (docs/protocol.md §4.3): a publisher's SR (for
 * the LSR/DLSR of the relay's RR), a player's report blocks on its legs (the loss the relay passes
 * to the publisher), XR receiver reference times (answered with DLRR), generic NACKs (answered from
 * the leg's history) and the session's "ERSL" levels. Anything else is counted and ignored.
 */
final class RelayFeedback {
  private final DatagramOutput output;
  private final ServerCounters counters;

  RelayFeedback(DatagramOutput output, ServerCounters counters) {
    this.output = output;
    this.counters = counters;
  }

  void onReports(MediaSession session, List<RtcpPacket> packets, long nowNanos) {
    for (RtcpPacket packet : packets) {
      if (packet instanceof SenderReport sr) {
        Uplink uplink = session.published.get(sr.senderSsrc());
        if (uplink != null) {
          uplink.receiver.statistics().onSenderReport(sr.ntpTimestamp(), nowNanos);
        }
        onBlocks(session, sr.reportBlocks());
      } else if (packet instanceof ReceiverReport rr) {
        onBlocks(session, rr.reportBlocks());
      } else if (packet instanceof ExtendedReport xr) {
        onExtended(session, xr, nowNanos);
      } else if (packet instanceof GenericNack nack) {
        onNack(session, nack);
      } else if (packet instanceof AppPacket app) {
        onApp(session, app);
      } else if (!(packet instanceof SourceDescription)) {
        counters.increment("rtcp.ignored");
      }
    }
  }

  private void onBlocks(MediaSession session, List<ReportBlock> blocks) {
    for (ReportBlock block : blocks) {
      PlayerLeg leg = session.legOf(block.ssrc());
      if (leg != null) {
        leg.reportedLoss = block.fractionLost() / 256.0;
      }
    }
  }

  private void onExtended(MediaSession session, ExtendedReport xr, long nowNanos) {
    for (XrBlock block : xr.blocks()) {
      if (block instanceof ReceiverReferenceTime rrtr) {
        session.clientSsrc = xr.senderSsrc();
        session.hasReference = true;
        session.lastReferenceNtp = rrtr.ntpTimestamp();
        session.lastReferenceArrivalNanos = nowNanos;
      }
    }
  }

  private void onNack(MediaSession session, GenericNack nack) {
    PlayerLeg leg = session.legOf(nack.mediaSsrc());
    if (leg == null || session.mediaAddress == null) {
      counters.increment("rtcp.nack_unknown_stream");
      return;
    }
    for (int seq : nack.missingSequenceNumbers()) {
      byte[] datagram = leg.resend(seq);
      if (datagram == null) {
        counters.increment("rtp.retransmission_missed");
      } else {
        output.send(session.mediaAddress, datagram.clone());
        counters.increment("rtp.retransmitted");
      }
    }
  }

  private void onApp(MediaSession session, AppPacket app) {
    Optional<LevelReport> levels = LevelReport.decode(app);
    if (levels.isPresent()) {
      session.levels = levels.get();
    } else if (!BindPacket.NAME.equals(app.name())) {
      counters.increment("rtcp.app_unknown");
    }
  }
}
