package io.earshot.simulator.internal;

import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.transport.ByteSink;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.engine.transport.MediaListener;
import io.earshot.engine.transport.MediaSocket;
import io.earshot.engine.transport.SignalingConnection;
import io.earshot.engine.transport.SignalingListener;
import io.earshot.engine.transport.StreamSignaling;
import io.earshot.netem.DatagramPath;
import io.earshot.netem.StreamLink;
import io.earshot.netem.StreamPath;
import io.earshot.netem.StreamSink;
import io.earshot.netem.UserLink;
import io.earshot.simulator.quality.PacketPoint;
import io.earshot.simulator.time.EmulationClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Simulated-time wiring: the server runs in memory on the virtual scheduler, and every user's bytes
 * go through its emulated link without sockets. The engine, server and emulator code is the same as
 * in real time; only this bottom layer and the clock differ.
 *
 * <p>The server can go down (every signaling connection is cut, both ends see it end; new
 * connections are cut at once, datagrams to it are dropped) and come back as a new in-memory server
 * with empty state; a restart is both at once. What the old server still sends is dropped.
 */
public final class SimulatedNetwork implements SimulationNetwork {
  private final VirtualScheduler scheduler;
  private final Map<InetSocketAddress, Endpoint> endpoints = new HashMap<>();
  private final PacketObserver observer;
  private final Set<Endpoint.Connection> openConnections = new LinkedHashSet<>();
  private EarshotServer server;
  private int generation;
  private boolean down;

  /** Sees every datagram where it enters and leaves each user's link. */
  @FunctionalInterface
  public interface PacketObserver {
    void observe(String user, PacketPoint point, byte[] datagram, long schedulerNanos);
  }

  public SimulatedNetwork(
      ServerConfig config, VirtualScheduler scheduler, PacketObserver observer) {
    this.scheduler = scheduler;
    this.observer = observer;
    this.server = newServer(config);
  }

  private EarshotServer newServer(ServerConfig config) {
    int mine = ++generation;
    return EarshotServer.inMemory(
        config,
        scheduler,
        (to, datagram) -> {
          if (mine == generation && !down) {
            fromServer(to, datagram);
          }
        });
  }

  @Override
  public void serverGoesDown() {
    if (down) {
      return;
    }
    down = true;
    List<Endpoint.Connection> open = new ArrayList<>(openConnections);
    open.forEach(Endpoint.Connection::cut);
    server.close();
  }

  @Override
  public void serverComesBack(ServerConfig config) {
    if (!down) {
      throw new IllegalStateException("the server is not down, so it cannot come back");
    }
    server = newServer(config);
    down = false;
  }

  @Override
  public boolean serverDown() {
    return down;
  }

  @Override
  public EarshotServer server() {
    return server;
  }

  /** Wires one user: its link on the virtual clock and an in-memory transport through it. */
  @Override
  public UserWiring connect(String userName, long seed) {
    UserLink link = new UserLink(userName, seed, EmulationClock.of(scheduler));
    Endpoint endpoint =
        new Endpoint(
            userName, link, addressFor(endpoints.size() + 1), SeededRandom.derive(seed, userName));
    endpoints.put(endpoint.address, endpoint);
    return endpoint;
  }

  private void fromServer(InetSocketAddress to, byte[] datagram) {
    Endpoint endpoint = endpoints.get(to);
    if (endpoint != null && endpoint.datagrams != null) {
      observer.observe(endpoint.user, PacketPoint.DOWNLINK_IN, datagram, scheduler.nanoTime());
      endpoint.datagrams.downlink().send(datagram);
    }
  }

