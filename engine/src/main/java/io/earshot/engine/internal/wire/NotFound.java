package io.earshot.engine.internal.wire;

import io.earshot.engine.internal.server.ServerCounters;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Any HTTP request that is not the WebSocket upgrade on the signaling path gets 404 and the
 * connection is closed, instead of being left unanswered.
 */
final class NotFound extends ChannelInboundHandlerAdapter {
  private final ServerCounters counters;

  NotFound(ServerCounters counters) {
    this.counters = counters;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof FullHttpRequest request) {
      request.release();
      counters.increment("connections.not_found");
      DefaultFullHttpResponse response =
          new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND);
      response.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    ctx.fireChannelRead(msg);
  }
}
