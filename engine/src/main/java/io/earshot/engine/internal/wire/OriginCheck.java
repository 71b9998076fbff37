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
import java.util.Set;

/**
 * Refuses a WebSocket upgrade whose {@code Origin} is not on the allow-list (403), so a web page
 * elsewhere cannot open a session in a user's browser. An empty list allows any origin, and a
 * request without {@code Origin} (not from a browser) always passes.
 */
final class OriginCheck extends ChannelInboundHandlerAdapter {
  private final Set<String> allowed;
  private final ServerCounters counters;

  OriginCheck(Set<String> allowed, ServerCounters counters) {
    this.allowed = allowed;
    this.counters = counters;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof FullHttpRequest request && !allowed.isEmpty()) {
      String origin = request.headers().get(HttpHeaderNames.ORIGIN);
      if (origin != null && !allowed.contains(origin)) {
        request.release();
        counters.increment("connections.refused_origin");
        ctx.writeAndFlush(
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.FORBIDDEN))
            .addListener(ChannelFutureListener.CLOSE);
        return;
      }
    }
    ctx.fireChannelRead(msg);
  }
}
