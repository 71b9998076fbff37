package io.earshot.engine.internal.server;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.GenericNack;
import io.earshot.engine.internal.rtcp.ReceiverReport;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtcp.RtpOrRtcp;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.DatagramOutput;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The selective forwarding relay: RTP from a stream's publisher goes to each of the stream's
 * players (no mixing, no transcoding), renumbered per player leg ({@link PlayerLeg}). A session's
 * media address is learned from a bind that proves the session ({@link BindPacket}) and comes from
 * the session's signaling IP; RTP is parsed strictly and accepted only from a bound address and an
 * SSRC that address's session publishes. Every second each bound session gets the relay's RTCP
 * ({@link RelayReports}); its own RTCP is read by {@link RelayFeedback}; small uplink gaps are
 * asked for again from the publisher. Everything else is dropped and counted. Runs on the media
 * scheduler; the signaling side changes it only through commands posted there ({@link
 * RelayControl}).
 */
public final class MediaRelay {
  /** How long a packet missing on the uplink is still worth asking the publisher for. */
  private static final long UPLINK_NACK_HORIZON_NANOS = 300_000_000L;

  private final DatagramOutput output;
  private final ServerCounters counters;
  private final Scheduler scheduler;
  private final RelayReports reports;
  private final RelayFeedback feedback;
  private final Map<Long, MediaSession> byToken = new HashMap<>();
  private final Map<InetSocketAddress, MediaSession> byAddress = new HashMap<>();
  private final Map<String, Set<MediaSession>> players = new HashMap<>();
  private final Map<String, MediaSession> publishers = new HashMap<>();
  private final AtomicLong rtpReceived;
  private final AtomicLong rtpForwarded;
  private final AtomicLong rtpWithheld;

  /** The relay's own SSRC on RTCP it sends ("ERSH"). */
  static final long SERVER_SSRC = 0x45525348L;

  MediaRelay(DatagramOutput output, ServerCounters counters, Scheduler scheduler) {
    this.output = output;
    this.counters = counters;
    this.scheduler = scheduler;
    this.reports = new RelayReports(scheduler);
    this.feedback = new RelayFeedback(output, counters);
    this.rtpReceived = counters.counter("rtp.received");
    this.rtpForwarded = counters.counter("rtp.forwarded");
    this.rtpWithheld = counters.counter("rtp.withheld_receive_muted");
  }

  void register(MediaSession session) {
    byToken.put(session.token, session);
  }

  void unregister(long token) {
    MediaSession session = byToken.remove(token);
    if (session == null) {
      return;
    }
    if (session.mediaAddress != null) {
      byAddress.remove(session.mediaAddress, session);
    }
    players.values().forEach(set -> set.remove(session));
    players.values().removeIf(Set::isEmpty);
    publishers.values().removeIf(s -> s == session);
  }

  void publish(long token, long ssrc, String key) {
    MediaSession session = byToken.get(token);
    if (session != null) {
      session.published.put(ssrc, new Uplink(key, ssrc));
      publishers.put(key, session);
    }
  }

  void unpublish(long token, long ssrc) {
    MediaSession session = byToken.get(token);
    Uplink uplink = session == null ? null : session.published.remove(ssrc);
    if (uplink != null) {
      publishers.remove(uplink.key, session);
    }
  }

  void play(long token, String key, boolean receiveMuted) {
    MediaSession session = byToken.get(token);
    if (session != null) {
      players.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(session);
      session.legs.computeIfAbsent(key, k -> new PlayerLeg());
      setReceiveMuted(token, key, receiveMuted);
    }
  }

  void stopPlay(long token, String key) {
    MediaSession session = byToken.get(token);
    Set<MediaSession> set = players.get(key);
    if (session != null && set != null) {
      set.remove(session);
      session.receiveMuted.remove(key);
      session.legs.remove(key);
      if (set.isEmpty()) {
        players.remove(key);
      }
    }
  }

  void setReceiveMuted(long token, String key, boolean muted) {
    MediaSession session = byToken.get(token);
    if (session != null && muted) {
      session.receiveMuted.add(key);
    } else if (session != null) {
      session.receiveMuted.remove(key);
    }
  }

  /** The session's signaling sent a heartbeat (for the missed-heartbeat count its players see). */
  void heartbeat(long token) {
    MediaSession session = byToken.get(token);
    if (session != null) {
      session.lastHeartbeatNanos = scheduler.nanoTime();
    }
  }

  /**
   * Every second each bound session hears from the relay on its media path ({@link RelayReports}):
   * the reports are also the keepalive by which a client knows its media path works (contract §7).
   */
  void sendReports() {
    byToken.values().forEach(s -> s.published.values().forEach(Uplink::closeSecond));
    for (MediaSession session : byToken.values()) {
      if (session.mediaAddress != null) {
        output.send(session.mediaAddress, reports.compound(session, publishers, players));
      }
    }
  }

