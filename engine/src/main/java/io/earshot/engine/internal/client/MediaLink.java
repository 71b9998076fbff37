package io.earshot.engine.internal.client;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.transport.MediaSocket;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The engine's media socket while logged in: bound to the session by a bind packet right away and
 * every second (the relay learns the client's address from it), sending RTP and handing what
 * arrives to the players on the engine's scheduler.
 */
final class MediaLink {
  private static final long BIND_NANOS = 1_000_000_000L;

  private final ClientContext ctx;
  private final Consumer<byte[]> inbound;
  private MediaSocket socket;
  private Cancellable keepalive = Cancellable.NONE;

  MediaLink(ClientContext ctx, Consumer<byte[]> inbound) {
    this.ctx = ctx;
    this.inbound = inbound;
  }

  /** Opens the socket and binds it with the session's token and secret (hex) from the login. */
  void open(long mediaToken, String secretHex) {
    byte[] secret = HexFormat.of().parseHex(secretHex);
    MediaSocket[] opened = new MediaSocket[1];
    opened[0] =
        ctx.env
            .transport()
            .openMedia(
                d ->
                    ctx.scheduler.execute(
                        () -> {
                          if (socket == opened[0]) {
                            inbound.accept(d);
                          }
                        }));
    socket = opened[0];
    long[] counter = {0};
    keepalive =
        ctx.scheduler.scheduleAtFixedRate(
            () ->
                send(RtcpCompoundCodec.encode(BindPacket.encode(mediaToken, ++counter[0], secret))),
            0,
            BIND_NANOS);
  }

  void send(byte[] datagram) {
    if (socket != null) {
      socket.send(datagram);
    }
  }

  void close() {
    keepalive.cancel();
    keepalive = Cancellable.NONE;
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
