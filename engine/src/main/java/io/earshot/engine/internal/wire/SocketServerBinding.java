package io.earshot.engine.internal.wire;

import io.earshot.engine.internal.server.RoomServer;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.DatagramOutput;
import io.earshot.engine.server.ServerLimits;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
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
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
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
  private final Scheduler clock;

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
    this.clock = signaling;
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
                    server.onDatagram(packet.sender(), ByteBufUtil.getBytes(packet.content()));
                  }
                })
            .bind(mediaAddress)
            .sync()
            .channel();
    udpChannel[0] = udp;
    int high = limits.maxOutboundBytes();
    Scheduler inline = inline(signaling);
    this.tcp =
        new ServerBootstrap()
            .group(signalingGroup)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            // A fixed kernel send buffer: left to auto-tuning it grows to megabytes per
            // connection, and a slow reader's backlog would sit there, unseen by the water mark.
            .childOption(ChannelOption.SO_SNDBUF, high)
            .childOption(
                ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(high / 2, high))
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    connections.add(ch);
                    SignalingPipelines.server(ch.pipeline(), server, inline, limits, null);
                    // Netty's handshake timeout starts only once a whole upgrade request has
                    // arrived: a connection that sends nothing, or half a request, would stay.
                    ScheduledFuture<?> deadline =
                        ch.eventLoop()
                            .schedule(
                                () -> {
                                  if (ch.isActive()
                                      && ch.pipeline().get(HttpServerCodec.class) != null) {
                                    server.counters().increment("connections.handshake_timeout");
                                    ch.close();
                                  }
                                },
                                limits.handshakeTimeout().toMillis(),
                                TimeUnit.MILLISECONDS);
                    ch.closeFuture().addListener(f -> deadline.cancel(false));
                  }
                })
            .bind(signalingAddress)
            .sync()
            .channel();
  }

  /**
   * The signaling scheduler, except that work handed to it from its own loop runs at once. The
   * connections live on that loop, so each frame is handled as it is read instead of queued behind
   * every frame read before it: a connection that floods meets TCP back-pressure and cannot build a
   * backlog that a login, the sweeps or the shutdown would wait behind.
   */
  private static Scheduler inline(Scheduler signaling) {
    return new Scheduler() {
      @Override
      public void execute(Runnable task) {
        if (signaling.inEventLoop()) {
          task.run();
        } else {
          signaling.execute(task);
        }
      }

      @Override
      public long nanoTime() {
        return signaling.nanoTime();
      }

      @Override
      public long epochMillis() {
        return signaling.epochMillis();
      }

      @Override
      public Cancellable schedule(Runnable task, long delayNanos) {
        return signaling.schedule(task, delayNanos);
      }

      @Override
      public boolean inEventLoop() {
        return signaling.inEventLoop();
      }
    };
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
    // Bounded waits only: on a loop busy with load, sync() would wait as long as the load lasts.
    long deadline = clock.nanoTime() + timeout.toNanos();
    tcp.close().awaitUninterruptibly(timeout.toMillis() / 4, TimeUnit.MILLISECONDS);
    // Each connection closes once its close frame is out; only those still open at the deadline
    // are closed without one.
    for (Channel channel : connections) {
      channel
          .writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE))
          .addListener(ChannelFutureListener.CLOSE);
    }
    connections.newCloseFuture().awaitUninterruptibly(left(deadline) * 3 / 4, TimeUnit.NANOSECONDS);
    connections.close().awaitUninterruptibly(left(deadline), TimeUnit.NANOSECONDS);
    udp.close().awaitUninterruptibly(left(deadline), TimeUnit.NANOSECONDS);
  }

  private long left(long deadline) {
    return Math.max(0, deadline - clock.nanoTime());
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
