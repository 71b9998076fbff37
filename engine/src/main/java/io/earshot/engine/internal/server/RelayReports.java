package io.earshot.engine.internal.server;

import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.relay.PlayersLoss;
import io.earshot.engine.internal.relay.PublisherSide;
import io.earshot.engine.internal.rtcp.DlrrItem;
import io.earshot.engine.internal.rtcp.DlrrReport;
import io.earshot.engine.internal.rtcp.ExtendedReport;
import io.earshot.engine.internal.rtcp.NtpClock;
import io.earshot.engine.internal.rtcp.NtpTime;
import io.earshot.engine.internal.rtcp.ReceiverReport;
import io.earshot.engine.internal.rtcp.ReportBlock;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtcp.SenderReport;
import io.earshot.engine.internal.rtcp.SourceDescription;
import io.earshot.engine.scheduling.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RTCP compound the relay sends every second to each bound session (docs/protocol.md §4.3),
 * which is also the session's media-path keepalive (contract §7):
 *
 * <ol>
 *   <li>an SR for each leg the session plays (the relay is the sender of those legs);
 *   <li>the relay's RR with a block for each stream the session publishes (uplink loss before
 *       recovery, jitter, LSR/DLSR: the publisher's round trip);
 *   <li>SDES with the relay's CNAME;
 *   <li>XR DLRR answering the session's last receiver reference time (a player's round trip);
 *   <li>"ERSQ" for each played stream: the publisher's side ({@link PublisherSide});
 *   <li>"ERSF" for each published stream: the worst loss among its players ({@link PlayersLoss}).
 * </ol>
 */
final class RelayReports {
  static final String CNAME = "earshot-relay";
  private static final long HEARTBEAT_NANOS = 2_000_000_000L;

  private final Scheduler scheduler;
  private final NtpClock ntp;

  RelayReports(Scheduler scheduler) {
    this.scheduler = scheduler;
    this.ntp = new NtpClock(scheduler);
  }

  /** The compound for {@code session}; see the class comment for what it carries. */
  byte[] compound(
      MediaSession session,
      Map<String, MediaSession> publishers,
      Map<String, Set<MediaSession>> players) {
    long now = scheduler.nanoTime();
    long ntpNow = ntp.now();
    List<RtcpPacket> packets = new ArrayList<>();
    for (PlayerLeg leg : session.legs.values()) {
      SenderReport sr = leg.report(ntpNow, now);
      if (sr != null) {
        packets.add(sr);
      }
    }
    List<ReportBlock> blocks = new ArrayList<>();
    session.published.values().stream()
        .filter(u -> u.receiver.heardSinceReport())
        .forEach(u -> blocks.add(u.receiver.reportBlock(now)));
    packets.add(new ReceiverReport(MediaRelay.SERVER_SSRC, blocks));
    packets.add(SourceDescription.cname(MediaRelay.SERVER_SSRC, CNAME));
    if (session.hasReference) {
      long delay = NtpTime.compactFromNanos(now - session.lastReferenceArrivalNanos);
      DlrrItem item =
          new DlrrItem(session.clientSsrc, NtpTime.middle32(session.lastReferenceNtp), delay);
      packets.add(
          new ExtendedReport(MediaRelay.SERVER_SSRC, List.of(new DlrrReport(List.of(item)))));
    }
    session.legs.forEach(
        (key, leg) -> {
          MediaSession publisher = publishers.get(key);
          if (publisher != null && leg.ssrc() >= 0) {
            packets.add(publisherSide(publisher, leg.ssrc(), now).encode());
          }
        });
    session.published.forEach(
        (ssrc, uplink) -> {
          double worst = 0;
          for (MediaSession player : players.getOrDefault(uplink.key, Set.of())) {
            PlayerLeg leg = player.legs.get(uplink.key);
            worst = Math.max(worst, leg == null ? 0 : leg.reportedLoss);
          }
          packets.add(new PlayersLoss(ssrc, worst).encode());
        });
    return RtcpCompoundCodec.encode(packets);
  }

  private PublisherSide publisherSide(MediaSession publisher, long ssrc, long now) {
    Uplink uplink = publisher.published.get(ssrc);
    double loss = uplink == null ? 0 : uplink.lastSecondLoss();
    // Forwarding happens within the call that receives a packet: the dwell is under a millisecond.
    int dwellMillis = 0;
    StreamQualityLevel up = publisher.levels.up();
    StreamQualityLevel down = publisher.levels.down();
    return new PublisherSide(
        ssrc,
        loss,
        publisher.levels.rttMillis(),
        dwellMillis,
        up,
        down,
        missedHeartbeats(publisher, now));
  }

  /**
   * Heartbeats of {@code session} the server has missed: none within 1.5 intervals of the last one,
   * then one more per interval (2 s, contract §7).
   */
  static int missedHeartbeats(MediaSession session, long now) {
    long silence = now - session.lastHeartbeatNanos - HEARTBEAT_NANOS / 2;
    return (int) Math.max(0, Math.min(255, silence / HEARTBEAT_NANOS));
  }
}
