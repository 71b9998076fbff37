package io.earshot.engine.internal.wire;

import io.earshot.engine.internal.server.RoomServer;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.DatagramOutput;
import io.earshot.engine.server.ServerLimits;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Puts a {@link RoomServer} on real sockets: a WebSocket endpoint for signaling on one event loop
 * and a UDP socket for media on another, so a flood of either cannot stall the other. Datagrams up
 * to the largest UDP payload are received whole; each connection's outbound queue is bounded
 * (beyond it the connection is a slow reader and is closed).
 */
public final class SocketServerBinding implements AutoCloseable {
  /** The largest UDP payload (65,535 − 8 − 20). */
  private static final int MAX_DATAGRAM = 65_507;

  private final Channel tcp;
  private final Channel udp;
  private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

  /**
   * Binds both sockets. {@code serverFactory} receives the media output and builds the server; its
   * signaling runs on {@code signaling}'s loop, its relay on {@code media}'s.
   */
  public SocketServerBinding(
      EventLoopGroup signalingGroup,
      Scheduler signaling,
      EventLoopGroup mediaGroup,
      ServerLimits limits,
      InetSocketAddress signalingAddress,
      InetSocketAddress mediaAddress,
      Function<DatagramOutput, RoomServer> serverFactory)
      throws InterruptedException {
    Channel[] udpChannel = new Channel[1];
    RoomServer server =
        serverFactory.apply(
            (to, datagram) ->
                udpChannel[0].writeAndFlush(
                    new DatagramPacket(Unpooled.wrappedBuffer(datagram), to)));
    this.udp =
        new Bootstrap()
            .group(mediaGroup)
            .channel(NioDatagramChannel.class)
            .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM))
            .handler(
                new SimpleChannelInboundHandler<DatagramPacket>() {
                  @Override
                  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                    // The relay runs on this loop: no hop, no queue to grow.
                    server
                        .relay()
                        .onDatagram(packet.sender(), ByteBufUtil.getBytes(packet.content()));
                  }
                })
            .bind(mediaAddress)
            .sync()
            .channel();
    udpChannel[0] = udp;
    int high = limits.maxOutboundBytes();
    this.tcp =
        new ServerBootstrap()
            .group(signalingGroup)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(
                ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(high / 2, high))
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    connections.add(ch);
                    SignalingPipelines.server(ch.pipeline(), server, signaling, limits, null);
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

  /**
   * Stops accepting, tells every client the server is going away (WebSocket close 1001) and closes
   * the connections, waiting at most {@code timeout} for them.
   */
  public void close(Duration timeout) {
    tcp.close().syncUninterruptibly();
    connections
        .writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE))
        .awaitUninterruptibly(timeout.toMillis() / 2, TimeUnit.MILLISECONDS);
    connections.close().awaitUninterruptibly(timeout.toMillis() / 2, TimeUnit.MILLISECONDS);
    udp.close().syncUninterruptibly();
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(2));
  }

  /** Open signaling connections (for tests and the soak). */
  public int connectionCount() {
    return connections.size();
  }

  ChannelFuture closeFuture() {
    return tcp.closeFuture();
  }
}
