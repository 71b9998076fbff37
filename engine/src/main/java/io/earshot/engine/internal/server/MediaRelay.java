package io.earshot.engine.internal.server;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.ReceiverReport;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtcp.RtpOrRtcp;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
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
 * The selective forwarding relay: RTP from a stream's publisher goes unchanged to each of the
 * stream's players (no mixing, no transcoding). A session's media address is learned from a bind
 * that proves the session ({@link BindPacket}) and comes from the session's signaling IP; RTP is
 * parsed strictly and accepted only from a bound address and an SSRC that address's session
 * publishes. Everything else is dropped and counted. Runs on the media scheduler; the signaling
 * side changes it only through commands posted there ({@link RelayControl}).
 */
public final class MediaRelay {
  private final DatagramOutput output;
  private final ServerCounters counters;
  private final Map<Long, MediaSession> byToken = new HashMap<>();
  private final Map<InetSocketAddress, MediaSession> byAddress = new HashMap<>();
  private final Map<String, Set<MediaSession>> players = new HashMap<>();
  private final AtomicLong rtpReceived;
  private final AtomicLong rtpForwarded;
  private final AtomicLong rtpWithheld;

  /** The relay's own SSRC on RTCP it sends ("ERSH"). */
  static final long SERVER_SSRC = 0x45525348L;

  private static final byte[] KEEPALIVE =
      RtcpCompoundCodec.encode(new ReceiverReport(SERVER_SSRC, List.of()));

  MediaRelay(DatagramOutput output, ServerCounters counters) {
    this.output = output;
    this.counters = counters;
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
  }

  void publish(long token, long ssrc, String key) {
    MediaSession session = byToken.get(token);
    if (session != null) {
      session.published.put(ssrc, key);
    }
  }

  void unpublish(long token, long ssrc) {
    MediaSession session = byToken.get(token);
    if (session != null) {
      session.published.remove(ssrc);
    }
  }

  void play(long token, String key, boolean receiveMuted) {
    MediaSession session = byToken.get(token);
    if (session != null) {
      players.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(session);
      setReceiveMuted(token, key, receiveMuted);
    }
  }

  void stopPlay(long token, String key) {
    MediaSession session = byToken.get(token);
    Set<MediaSession> set = players.get(key);
    if (session != null && set != null) {
      set.remove(session);
      session.receiveMuted.remove(key);
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

  /**
   * Every second, each bound session hears from the server on its media path (an RTCP receiver
   * report): the keepalive by which a client knows its media path works (contract §7).
   */
  void sendKeepalives() {
    for (MediaSession session : byToken.values()) {
      if (session.mediaAddress != null) {
        output.send(session.mediaAddress, KEEPALIVE.clone());
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
    boolean bound = false;
    for (RtcpPacket packet : packets) {
      if (packet instanceof AppPacket app) {
        Optional<BindPacket.Request> bind = BindPacket.decode(app);
        if (bind.isPresent()) {
          bind(from, bind.get());
          bound = true;
        }
      }
    }
    if (!bound) {
      counters.increment("datagrams.rtcp_ignored");
    }
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
    long ssrc;
    try {
      ssrc = RtpPacketCodec.decode(data, 0, data.length).ssrc();
    } catch (MalformedPacketException e) {
      counters.increment("datagrams.malformed");
      return;
    }
    String key = publisher.published.get(ssrc);
    if (key == null) {
      counters.increment("datagrams.unknown_ssrc");
      return;
    }
    rtpReceived.incrementAndGet();
    for (MediaSession player : players.getOrDefault(key, Set.of())) {
      if (player.receiveMuted.contains(key)) {
        rtpWithheld.incrementAndGet();
      } else if (player.mediaAddress != null) {
        output.send(player.mediaAddress, data);
        rtpForwarded.incrementAndGet();
      }
    }
  }
}
