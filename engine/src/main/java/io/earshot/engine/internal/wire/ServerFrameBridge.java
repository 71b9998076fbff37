package io.earshot.engine.internal.wire;

import io.earshot.engine.internal.server.RoomServer;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.SignalingPeer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The top of the server's signaling pipeline: a completed handshake becomes a session of the room
 * server, text frames become its messages, anything else is refused and counted. Netty's threads
 * only move bytes; every event is handed to the server's scheduler.
 */
final class ServerFrameBridge extends SimpleChannelInboundHandler<WebSocketFrame> {
  private static final Logger LOG = LoggerFactory.getLogger(ServerFrameBridge.class);

  private final RoomServer server;
  private final Scheduler scheduler;
  private final InetAddress clientIp;
  private volatile PeerHandler handler;

  ServerFrameBridge(RoomServer server, Scheduler scheduler, InetAddress clientIp) {
    this.server = server;
    this.scheduler = scheduler;
    this.clientIp = clientIp;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof HandshakeComplete) {
      SignalingPeer peer = new ChannelPeer(ctx.channel(), ipOf(ctx.channel()), server);
      scheduler.execute(() -> handler = server.connect(peer));
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame text) {
      String message = text.text();
      scheduler.execute(
          () -> {
            if (handler != null) {
              handler.onMessage(message);
            }
          });
    } else {
      scheduler.execute(() -> server.counters().increment("frames.refused_non_text"));
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    scheduler.execute(
        () -> {
          if (handler != null) {
            handler.onClosed();
          }
        });
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    scheduler.execute(() -> server.counters().increment("connections.errors"));
    ctx.close();
  }

  private InetAddress ipOf(Channel channel) {
    if (clientIp != null) {
      return clientIp;
    }
    return channel.remoteAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
  }

  /**
   * The room server's handle on one connection. A client that does not read what it is sent fills
   * its bounded outbound queue: it is disconnected, counted and logged, and nobody else waits.
   */
  private record ChannelPeer(Channel channel, InetAddress remoteIp, RoomServer server)
      implements SignalingPeer {
    @Override
    public void send(String message) {
      if (!channel.isActive()) {
        return;
      }
      if (!channel.isWritable()) {
        server.counters().increment("connections.slow_reader_closed");
        LOG.info("closing {}: it does not read what it is sent", channel.remoteAddress());
        channel.close();
        return;
      }
      channel.writeAndFlush(new TextWebSocketFrame(message));
    }

    @Override
    public void close() {
      channel.close();
    }

    @Override
    public String describe() {
      return String.valueOf(channel.remoteAddress());
    }
  }
}
