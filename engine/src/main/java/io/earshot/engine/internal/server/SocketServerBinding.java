package io.earshot.engine.internal.server;

import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.SignalingPeer;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.util.function.Function;

/**
 * Puts a {@link RoomServer} on real sockets: a WebSocket endpoint for signaling and a UDP socket
 * for media. Netty's threads only move bytes; every event is handed to the server's scheduler.
 */
public final class SocketServerBinding implements AutoCloseable {
  /** The WebSocket path clients connect to. */
  public static final String PATH = "/earshot";

  private static final int MAX_FRAME = 64 * 1024;

  private final Channel tcp;
  private final Channel udp;

  /**
   * Binds both sockets. {@code serverFactory} receives the media output and builds the server on
   * {@code scheduler}.
   */
  public SocketServerBinding(
      EventLoopGroup group,
      Scheduler scheduler,
      InetSocketAddress signalingAddress,
      InetSocketAddress mediaAddress,
      Function<io.earshot.engine.server.DatagramOutput, RoomServer> serverFactory)
      throws InterruptedException {
    Channel[] udpChannel = new Channel[1];
    RoomServer server =
        serverFactory.apply(
            (to, datagram) ->
                udpChannel[0].writeAndFlush(
                    new DatagramPacket(Unpooled.wrappedBuffer(datagram), to)));
    this.udp =
        new Bootstrap()
            .group(group)
            .channel(NioDatagramChannel.class)
            .handler(
                new SimpleChannelInboundHandler<DatagramPacket>() {
                  @Override
                  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                    byte[] data = ByteBufUtil.getBytes(packet.content());
                    InetSocketAddress from = packet.sender();
                    scheduler.execute(() -> server.relay().onDatagram(from, data));
                  }
                })
            .bind(mediaAddress)
            .sync()
            .channel();
    udpChannel[0] = udp;
    this.tcp =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(
                            new HttpServerCodec(),
                            new HttpObjectAggregator(MAX_FRAME),
                            new WebSocketServerProtocolHandler(
                                WebSocketServerProtocolConfig.newBuilder()
                                    .websocketPath(PATH)
                                    .maxFramePayloadLength(MAX_FRAME)
                                    .build()),
                            new PeerFrameHandler(server, scheduler));
                  }
                })
            .bind(signalingAddress)
            .sync()
            .channel();
  }

  public InetSocketAddress signalingAddress() {
    return (InetSocketAddress) tcp.localAddress();
  }

  public InetSocketAddress mediaAddress() {
    return (InetSocketAddress) udp.localAddress();
  }

  @Override
  public void close() {
    tcp.close().syncUninterruptibly();
    udp.close().syncUninterruptibly();
  }

  /** One WebSocket connection: text frames become messages; anything else is refused. */
  private static final class PeerFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private final RoomServer server;
    private final Scheduler scheduler;
    private volatile PeerHandler handler;

    PeerFrameHandler(RoomServer server, Scheduler scheduler) {
      this.server = server;
      this.scheduler = scheduler;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
      if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
        Channel ch = ctx.channel();
        SignalingPeer peer =
            new SignalingPeer() {
              @Override
              public void send(String message) {
                ch.writeAndFlush(new TextWebSocketFrame(message));
              }

              @Override
              public void close() {
                ch.close();
              }

              @Override
              public String describe() {
                return String.valueOf(ch.remoteAddress());
              }
            };
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
  }
}
