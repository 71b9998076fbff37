package io.earshot.engine.server;

import io.earshot.engine.internal.server.RoomServer;
import io.earshot.engine.internal.wire.EmbeddedStream;
import io.earshot.engine.internal.wire.SignalingPipelines;
import io.earshot.engine.internal.wire.SocketServerBinding;
import io.earshot.engine.random.RealTimeRandomBytes;
import io.earshot.engine.scheduling.RealTimeScheduler;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.transport.ByteSink;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The reference server: rooms, authentication and the media relay. Runs on real sockets ({@link
 * #startOnSockets}), embedded on ephemeral loopback ports by default, or without sockets on a
 * caller's scheduler ({@link #inMemory}), where a simulated network feeds it.
 */
public final class EarshotServer implements AutoCloseable {
  private final RoomServer server;
  private final Scheduler scheduler;
  private final ServerConfig config;
  private final SocketServerBinding binding;
  private final List<EventLoopGroup> ownedGroups;

  private EarshotServer(
      RoomServer server,
      Scheduler scheduler,
      ServerConfig config,
      SocketServerBinding binding,
      List<EventLoopGroup> groups) {
    this.server = server;
    this.scheduler = scheduler;
    this.config = config;
    this.binding = binding;
    this.ownedGroups = groups;
  }

  /** Starts on ephemeral loopback ports (127.0.0.1:0), the default for scenarios. */
  public static EarshotServer startEmbedded(ServerConfig config) {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    return startOnSockets(config, any, any);
  }

  /**
   * Starts on the given addresses with its own event loops: one for signaling, one for media.
   * Nonces and media secrets come from a {@code SecureRandom}.
   */
  public static EarshotServer startOnSockets(
      ServerConfig config, InetSocketAddress signaling, InetSocketAddress media) {
    EventLoopGroup signalingGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup mediaGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    List<EventLoopGroup> groups = List.of(signalingGroup, mediaGroup);
    RealTimeScheduler signalingScheduler = new RealTimeScheduler(signalingGroup.next());
    RealTimeScheduler mediaScheduler = new RealTimeScheduler(mediaGroup.next());
    try {
      RoomServer[] built = new RoomServer[1];
      SocketServerBinding binding =
          new SocketServerBinding(
              signalingGroup,
              signalingScheduler,
              mediaGroup,
              config.limits(),
              signaling,
              media,
              output ->
                  built[0] =
                      new RoomServer(
                          config,
                          signalingScheduler,
                          mediaScheduler,
                          output,
                          new RealTimeRandomBytes()));
      return new EarshotServer(built[0], signalingScheduler, config, binding, groups);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      groups.forEach(EventLoopGroup::shutdownGracefully);
      throw new IllegalStateException("interrupted while binding the server's sockets", e);
    } catch (RuntimeException e) {
      groups.forEach(EventLoopGroup::shutdownGracefully);
      throw e;
    }
  }

  /** A server without sockets; every call must then be made on {@code scheduler}. */
  public static EarshotServer inMemory(
      ServerConfig config, Scheduler scheduler, DatagramOutput mediaOutput) {
    return new EarshotServer(
        new RoomServer(config, scheduler, mediaOutput), scheduler, config, null, List.of());
  }

  /** The path of the WebSocket that clients connect to. */
  public static final String SIGNALING_PATH = SignalingPipelines.PATH;

  /** The WebSocket URI clients connect to (socket mode only). */
  public URI signalingUri() {
    InetSocketAddress a = requireSockets().signalingAddress();
    return URI.create("ws://" + a.getHostString() + ":" + a.getPort() + SignalingPipelines.PATH);
  }

  public InetSocketAddress signalingAddress() {
    return requireSockets().signalingAddress();
  }

  /** The relay's UDP address (socket mode only). */
  public InetSocketAddress mediaAddress() {
    return requireSockets().mediaAddress();
  }

  /** A new signaling connection (in-memory mode; call on the server's scheduler). */
  public PeerHandler connect(SignalingPeer peer) {
    return server.connect(peer);
  }

  /**
   * A new connection whose bytes arrive as a stream (in-memory mode; call on the server's
   * scheduler): the server's WebSocket stack runs over it as it would on a socket, writing to
   * {@code toClient}. Returns where the client's bytes go.
   *
   * @param clientIp the client's IP address (its media binds must come from it), or null
   */
  public ByteSink acceptStream(ByteSink toClient, InetAddress clientIp) {
    return EmbeddedStream.open(
            scheduler,
            toClient,
            p -> SignalingPipelines.server(p, server, scheduler, config.limits(), clientIp))
        .input();
  }

  /** A datagram from a client (in-memory mode; call on the server's scheduler). */
  public void onDatagram(InetSocketAddress from, byte[] datagram) {
    server.onDatagram(from, datagram);
  }

  /**
   * Applies a new configuration to the running server (apps, room limits, token requirement) for
   * logins and rooms from now on. Safe from any thread.
   */
  public void reconfigure(ServerConfig config) {
    scheduler.execute(() -> server.reconfigure(config));
  }

  /**
   * Kicks a logged-in user out (the admin API): {@code KICK_OUT 1002055} for that user, stream
   * DELETE code 4 and user DELETE for the others. Completes with whether the user was logged in.
   * Safe from any thread.
   */
  public CompletableFuture<Boolean> kickOut(long appId, String userId) {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    scheduler.execute(() -> done.complete(server.adminKickOut(appId, userId)));
    return done;
  }

  /** What the server counted: messages, refusals, relayed packets. Safe from any thread. */
  public Map<String, Long> counters() {
    return server.counters().snapshot();
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  private SocketServerBinding requireSockets() {
    if (binding == null) {
      throw new IllegalStateException("this server runs in memory and has no sockets");
    }
    return binding;
  }

  /** Open signaling connections on the sockets (0 in memory). */
  public int connectionCount() {
    return binding == null ? 0 : binding.connectionCount();
  }

  /**
   * Stops the server: timers first, then (on sockets) a WebSocket close with 1001 to every client;
   * bounded by the configured shutdown timeout.
   */
  @Override
  public void close() {
    if (binding == null) {
      server.shutdown();
      return;
    }
    // One deadline for every step: a loop kept busy by load must not stretch each wait in turn.
    Duration timeout = config.limits().shutdownTimeout();
    long deadline = scheduler.nanoTime() + timeout.toNanos();
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    scheduler.execute(
        () -> {
          server.shutdown();
          stopped.complete(null);
        });
    try {
      stopped.get(timeout.toMillis() / 4, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Shut down regardless: the sockets go next.
    }
    // The sockets get the time left but a tenth of the timeout, which the loops get to end.
    binding.close(
        Duration.ofNanos(Math.max(0, deadline - scheduler.nanoTime() - timeout.toNanos() / 10)));
    for (EventLoopGroup group : ownedGroups) {
      group.shutdownGracefully(0, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    for (EventLoopGroup group : ownedGroups) {
      group
          .terminationFuture()
          .awaitUninterruptibly(Math.max(0, deadline - scheduler.nanoTime()), TimeUnit.NANOSECONDS);
    }
  }
}
