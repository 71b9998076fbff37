package io.earshot.engine.transport;

import io.earshot.engine.internal.wire.ClientFrameBridge;
import io.earshot.engine.internal.wire.SignalingPipelines;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.RealTimeRandomBytes;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The real-time transport: signaling over a WebSocket (RFC 6455) and media over a UDP socket bound
 * to 127.0.0.1. The addresses may be the server's own or those of a network emulator's relay
 * proxies in front of it; the engine cannot tell.
 */
public final class SocketClientTransport implements ClientTransport {
  private final EventLoopGroup group;
  private final URI signalingUri;
  private final InetSocketAddress mediaAddress;
  private final RandomBytes random;

  /**
   * @param group Netty event loops for the sockets (shared by many engines; owned by the caller)
   * @param signalingUri the server's WebSocket URI, e.g. {@code ws://127.0.0.1:4000/earshot}
   * @param mediaAddress the server's UDP relay address
   */
  public SocketClientTransport(
      EventLoopGroup group, URI signalingUri, InetSocketAddress mediaAddress) {
    this(group, signalingUri, mediaAddress, new RealTimeRandomBytes());
  }

  /**
   * @param random the source of the WebSocket key and frame masks
   */
  public SocketClientTransport(
      EventLoopGroup group, URI signalingUri, InetSocketAddress mediaAddress, RandomBytes random) {
    if (!"ws".equals(signalingUri.getScheme()) || signalingUri.getPort() <= 0) {
      throw new IllegalArgumentException(
          "signaling URI must look like ws://host:port/path, was " + signalingUri);
    }
    this.group = group;
    this.signalingUri = signalingUri;
    this.mediaAddress = mediaAddress;
    this.random = random;
  }

  @Override
  public SignalingConnection openSignaling(SignalingListener listener) {
    // Made before the channel, so that a close while connecting reaches it.
    ClientFrameBridge bridge = SignalingPipelines.clientBridge(listener);
    ChannelFuture connect =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    SignalingPipelines.client(ch.pipeline(), signalingUri, random, bridge);
                  }
                })
            .connect(signalingUri.getHost(), signalingUri.getPort());
    connect.addListener(
        f -> {
          if (!f.isSuccess() && !bridge.closedLocally()) {
            listener.onClosed("connect failed: " + f.cause().getMessage());
          }
        });
    Channel channel = connect.channel();
    return new SignalingConnection() {
      @Override
      public void send(String message) {
        if (channel.isActive()) {
          channel.writeAndFlush(new TextWebSocketFrame(message));
        }
      }

      @Override
      public void close() {
        bridge.closeLocally();
        channel.close();
      }
    };
  }

  @Override
  public MediaSocket openMedia(MediaListener listener) {
    Channel channel =
        new Bootstrap()
            .group(group)
            .channel(NioDatagramChannel.class)
            .handler(
                new SimpleChannelInboundHandler<DatagramPacket>() {
                  @Override
                  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                    listener.onDatagram(ByteBufUtil.getBytes(packet.content()));
                  }
                })
            .bind(new InetSocketAddress("127.0.0.1", 0))
            .syncUninterruptibly()
            .channel();
    return new MediaSocket() {
      @Override
      public void send(byte[] datagram) {
        channel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(datagram), mediaAddress));
      }

      @Override
      public void close() {
        channel.close();
      }
    };
  }
}
