package io.earshot.netem.proxy;

import io.earshot.netem.DatagramPath;
import io.earshot.netem.RealTimeEmulationScheduler;
import io.earshot.netem.UserLink;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real-time UDP relay on loopback for one user: the client sends to {@link #localAddress()}; each
 * datagram goes through the link's datagram uplink and leaves from a second socket ({@link
 * #serverFacingAddress()}) to the server, so the server sees one address per user. Datagrams the
 * server sends back to that socket go through the downlink to the client's last seen address.
 * Datagrams reaching the server-facing socket from anyone but the server are ignored.
 *
 * <p>All work (both sockets and the link's scheduled deliveries) runs on one event loop, which must
 * be the loop of the link's {@link RealTimeEmulationScheduler}. The link's datagram path can be
 * opened only once, so one link serves one UDP proxy.
 */
public final class UdpRelayProxy implements AutoCloseable {

  private static final long CLOSE_TIMEOUT_SECONDS = 5;

  private final InetSocketAddress server;
  private final Channel clientFacing;
  private final Channel serverFacing;
  private final DatagramPath path;
  private final AtomicLong ignoredDatagrams = new AtomicLong();
  private volatile InetSocketAddress lastClient;

  private UdpRelayProxy(EventLoop loop, UserLink link, InetSocketAddress server)
      throws InterruptedException {
    this.server = server;
    // Register first, bind last: no datagram can arrive before every field is set.
    this.serverFacing = register(loop, new FromServerHandler());
    this.clientFacing = register(loop, new FromClientHandler());
    this.path = link.openDatagramPath(this::toServer, this::toClient);
    serverFacing.bind(new InetSocketAddress(NetUtil.LOCALHOST4, 0)).sync();
    clientFacing.bind(new InetSocketAddress(NetUtil.LOCALHOST4, 0)).sync();
  }

  /**
   * Binds both sockets on 127.0.0.1 (ephemeral ports) and starts relaying. Blocks until bound, so
   * call it from outside the event loop.
   *
   * @param loop the loop of the link's {@link RealTimeEmulationScheduler}
   * @param link the user's link; its datagram path must not be open yet
   * @param server the server's resolved UDP address
   * @throws IllegalArgumentException if the link's scheduler is not real time on {@code loop}, or
   *     the server address is unresolved
   * @throws InterruptedException if interrupted while binding
   */
  public static UdpRelayProxy start(EventLoop loop, UserLink link, InetSocketAddress server)
      throws InterruptedException {
    ProxyPreconditions.check(loop, link, server, "UdpRelayProxy");
    return new UdpRelayProxy(loop, link, server);
  }

  /** Where the client sends its datagrams. */
  public InetSocketAddress localAddress() {
    return (InetSocketAddress) clientFacing.localAddress();
  }

  /** The address the server sees this user's datagrams coming from. */
  public InetSocketAddress serverFacingAddress() {
    return (InetSocketAddress) serverFacing.localAddress();
  }

  /** Datagrams that reached the server-facing socket from an address other than the server's. */
  public long ignoredDatagrams() {
    return ignoredDatagrams.get();
  }

  /** Closes both sockets; waits up to 5 s unless called on the event loop. Idempotent. */
  @Override
  public void close() {
    var closeClient = clientFacing.close();
    var closeServer = serverFacing.close();
    if (!clientFacing.eventLoop().inEventLoop()) {
      closeClient.awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      closeServer.awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
  }

  private static Channel register(EventLoop loop, SimpleChannelInboundHandler<DatagramPacket> h)
      throws InterruptedException {
    return new Bootstrap()
        .group(loop)
        .channel(NioDatagramChannel.class)
        .handler(h)
        .register()
        .sync()
        .channel();
  }

  private void toServer(byte[] datagram) {
    serverFacing.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(datagram), server));
  }

  private void toClient(byte[] datagram) {
    InetSocketAddress client = lastClient;
    // The server can only answer after the client spoke, so this is null only in theory.
    if (client != null) {
      clientFacing.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(datagram), client));
    }
  }

  private boolean isFromServer(InetSocketAddress sender) {
    return sender.getPort() == server.getPort()
        && (server.getAddress().isAnyLocalAddress()
            || sender.getAddress().equals(server.getAddress()));
  }

  /** Client to server: remember the client's address, offer the datagram to the uplink. */
  private final class FromClientHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
      lastClient = packet.sender();
      // The link owns what it is given, so hand it a copy of Netty's pooled buffer.
      path.uplink().send(ByteBufUtil.getBytes(packet.content()));
    }
  }

  /** Server to client: offer the server's datagrams to the downlink. */
  private final class FromServerHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
      if (!isFromServer(packet.sender())) {
        ignoredDatagrams.incrementAndGet();
        return;
      }
      path.downlink().send(ByteBufUtil.getBytes(packet.content()));
    }
  }
}
