package io.earshot.netem.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import io.earshot.netem.RealTimeEmulationScheduler;
import io.earshot.netem.UserLink;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real datagrams on 127.0.0.1: client -> proxy -> echo server -> proxy -> client. */
class UdpRelayProxySocketTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private EventLoopGroup group;
  private EventLoop loop;
  private Channel echoServer;
  private final List<InetSocketAddress> serverSaw = new CopyOnWriteArrayList<>();
  private final List<String> serverGot = new CopyOnWriteArrayList<>();
  private Channel client;
  private final BlockingQueue<String> clientGot = new LinkedBlockingQueue<>();
  private UserLink link;
  private UdpRelayProxy proxy;

  @BeforeEach
  void start() throws Exception {
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    loop = group.next();
    echoServer =
        bind(
            group.next(),
            new SimpleChannelInboundHandler<DatagramPacket>() {
              @Override
              protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                serverSaw.add(packet.sender());
                serverGot.add(text(packet));
                ctx.writeAndFlush(new DatagramPacket(packet.content().retain(), packet.sender()));
              }
            });
    client =
        bind(
            group.next(),
            new SimpleChannelInboundHandler<DatagramPacket>() {
              @Override
              protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                clientGot.add(text(packet));
              }
            });
    link = new UserLink("alice", 42, new RealTimeEmulationScheduler(loop));
    proxy = UdpRelayProxy.start(loop, link, (InetSocketAddress) echoServer.localAddress());
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    group.shutdownGracefully(0, 100, TimeUnit.MILLISECONDS).await(TIMEOUT.toMillis());
  }

  @Test
  void relaysBothWaysWithTheConfiguredDelayAndOneAddressPerUser() throws Exception {
    link.setDelay(Duration.ofMillis(20));
    long start = System.nanoTime();
    send("ping-0");
    assertEquals("ping-0", clientGot.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    long roundTrip = System.nanoTime() - start;
    assertTrue(roundTrip >= 40_000_000L, "two 20 ms hops, never early: " + roundTrip + " ns");

    for (int i = 1; i <= 20; i++) {
      send("ping-" + i);
    }
    for (int i = 1; i <= 20; i++) {
      String echo = clientGot.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      assertNotNull(echo, "echo " + i + " missing");
    }
    assertEquals(21, serverGot.size());
    assertTrue(
        serverSaw.stream().allMatch(a -> a.equals(proxy.serverFacingAddress())),
        "the server sees only the proxy's server-facing address: " + serverSaw);
    DatagramStats up = link.stats().datagramUplink();
    assertEquals(21, up.delivered());
    assertEquals(10 * "ping-0".length() + 11 * "ping-10".length(), up.bytesDelivered());
    Eventually.await(
        loop,
        TIMEOUT,
        "downlink counters",
        () -> link.stats().datagramDownlink().delivered() == 21);
  }

  @Test
  void aFullyLossyUplinkDropsEverything() throws Exception {
    link.setRandomLoss(Direction.UPLINK, 1.0);
    for (int i = 0; i < 10; i++) {
      send("lost-" + i);
    }
    Eventually.await(
        loop,
        TIMEOUT,
        "10 datagrams offered to the uplink",
        () -> link.stats().datagramUplink().offered() == 10);
    assertEquals(10, link.stats().datagramUplink().dropped(DropCause.LOSS));

    link.setRandomLoss(Direction.UPLINK, 0.0);
    send("marker");
    assertEquals("marker", clientGot.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    assertEquals(List.of("marker"), serverGot, "nothing dropped reached the server");
  }

  @Test
  void datagramsFromStrangersAreIgnored() throws Exception {
    Channel stranger =
        bind(
            group.next(),
            new SimpleChannelInboundHandler<DatagramPacket>() {
              @Override
              protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {}
            });
    stranger
        .writeAndFlush(
            new DatagramPacket(
                Unpooled.copiedBuffer("spoof", StandardCharsets.UTF_8),
                proxy.serverFacingAddress()))
        .sync();
    Eventually.await(loop, TIMEOUT, "the stranger's datagram", () -> proxy.ignoredDatagrams() == 1);
    assertEquals(0, link.stats().datagramDownlink().offered());
    stranger.close().sync();
  }

  @Test
  void refusesALinkThatDoesNotRunOnTheProxysLoop() {
    UserLink virtual = new UserLink("bob", 1, new DeterministicTestScheduler());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> UdpRelayProxy.start(loop, virtual, proxy.serverFacingAddress()));
    assertTrue(e.getMessage().contains("RealTimeEmulationScheduler"), e.getMessage());
  }

  private void send(String text) throws InterruptedException {
    client
        .writeAndFlush(
            new DatagramPacket(
                Unpooled.copiedBuffer(text, StandardCharsets.UTF_8), proxy.localAddress()))
        .sync();
  }

  private static Channel bind(EventLoop on, SimpleChannelInboundHandler<DatagramPacket> handler)
      throws InterruptedException {
    return new Bootstrap()
        .group(on)
        .channel(NioDatagramChannel.class)
        .handler(handler)
        .bind(new InetSocketAddress(NetUtil.LOCALHOST4, 0))
        .sync()
        .channel();
  }

  private static String text(DatagramPacket packet) {
    return new String(ByteBufUtil.getBytes(packet.content()), StandardCharsets.UTF_8);
  }
}
