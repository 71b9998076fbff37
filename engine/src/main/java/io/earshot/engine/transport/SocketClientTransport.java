package io.earshot.engine.transport;

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
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The real-time transport: signaling over a WebSocket (RFC 6455) and media over a UDP socket bound
 * to 127.0.0.1. The addresses may be the server's own or those of a network emulator's relay
 * proxies in front of it; the engine cannot tell.
 */
public final class SocketClientTransport implements ClientTransport {
  private static final int MAX_FRAME = 64 * 1024;

  private final EventLoopGroup group;
  private final URI signalingUri;
  private final InetSocketAddress mediaAddress;

  /**
   * @param group Netty event loops for the sockets (shared by many engines; owned by the caller)
   * @param signalingUri the server's WebSocket URI, e.g. {@code ws://127.0.0.1:4000/earshot}
   * @param mediaAddress the server's UDP relay address
   */
  public SocketClientTransport(
      EventLoopGroup group, URI signalingUri, InetSocketAddress mediaAddress) {
    if (!"ws".equals(signalingUri.getScheme()) || signalingUri.getPort() <= 0) {
      throw new IllegalArgumentException(
          "signaling URI must look like ws://host:port/path, was " + signalingUri);
    }
    this.group = group;
    this.signalingUri = signalingUri;
    this.mediaAddress = mediaAddress;
  }

  @Override
  public SignalingConnection openSignaling(SignalingListener listener) {
    WebSocketClientProtocolConfig config =
        WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(signalingUri)
            .version(WebSocketVersion.V13)
            .customHeaders(new DefaultHttpHeaders())
            .maxFramePayloadLength(MAX_FRAME)
            .handshakeTimeoutMillis(5_000)
            .build();
    // Made before the channel so that a close during connecting can reach it.
    ListenerHandler handler = new ListenerHandler(listener);
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
                    ch.pipeline()
                        .addLast(
                            new HttpClientCodec(),
                            new HttpObjectAggregator(MAX_FRAME),
                            new WebSocketClientProtocolHandler(config),
                            handler);
                  }
                })
            .connect(signalingUri.getHost(), signalingUri.getPort());
    connect.addListener(
        f -> {
          if (!f.isSuccess() && !handler.localClose) {
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
        handler.localClose = true;
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

  /** Turns WebSocket events into listener calls. */
  private static final class ListenerHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private final SignalingListener listener;
    volatile boolean localClose;
    private boolean closedReported;

    ListenerHandler(SignalingListener listener) {
      this.listener = listener;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
      if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
        listener.onOpen();
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
      if (!localClose && !closedReported) {
        closedReported = true;
        listener.onClosed("connection closed");
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
