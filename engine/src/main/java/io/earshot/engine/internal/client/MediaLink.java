package io.earshot.engine.internal.client;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtcp.RtpOrRtcp;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.transport.MediaSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The engine's media socket while in a room: bound to the session by a bind right away and every
 * second, in one compound with the engine's reports (the relay learns the client's address from it,
 * and the binds' counter keeps growing across reconnections), sending RTP, handing what arrives to
 * the engine's media ({@link MediaEndpoint}), and watching the server's RTCP: five seconds without
 * any (contract §7) and the media path counts as broken, the next one restores it.
 */
final class MediaLink {
  private static final long REPORT_NANOS = 1_000_000_000L;

  private final ClientContext ctx;
  private final MediaEndpoint endpoint;
  private final RoomEvents events;
  private MediaSocket socket;
  private long token;
  private byte[] secret;
  private long bindCounter;
  private Cancellable keepalive = Cancellable.NONE;
  private Cancellable watch = Cancellable.NONE;
  private long lastRtcpNanos;
  private boolean broken;

  MediaLink(ClientContext ctx, MediaEndpoint endpoint, RoomEvents events) {
    this.ctx = ctx;
    this.endpoint = endpoint;
    this.events = events;
  }

  /**
   * Binds the socket to the session of {@code mediaToken} (hex {@code secretHex}); a new session
   * (after a fresh login) opens a new socket, a resumed one keeps the one it has.
   */
  void open(long mediaToken, String secretHex) {
    byte[] newSecret = HexFormat.of().parseHex(secretHex);
    if (socket != null && mediaToken == token && Arrays.equals(newSecret, secret)) {
      return;
    }
    close();
    token = mediaToken;
    secret = newSecret;
    bindCounter = 0;
    MediaSocket[] opened = new MediaSocket[1];
    opened[0] =
        ctx.env
            .transport()
            .openMedia(
                d ->
                    ctx.scheduler.execute(
                        () -> {
                          if (socket == opened[0]) {
                            receive(d);
                          }
                        }));
    socket = opened[0];
    keepalive = ctx.scheduler.scheduleAtFixedRate(this::report, 0, REPORT_NANOS);
    lastRtcpNanos = ctx.scheduler.nanoTime();
    broken = false;
    armWatch(ctx.env.timings().mediaBrokenAfter().toNanos());
  }

  void send(byte[] datagram) {
    if (socket != null) {
      socket.send(datagram);
    }
  }

  /** The signaling link broke: the media path is taken as broken too until RTCP says otherwise. */
  void interrupted() {
    broken = true;
  }

  void close() {
    keepalive.cancel();
    watch.cancel();
    keepalive = Cancellable.NONE;
    watch = Cancellable.NONE;
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }

  /** This second's reports with a bind at the end, in one compound. */
  private void report() {
    List<RtcpPacket> packets = new ArrayList<>(endpoint.reports());
    packets.add(BindPacket.encode(token, ++bindCounter, secret));
    send(RtcpCompoundCodec.encode(packets));
  }

  private void receive(byte[] datagram) {
    switch (RtpOrRtcp.classify(datagram)) {
      case RTP -> endpoint.onRtp(datagram);
      case RTCP -> {
        onRtcp();
        endpoint.onRtcp(datagram);
      }
      default -> ctx.counters.malformedDatagrams++;
    }
  }

  private void onRtcp() {
    lastRtcpNanos = ctx.scheduler.nanoTime();
    if (broken) {
      broken = false;
      events.mediaRestored();
    }
  }

  private void armWatch(long delayNanos) {
    watch = ctx.scheduler.schedule(this::check, delayNanos);
  }

  private void check() {
    long limit = ctx.env.timings().mediaBrokenAfter().toNanos();
    long silent = ctx.scheduler.nanoTime() - lastRtcpNanos;
    if (silent >= limit && !broken) {
      broken = true;
      events.mediaInterrupted();
    }
    armWatch(silent >= limit ? limit : limit - silent);
  }
}
