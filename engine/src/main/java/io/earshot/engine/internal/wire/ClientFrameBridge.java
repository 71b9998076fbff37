package io.earshot.engine.internal.wire;

import io.earshot.engine.transport.SignalingListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The top of the client's signaling pipeline: the handshake's completion opens the connection, each
 * text frame is one message for the engine, and the channel's end is reported once (unless the
 * engine closed it itself).
 */
public final class ClientFrameBridge extends SimpleChannelInboundHandler<WebSocketFrame> {
  private final SignalingListener listener;
  private volatile boolean localClose;
  private boolean closedReported;

  ClientFrameBridge(SignalingListener listener) {
    this.listener = listener;
  }

  /** The engine closes the connection: nothing more is reported. */
  public void closeLocally() {
    localClose = true;
  }

  public boolean closedLocally() {
    return localClose;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
      listener.onOpen();
    } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
      ctx.close();
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame text) {
      listener.onMessage(text.text());
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    reportClosed("connection closed");
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

  public void reportClosed(String why) {
    if (!localClose && !closedReported) {
      closedReported = true;
      listener.onClosed(why);
    }
  }
}
