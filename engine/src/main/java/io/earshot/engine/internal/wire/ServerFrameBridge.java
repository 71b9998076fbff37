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

/**
 * The top of the server's signaling pipeline: a completed handshake becomes a session of the room
 * server, text frames become its messages, anything else is refused and counted. Netty's threads
 * only move bytes; every event is handed to the server's scheduler.
 */
final class ServerFrameBridge extends SimpleChannelInboundHandler<WebSocketFrame> {
  private final RoomServer server;
  private final Scheduler scheduler;
  private volatile PeerHandler handler;

  ServerFrameBridge(RoomServer server, Scheduler scheduler) {
    this.server = server;
    this.scheduler = scheduler;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof HandshakeComplete) {
      SignalingPeer peer = new ChannelPeer(ctx.channel());
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

  /** The room server's handle on one connection. */
  private record ChannelPeer(Channel channel) implements SignalingPeer {
    @Override
    public void send(String message) {
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
