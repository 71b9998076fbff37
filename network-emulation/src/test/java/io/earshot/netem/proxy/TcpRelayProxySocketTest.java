package io.earshot.netem.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.RealTimeEmulationScheduler;
import io.earshot.netem.StreamStats;
import io.earshot.netem.UserLink;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.NetUtil;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real TCP on 127.0.0.1: client -> proxy -> echo server -> proxy -> client. */
class TcpRelayProxySocketTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private EventLoopGroup group;
  private EventLoop loop;
  private Channel echoServer;
  private final CompletableFuture<Channel> serverSide = new CompletableFuture<>();
  private final ByteArrayOutputStream serverGot = new ByteArrayOutputStream();
  private UserLink link;
  private TcpRelayProxy proxy;

  @BeforeEach
  void start() throws Exception {
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    loop = group.next();
    EventLoop serverLoop = group.next();
    echoServer =
        new ServerBootstrap()
            .group(serverLoop, serverLoop)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    serverSide.complete(channel);
                    channel
                        .pipeline()
                        .addLast(
                            new ChannelInboundHandlerAdapter() {
                              @Override
                              public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                ByteBuf buffer = (ByteBuf) msg;
                                synchronized (serverGot) {
                                  serverGot.writeBytes(ByteBufUtil.getBytes(buffer));
                                }
                                ctx.writeAndFlush(msg);
                              }

                              @Override
                              public void exceptionCaught(ChannelHandlerContext ctx, Throwable t) {
                                ctx.close();
                              }
                            });
                  }
                })
            .bind(new InetSocketAddress(NetUtil.LOCALHOST4, 0))
            .sync()
            .channel();
    link = new UserLink("alice", 42, new RealTimeEmulationScheduler(loop));
    proxy = TcpRelayProxy.start(loop, link, (InetSocketAddress) echoServer.localAddress());
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    group.shutdownGracefully(0, 100, TimeUnit.MILLISECONDS).await(TIMEOUT.toMillis());
  }

  @Test
  void bytesCrossBothWaysInOrderDespiteLoss() throws Exception {
    link.setDelay(Duration.ofMillis(10));
    link.setRandomLoss(0.02);
    byte[] payload = new byte[200_000];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) (i * 31 + (i >>> 8));
    }
    Client client = connect(payload.length);
    for (int offset = 0; offset < payload.length; offset += 2_000) {
      client.channel.writeAndFlush(Unpooled.wrappedBuffer(payload, offset, 2_000));
    }
    client.complete.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    assertArrayEquals(payload, client.received());

    StreamStats up = link.stats().streamUplink();
    assertEquals(payload.length, up.bytesOffered());
    assertEquals(payload.length, up.bytesDelivered());
    assertEquals(1, up.connections());
    Eventually.await(
        loop,
        TIMEOUT,
        "downlink counters",
        () -> link.stats().streamDownlink().bytesDelivered() == payload.length);
  }

  @Test
  void clientCloseReachesTheServer() throws Exception {
    Client client = connect(4);
    client.channel.writeAndFlush(ascii("bye!"));
    client.complete.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    Channel server = serverSide.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    client.channel.close().sync();
    assertTrue(server.closeFuture().await(TIMEOUT.toMillis()), "server side closed");
  }

  @Test
  void serverCloseReachesTheClient() throws Exception {
    Client client = connect(0);
    Channel server = serverSide.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    server.close().sync();
    assertTrue(client.channel.closeFuture().await(TIMEOUT.toMillis()), "client side closed");
  }

  @Test
  void anOutageStallsTheStreamUntilTheLinkComesBack() throws Exception {
    Client client = connect(4);
    serverSide.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    link.goDown();
    client.channel.writeAndFlush(ascii("ping"));
    Eventually.await(
        loop,
        TIMEOUT,
        "the chunk reaching the proxy",
        () -> link.stats().streamUplink().chunksOffered() == 1);
    synchronized (serverGot) {
      assertEquals(0, serverGot.size(), "held by the outage, not delivered");
    }
    assertTrue(client.channel.isActive(), "an outage stalls, it does not close");

    link.comeBack();
    client.complete.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    assertEquals("ping", new String(client.received(), StandardCharsets.US_ASCII));
    assertTrue(link.stats().streamUplink().outageStallNanos() > 0);
  }

  @Test
  void aLongStallUnderBackpressureResumesAndDeliversEverythingInOrder() throws Exception {
    byte[] payload = new byte[12 * 1024 * 1024];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) (i ^ (i >>> 11));
    }
    Client client = connect(payload.length);
    serverSide.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    link.goDown();
    for (int offset = 0; offset < payload.length; offset += 65_536) {
      client.channel.writeAndFlush(Unpooled.wrappedBuffer(payload, offset, 65_536));
    }
    // Everything offered while down is held, so this engages the read throttle.
    Eventually.await(
        loop,
        TIMEOUT,
        "the proxy to hold the high-water mark",
        () -> link.stats().streamUplink().bytesOffered() >= ReadThrottle.HIGH_WATER_BYTES);
    synchronized (serverGot) {
      assertEquals(0, serverGot.size());
    }

    link.comeBack();
    client.complete.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    assertArrayEquals(payload, client.received());
  }

  @Test
  void aCutResetsBothConnections() throws Exception {
    Client client = connect(0);
    Channel server = serverSide.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    // The path opens once the proxy's server connection is up; wait for it to exist.
    Eventually.await(
        loop, TIMEOUT, "the stream path", () -> link.stats().streamUplink().connections() == 1);
    link.cutStreams();
    assertTrue(client.channel.closeFuture().await(TIMEOUT.toMillis()), "client side closed");
    assertTrue(server.closeFuture().await(TIMEOUT.toMillis()), "server side closed");
  }

  private Client connect(int expectedBytes) throws InterruptedException {
    Client client = new Client(expectedBytes);
    client.channel =
        new Bootstrap()
            .group(group.next())
            .channel(NioSocketChannel.class)
            .handler(client)
            .connect(proxy.localAddress())
            .sync()
            .channel();
    return client;
  }

  private static ByteBuf ascii(String text) {
    return Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
  }

  /** Collects what the client receives and completes once {@code expected} bytes arrived. */
  private static final class Client extends SimpleChannelInboundHandler<ByteBuf> {
    final CompletableFuture<Void> complete = new CompletableFuture<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final int expected;
    Channel channel;

    Client(int expected) {
      this.expected = expected;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
      synchronized (data) {
        data.writeBytes(ByteBufUtil.getBytes(msg));
        if (data.size() >= expected) {
          complete.complete(null);
        }
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }

    byte[] received() {
      synchronized (data) {
        return data.toByteArray();
      }
    }
  }
}