  private static InetSocketAddress addressFor(int index) {
    try {
      return new InetSocketAddress(
          InetAddress.getByAddress(new byte[] {10, 0, (byte) (index >> 8), (byte) index}), 5004);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("a literal IPv4 address was refused", e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /** One user's place on the simulated network: its link and its in-memory transport. */
  public final class Endpoint implements ClientTransport, UserWiring {
    private final String user;
    private final UserLink link;
    private final InetSocketAddress address;
    private DatagramPath datagrams;
    private MediaListener mediaListener;
    private final long seed;
    private int connections;

    private Endpoint(String user, UserLink link, InetSocketAddress address, long seed) {
      this.user = user;
      this.link = link;
      this.address = address;
      this.seed = seed;
    }

    @Override
    public UserLink link() {
      return link;
    }

    @Override
    public Scheduler scheduler() {
      return scheduler;
    }

    @Override
    public ClientTransport transport() {
      return this;
    }

    @Override
    public void close() {
      // Nothing to release: no sockets in simulated time.
    }

    @Override
    public SignalingConnection openSignaling(SignalingListener listener) {
      return new Connection(
          listener, SeededRandom.derive(seed, "signaling", String.valueOf(connections++)));
    }

    @Override
    public MediaSocket openMedia(MediaListener listener) {
      mediaListener = listener;
      if (datagrams == null) {
        datagrams =
            link.openDatagramPath(
                d -> {
                  observer.observe(user, PacketPoint.UPLINK_OUT, d, scheduler.nanoTime());
                  if (!down) {
                    server.onDatagram(address, d);
                  }
                },
                d -> {
                  observer.observe(user, PacketPoint.DOWNLINK_OUT, d, scheduler.nanoTime());
                  MediaListener l = mediaListener;
                  if (l != null) {
                    l.onDatagram(d);
                  }
                });
      }
      return new MediaSocket() {
        @Override
        public void send(byte[] datagram) {
          if (mediaListener == listener) {
            observer.observe(user, PacketPoint.UPLINK_IN, datagram, scheduler.nanoTime());
            datagrams.uplink().send(datagram);
          }
        }

        @Override
        public void close() {
          if (mediaListener == listener) {
            mediaListener = null;
          }
        }
      };
    }

    /**
     * One signaling connection: the engine's WebSocket stack on both ends, its bytes on the link's
     * byte streams. While the server is down it is cut as soon as it opens (refused).
     */
    private final class Connection implements SignalingConnection {
      private final StreamSignaling.Connection client;
      private final StreamPath path;
      private ByteSink toServer;
      private boolean cut;

      Connection(SignalingListener listener, long seed) {
        ByteSink[] toClient = new ByteSink[1];
        this.path = link.openStreamPath(sink(() -> toServer), sink(() -> toClient[0]), this::cut);
        this.client =
            StreamSignaling.connect(
                scheduler,
                SIGNALING_URI,
                RandomBytes.from(new SeededRandom(seed)),
                linkSink(path.uplink()),
                listener);
        toClient[0] = client.input();
        if (down) {
          toServer = DISCARD;
          scheduler.execute(this::cut);
        } else {
          toServer = server.acceptStream(linkSink(path.downlink()), address.getAddress());
          openConnections.add(this);
        }
      }

      @Override
      public void send(String message) {
        client.send(message);
      }

      @Override
      public void close() {
        client.close();
      }

      /** The link reset the connection, or the server went: both ends see it go. */
      private void cut() {
        if (cut) {
          return;
        }
        cut = true;
        openConnections.remove(this);
        path.close();
        scheduler.execute(
            () -> {
              toServer.end();
              client.reset();
            });
      }
    }
  }

  private static final URI SIGNALING_URI = URI.create("ws://10.0.0.1:4000/earshot");

  /** Where a refused connection's bytes go. */
  private static final ByteSink DISCARD =
      new ByteSink() {
        @Override
        public void write(byte[] chunk) {}

        @Override
        public void end() {}
      };

  /** Delivers what one direction of the link carries to the end that {@code target} names. */
  private static StreamSink sink(Supplier<ByteSink> target) {
    return new StreamSink() {
      @Override
      public void onData(byte[] chunk) {
        target.get().write(chunk);
      }

      @Override
      public void onEnd() {
        target.get().end();
      }
    };
  }

  /** Writes into one direction of the link. */
  private static ByteSink linkSink(StreamLink direction) {
    return new ByteSink() {
      private boolean ended;

      @Override
      public void write(byte[] chunk) {
        if (!ended) {
          direction.write(chunk);
        }
      }

      @Override
      public void end() {
        if (!ended) {
          ended = true;
          direction.end();
        }
      }
    };
  }
}
