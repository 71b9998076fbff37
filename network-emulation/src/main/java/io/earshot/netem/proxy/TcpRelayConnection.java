package io.earshot.netem.proxy;

import io.earshot.netem.StreamLink;
import io.earshot.netem.StreamPath;
import io.earshot.netem.StreamSink;
import io.earshot.netem.UserLink;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One relayed connection: the client-side channel (this handler) and the server-side channel it
 * opens, joined by one stream path of the user link. Everything runs on the client channel's loop.
 */
final class TcpRelayConnection extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(TcpRelayConnection.class);

  private final UserLink link;
  private final InetSocketAddress server;
  private final ChannelGroup connections;
  private Channel client;
  private Channel upstream;
  private StreamPath path;
  private ReadThrottle uplinkThrottle;
  private ReadThrottle downlinkThrottle;
  private int openChannels;

  TcpRelayConnection(UserLink link, InetSocketAddress server, ChannelGroup connections) {
    this.link = link;
    this.server = server;
    this.connections = connections;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    client = ctx.channel();
    openChannels = 1;
    new Bootstrap()
        .group(client.eventLoop())
        .channel(NioSocketChannel.class)
        .option(ChannelOption.AUTO_READ, false)
        .handler(new FromServerHandler())
        .connect(server)
        .addListener(
            (ChannelFutureListener)
                connected -> {
                  if (!connected.isSuccess()) {
                    LOG.warn(
                        "relay of link '{}' could not reach {}: {}",
                        link.linkId(),
                        server,
                        connected.cause().toString());
                    client.close();
                    return;
                  }
                  onServerConnected(connected.channel());
                });
  }

  private void onServerConnected(Channel serverChannel) {
    upstream = serverChannel;
    openChannels++;
    connections.add(upstream);
    path =
        link.openStreamPath(
            new ChannelSink(upstream, true), new ChannelSink(client, false), this::reset);
    uplinkThrottle = new ReadThrottle(client, upstream, path.uplink());
    downlinkThrottle = new ReadThrottle(upstream, client, path.downlink());
    if (!client.isActive()) {
      // The client left while we were connecting.
      path.uplink().end();
    }
    uplinkThrottle.update();
    downlinkThrottle.update();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    relay((ByteBuf) msg, path.uplink(), uplinkThrottle);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (downlinkThrottle != null) {
      downlinkThrottle.update();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (path != null) {
      path.uplink().end();
    }
    channelClosed();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("client side of link '{}' failed: {}", link.linkId(), cause.toString());
    ctx.close();
  }

  private static void relay(ByteBuf buffer, StreamLink direction, ReadThrottle throttle) {
    try {
      // The link owns what it is given, so hand it a copy of Netty's pooled buffer.
      direction.write(ByteBufUtil.getBytes(buffer));
    } finally {
      buffer.release();
    }
    throttle.update();
  }

  private void channelClosed() {
    if (--openChannels == 0 && path != null) {
      path.close();
    }
  }

  /** The link was cut: reset both connections (RST, not FIN) and drop what is in flight. */
  private void reset() {
    client
        .eventLoop()
        .execute(
            () -> {
              if (path != null) {
                path.close();
              }
              resetChannel(client);
              resetChannel(upstream);
            });
  }

  private static void resetChannel(Channel channel) {
    if (channel != null && channel.isOpen()) {
      // Linger 0 makes close() send an RST instead of a FIN.
      channel.config().setOption(ChannelOption.SO_LINGER, 0);
      channel.close();
    }
  }

  /** Delivers what crossed the link into a channel; the end of the stream closes it. */
  private final class ChannelSink implements StreamSink {
    private final Channel target;
    private final boolean uplink;

    ChannelSink(Channel target, boolean uplink) {
      this.target = target;
      this.uplink = uplink;
    }

    @Override
    public void onData(byte[] chunk) {
      target.writeAndFlush(Unpooled.wrappedBuffer(chunk));
      (uplink ? uplinkThrottle : downlinkThrottle).update();
    }

    @Override
    public void onEnd() {
      // Close after the writes queued before it complete, so no byte is lost at the end.
      target.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }
  }

  /** The server side of the connection. */
  private final class FromServerHandler extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      relay((ByteBuf) msg, path.downlink(), downlinkThrottle);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      if (uplinkThrottle != null) {
        uplinkThrottle.update();
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (path != null) {
        path.downlink().end();
        channelClosed();
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      LOG.debug("server side of link '{}' failed: {}", link.linkId(), cause.toString());
      ctx.close();
    }
  }
}
