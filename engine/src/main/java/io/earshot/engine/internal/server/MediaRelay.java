package io.earshot.engine.internal.server;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.server.DatagramOutput;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The selective forwarding relay: RTP from a stream's publisher goes unchanged to each of the
 * stream's players (no mixing, no transcoding). A client's media address is learned from its bind
 * packet; RTP from an address or SSRC the relay does not know is dropped and counted. A player that
 * muted a stream's receive gets none of its packets (counted as withheld).
 */
public final class MediaRelay {
  private final DatagramOutput output;
  private final ServerCounters counters;
  private final Function<String, Set<ServerSession>> playersOf;
  private final Map<Long, ServerSession> byToken = new HashMap<>();
  private final Map<InetSocketAddress, ServerSession> byAddress = new HashMap<>();

  /** Publishing session → (SSRC → stream key); looked up per packet without building a key. */
  private final Map<ServerSession, Map<Long, String>> routes = new HashMap<>();

  private final AtomicLong rtpReceived;
  private final AtomicLong rtpForwarded;
  private final AtomicLong rtpWithheld;

  MediaRelay(
      DatagramOutput output,
      ServerCounters counters,
      Function<String, Set<ServerSession>> playersOf) {
    this.output = output;
    this.counters = counters;
    this.playersOf = playersOf;
    this.rtpReceived = counters.counter("rtp.received");
    this.rtpForwarded = counters.counter("rtp.forwarded");
    this.rtpWithheld = counters.counter("rtp.withheld_receive_muted");
  }

  /** Gives a logged-in session a fresh media token. */
  long register(ServerSession session, SeededRandom random) {
    long token;
    do {
      token = random.nextUnsignedInt();
    } while (token == 0 || byToken.containsKey(token));
    byToken.put(token, session);
    return token;
  }

  void unregister(ServerSession session) {
    byToken.remove(session.mediaToken, session);
    if (session.mediaAddress != null) {
      byAddress.remove(session.mediaAddress, session);
      session.mediaAddress = null;
    }
  }

  void route(ServerSession publisher, long ssrc, String streamKey) {
    routes.computeIfAbsent(publisher, k -> new HashMap<>()).put(ssrc, streamKey);
  }

  void unroute(ServerSession publisher, long ssrc) {
    Map<Long, String> bySsrc = routes.get(publisher);
    if (bySsrc != null) {
      bySsrc.remove(ssrc);
      if (bySsrc.isEmpty()) {
        routes.remove(publisher);
      }
    }
  }

  /** One datagram from a client; never throws on any input. */
  public void onDatagram(InetSocketAddress from, byte[] data) {
    if (data.length < 12 || (data[0] & 0xC0) != 0x80) {
      counters.increment("datagrams.malformed");
      return;
    }
    if (BindPacket.isRtcp(data)) {
      OptionalLong token = BindPacket.decode(data);
      if (token.isPresent()) {
        bind(from, token.getAsLong());
      } else {
        counters.increment("datagrams.rtcp_ignored");
      }
      return;
    }
    ServerSession publisher = byAddress.get(from);
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
    Map<Long, String> bySsrc = routes.get(publisher);
    String key = bySsrc == null ? null : bySsrc.get(ssrc);
    if (key == null) {
      counters.increment("datagrams.unknown_ssrc");
      return;
    }
    rtpReceived.incrementAndGet();
    for (ServerSession player : playersOf.apply(key)) {
      if (player.receiveMutedKeys.contains(key)) {
        rtpWithheld.incrementAndGet();
      } else if (player.mediaAddress != null) {
        output.send(player.mediaAddress, data);
        rtpForwarded.incrementAndGet();
      }
    }
  }

  private void bind(InetSocketAddress from, long token) {
    ServerSession session = byToken.get(token);
    if (session == null) {
      counters.increment("datagrams.unknown_token");
      return;
    }
    if (!from.equals(session.mediaAddress)) {
      if (session.mediaAddress != null) {
        byAddress.remove(session.mediaAddress, session);
      }
      ServerSession previous = byAddress.put(from, session);
      if (previous != null && previous != session) {
        previous.mediaAddress = null;
      }
      session.mediaAddress = from;
      counters.increment("media.bound");
    }
  }
}
