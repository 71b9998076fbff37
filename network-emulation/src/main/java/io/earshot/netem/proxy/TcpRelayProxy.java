package io.earshot.netem.proxy;

import io.earshot.netem.RealTimeEmulationScheduler;
import io.earshot.netem.UserLink;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Real-time TCP relay on loopback for one user's signaling: listens on 127.0.0.1 (ephemeral port);
 * for each accepted client connection it connects to the server and pipes bytes both ways through a
 * new stream path of the user link (delay, loss as stall, outage stall; a cut resets both
 * connections). Closing either side closes the other once the bytes before the close have crossed
 * the link. Reading pauses while a direction has too much data pending (backpressure).
 *
 * <p>All connections and the link's deliveries run on one event loop, the loop of the link's {@link
 * RealTimeEmulationScheduler}.
 */
public final class TcpRelayProxy implements AutoCloseable {

  private static final long CLOSE_TIMEOUT_SECONDS = 5;

  private final Channel listener;
  private final ChannelGroup connections;

  private TcpRelayProxy(Channel listener, ChannelGroup connections) {
    this.listener = listener;
    this.connections = connections;
  }

  /**
   * Starts listening; blocks until bound, so call it from outside the event loop.
   *
   * @param loop the loop of the link's {@link RealTimeEmulationScheduler}
   * @param link the user's link; every accepted connection opens a stream path on it
   * @param server the server's resolved TCP address
   * @throws IllegalArgumentException if the link's scheduler is not real time on {@code loop}, or
   *     the server address is unresolved
   * @throws InterruptedException if interrupted while binding
   */
  public static TcpRelayProxy start(EventLoop loop, UserLink link, InetSocketAddress server)
      throws InterruptedException {
    ProxyPreconditions.check(loop, link, server, "TcpRelayProxy");
    ChannelGroup connections = new DefaultChannelGroup("tcp-relay-" + link.linkId(), loop);
    Channel listener =
        new ServerBootstrap()
            .group(loop, loop)
            .channel(NioServerSocketChannel.class)
            // Nothing is read from a client before its server connection is up.
            .childOption(ChannelOption.AUTO_READ, false)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel client) {
                    connections.add(client);
                    client.pipeline().addLast(new TcpRelayConnection(link, server, connections));
                  }
                })
            .bind(new InetSocketAddress(NetUtil.LOCALHOST4, 0))
            .sync()
            .channel();
    return new TcpRelayProxy(listener, connections);
  }

  /** Where clients connect. */
  public InetSocketAddress localAddress() {
    return (InetSocketAddress) listener.localAddress();
  }

  /** Stops listening and closes every relayed connection; waits up to 5 s unless on the loop. */
  @Override
  public void close() {
    var closeListener = listener.close();
    var closeConnections = connections.close();
    if (!listener.eventLoop().inEventLoop()) {
      closeListener.awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      closeConnections.awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
  }
}
