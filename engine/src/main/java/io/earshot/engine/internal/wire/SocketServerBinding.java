package io.earshot.engine.internal.wire;

import io.earshot.engine.internal.server.RoomServer;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.DatagramOutput;
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
import java.net.InetSocketAddress;
import java.util.function.Function;

/**
 * Puts a {@link RoomServer} on real sockets: a WebSocket endpoint for signaling and a UDP socket
 * for media. Netty's threads only move bytes; every event is handed to the server's scheduler.
 */
public final class SocketServerBinding implements AutoCloseable {
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
                    SignalingPipelines.server(ch.pipeline(), server, scheduler);
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
}