  /** One datagram from a client; never throws on any input. */
  public void onDatagram(InetSocketAddress from, byte[] data) {
    switch (RtpOrRtcp.classify(data)) {
      case RTP -> onRtp(from, data);
      case RTCP -> onRtcp(from, data);
      default -> counters.increment("datagrams.malformed");
    }
  }

  private void onRtcp(InetSocketAddress from, byte[] data) {
    List<RtcpPacket> packets;
    try {
      packets = RtcpCompoundCodec.decode(data);
    } catch (MalformedPacketException e) {
      counters.increment("datagrams.malformed");
      return;
    }
    boolean hadBind = false;
    for (RtcpPacket packet : packets) {
      if (packet instanceof AppPacket app) {
        Optional<BindPacket.Request> bind = BindPacket.decode(app);
        bind.ifPresent(request -> bind(from, request));
        hadBind |= bind.isPresent();
      }
    }
    MediaSession session = byAddress.get(from);
    if (session == null) {
      // A refused bind is counted by its reason; anything else from nowhere is unknown.
      counters.increment(hadBind ? "rtcp.refused_with_bind" : "datagrams.unknown_source");
      return;
    }
    feedback.onReports(session, packets, scheduler.nanoTime());
  }

  private void bind(InetSocketAddress from, BindPacket.Request request) {
    MediaSession session = byToken.get(request.mediaToken());
    if (session == null) {
      counters.increment("binds.refused.unknown_token");
    } else if (!request.provenBy(session.secret)) {
      counters.increment("binds.refused.bad_proof");
    } else if (request.counter() <= session.lastBindCounter) {
      counters.increment("binds.refused.replayed");
    } else if (session.signalingIp != null && !session.signalingIp.equals(from.getAddress())) {
      counters.increment("binds.refused.wrong_address");
    } else {
      session.lastBindCounter = request.counter();
      if (!from.equals(session.mediaAddress)) {
        if (session.mediaAddress != null) {
          byAddress.remove(session.mediaAddress, session);
        }
        MediaSession previous = byAddress.put(from, session);
        if (previous != null && previous != session) {
          previous.mediaAddress = null;
        }
        session.mediaAddress = from;
        counters.increment("media.bound");
      }
    }
  }

  private void onRtp(InetSocketAddress from, byte[] data) {
    MediaSession publisher = byAddress.get(from);
    if (publisher == null) {
      counters.increment("datagrams.unknown_source");
      return;
    }
    RtpPacket packet;
    try {
      packet = RtpPacketCodec.decode(data, 0, data.length);
    } catch (MalformedPacketException e) {
      counters.increment("datagrams.malformed");
      return;
    }
    Uplink uplink = publisher.published.get(packet.ssrc());
    if (uplink == null) {
      counters.increment("datagrams.unknown_ssrc");
      return;
    }
    long now = scheduler.nanoTime();
    rtpReceived.incrementAndGet();
    uplink.receiver.onPacket(packet, data.length, now);
    askPublisherAgain(publisher, uplink, packet.ssrc(), now);
    boolean reachedAPlayer = false;
    for (MediaSession player : players.getOrDefault(uplink.key, Set.of())) {
      PlayerLeg leg = player.legs.get(uplink.key);
      if (player.receiveMuted.contains(uplink.key)) {
        rtpWithheld.incrementAndGet();
        reachedAPlayer = true;
      } else if (player.mediaAddress != null && leg != null) {
        output.send(player.mediaAddress, leg.forward(data, packet, now));
        rtpForwarded.incrementAndGet();
        reachedAPlayer = true;
      }
    }
    if (!reachedAPlayer) {
      counters.increment("rtp.unheard"); // nobody plays the stream yet, or no player has bound
    }
  }

  /** Small gaps on the uplink are asked for again (RFC 4585 generic NACK to the publisher). */
  private void askPublisherAgain(MediaSession publisher, Uplink uplink, long ssrc, long now) {
    long rttNanos = publisher.levels.rttMillis() * 1_000_000L;
    List<Integer> due = uplink.receiver.nacks().due(now, rttNanos, UPLINK_NACK_HORIZON_NANOS);
    if (!due.isEmpty()) {
      List<RtcpPacket> nack =
          List.of(
              new ReceiverReport(SERVER_SSRC, List.of()), GenericNack.of(SERVER_SSRC, ssrc, due));
      output.send(publisher.mediaAddress, RtcpCompoundCodec.encode(nack));
      counters.increment("rtcp.nacks_sent");
    }
  }
}
