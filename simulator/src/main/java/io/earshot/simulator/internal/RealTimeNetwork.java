package io.earshot.simulator.internal;

import io.earshot.engine.scheduling.RealTimeScheduler;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.engine.transport.SocketClientTransport;
import io.earshot.netem.RealTimeEmulationScheduler;
import io.earshot.netem.UserLink;
import io.earshot.netem.proxy.TcpRelayProxy;
import io.earshot.netem.proxy.UdpRelayProxy;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Real-time wiring: the embedded server on loopback sockets, and per user a UDP and a TCP relay
 * proxy that carry the user's traffic through its emulated link. Engines run on their own event
 * loops; sockets and proxies on a shared I/O group.
 *
 * <p>The server can go down (it is closed: every client connection ends, and while it is down the
 * proxies' connections to it are refused and datagrams to it are lost) and come back as a new
 * server on the same signaling and media ports, where the proxies still forward.
 */
public final class RealTimeNetwork implements SimulationNetwork {
  private final EventLoopGroup io = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
  private final EventLoopGroup engines = new DefaultEventLoopGroup(2);
  private final InetSocketAddress signalingAddress;
  private final InetSocketAddress mediaAddress;
  private final String signalingPath;
  private volatile EarshotServer server;
  private volatile boolean down;

  public RealTimeNetwork(ServerConfig config) {
    this.server = EarshotServer.startEmbedded(config);
    this.signalingAddress = server.signalingAddress();
    this.mediaAddress = server.mediaAddress();
    this.signalingPath = server.signalingUri().getPath();
  }

  /** Users reach a server that runs elsewhere; it can be neither restarted nor reconfigured. */
  public RealTimeNetwork(URI signaling, InetSocketAddress media) {
    this.server = null;
    this.signalingAddress = new InetSocketAddress(signaling.getHost(), signaling.getPort());
    this.mediaAddress = media;
    this.signalingPath = signaling.getPath();
  }

  private void requireOwnServer(String what) {
    if (server == null) {
      throw new IllegalStateException(
          "the server runs elsewhere (" + signalingAddress + "), so this scenario cannot " + what);
    }
  }

  @Override
  public synchronized void serverGoesDown() {
    requireOwnServer("take it down");
    if (!down) {
      down = true;
      server.close();
    }
  }

  @Override
  public synchronized void serverComesBack(ServerConfig config) {
    if (!down) {
      throw new IllegalStateException("the server is not down, so it cannot come back");
    }
    server = EarshotServer.startOnSockets(config, signalingAddress, mediaAddress);
    down = false;
  }

  @Override
  public boolean serverDown() {
    return down;
  }

  @Override
  public EarshotServer server() {
    requireOwnServer("reach it");
    return server;
  }

  /**
   * Wires one user: its link, its proxies in front of the server, a socket transport and a
   * scheduler.
   */
  @Override
  public UserWiring connect(String userName, long seed) {
    EventLoop linkLoop = io.next();
    UserLink link = new UserLink(userName, seed, new RealTimeEmulationScheduler(linkLoop));
    try {
      UdpRelayProxy udp = UdpRelayProxy.start(linkLoop, link, mediaAddress);
      TcpRelayProxy tcp = TcpRelayProxy.start(linkLoop, link, signalingAddress);
      InetSocketAddress signaling = tcp.localAddress();
      URI uri = URI.create("ws://127.0.0.1:" + signaling.getPort() + signalingPath);
      ClientTransport transport = new SocketClientTransport(io, uri, udp.localAddress());
      return new Wiring(
          new RealTimeScheduler((EventLoop) engines.next()), transport, link, udp, tcp);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the proxies of " + userName, e);
    }
  }

  @Override
  public synchronized void close() {
    if (!down && server != null) {
      server.close();
    }
    engines.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    io.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** One user's real-time wiring. */
  public record Wiring(
      Scheduler scheduler,
      ClientTransport transport,
      UserLink link,
      UdpRelayProxy udp,
      TcpRelayProxy tcp)
      implements UserWiring {
    @Override
    public void close() {
      udp.close();
      tcp.close();
    }
  }
}
