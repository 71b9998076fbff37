package io.earshot.engine;

import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.engine.transport.MediaListener;
import io.earshot.engine.transport.MediaSocket;
import io.earshot.engine.transport.SignalingConnection;
import io.earshot.engine.transport.SignalingListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test network between engines and an in-memory server on one {@link VirtualScheduler}, with the
 * faults reconnection is about: a user's network down (signaling held both ways without closing,
 * datagrams dropped), its media alone down, its connection reset, the server refusing connections,
 * and a server restart (every connection closed, a new server with empty state). It records when
 * each user opened a connection, to check the attempt schedule.
 */
final class OutageNetwork {
  private final VirtualScheduler scheduler;
  private ServerConfig config;
  private EarshotServer server;
  private int restarts;
  private boolean refusing;
  private final Map<InetSocketAddress, MediaListener> media = new HashMap<>();
  private final List<Transport> transports = new ArrayList<>();

  OutageNetwork(VirtualScheduler scheduler, ServerConfig config) {
    this.scheduler = scheduler;
    this.config = config;
    this.server = newServer();
  }

  private EarshotServer newServer() {
    ServerConfig c = config.toBuilder().seed(config.seed() + 1000L * restarts).build();
    return EarshotServer.inMemory(
        c,
        scheduler,
        (to, d) ->
            scheduler.execute(
                () -> {
                  MediaListener l = media.get(to);
                  Transport t = transportAt(to);
                  if (l != null && t != null && !t.down && !t.mediaDown) {
                    l.onDatagram(d);
                  }
                }));
  }

  EarshotServer server() {
    return server;
  }

  Transport newTransport() {
    Transport t = new Transport(address(transports.size() + 1));
    transports.add(t);
    return t;
  }

  /** New connections are closed at once (the server is down) or accepted again. */
  void refuseConnections(boolean refuse) {
    this.refusing = refuse;
  }

  /** Every connection closes and a new server with empty state takes the old one's place. */
  void restartServer() {
    transports.forEach(t -> t.connections.forEach(Link::serverCloses));
    server.close();
    restarts++;
    server = newServer();
  }

  private Transport transportAt(InetSocketAddress a) {
    return transports.stream().filter(t -> t.address.equals(a)).findFirst().orElse(null);
  }

  private static InetSocketAddress address(int host) {
    try {
      return new InetSocketAddress(
          InetAddress.getByAddress(new byte[] {10, 7, 0, (byte) host}), 5000);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  /** One user's way to the server. */
  final class Transport implements ClientTransport {
    final InetSocketAddress address;
    final List<Long> connectionAttemptsAt = new ArrayList<>();
    private final List<Link> connections = new ArrayList<>();
    private boolean down;
    private boolean mediaDown;

    Transport(InetSocketAddress address) {
      this.address = address;
    }

    /** The user's network goes down: signaling held both ways, datagrams dropped. */
    void down() {
      down = true;
    }

    /** The network comes back: what was held is delivered, in order. */
    void up() {
      down = false;
      connections.forEach(Link::flush);
    }

    void mediaDown(boolean isDown) {
      mediaDown = isDown;
    }

    /** The connection is reset from the network: both ends see it close. */
    void reset() {
      connections.forEach(Link::serverCloses);
    }

    @Override
    public SignalingConnection openSignaling(SignalingListener listener) {
      connectionAttemptsAt.add(scheduler.nanoTime());
      Link link = new Link(this, listener);
      connections.add(link);
      scheduler.execute(link::open);
      return link.clientEnd;
    }

    @Override
    public MediaSocket openMedia(MediaListener listener) {
      media.put(address, listener);
      return new MediaSocket() {
        private boolean closed;

        @Override
        public void send(byte[] datagram) {
          if (!closed && !down && !mediaDown) {
            EarshotServer target = server;
            scheduler.execute(() -> target.onDatagram(address, datagram));
          }
        }

        @Override
        public void close() {
          closed = true;
          media.remove(address, listener);
        }
      };
    }
  }

  /** One signaling connection; while its user's network is down, messages wait in queues. */
  private final class Link {
    private final Transport transport;
    private final SignalingListener listener;
    private final ArrayDeque<Runnable> held = new ArrayDeque<>();
    private PeerHandler handler;
    private boolean closed;

    Link(Transport transport, SignalingListener listener) {
      this.transport = transport;
      this.listener = listener;
    }

    void open() {
      if (refusing) {
        closed = true;
        listener.onClosed("connection refused");
        return;
      }
      deliver(
          () -> {
            if (!closed) {
              listener.onOpen();
              handler = server.connect(serverEnd);
            }
          });
    }

    void deliver(Runnable r) {
      if (transport.down) {
        held.add(r);
      } else {
        scheduler.execute(r);
      }
    }

    void flush() {
      while (!held.isEmpty()) {
        scheduler.execute(held.poll());
      }
    }

    void serverCloses() {
      if (!closed) {
        closed = true;
        scheduler.execute(
            () -> {
              listener.onClosed("closed by the network");
              if (handler != null) {
                handler.onClosed();
              }
            });
      }
    }

    final SignalingConnection clientEnd =
        new SignalingConnection() {
          @Override
          public void send(String message) {
            if (!closed) {
              deliver(
                  () -> {
                    if (handler != null) {
                      handler.onMessage(message);
                    }
                  });
            }
          }

          @Override
          public void close() {
            if (!closed) {
              closed = true;
              deliver(
                  () -> {
                    if (handler != null) {
                      handler.onClosed();
                    }
                  });
            }
          }
        };

    final SignalingPeer serverEnd =
        new SignalingPeer() {
          @Override
          public void send(String message) {
            if (!closed) {
              deliver(
                  () -> {
                    if (!closed) {
                      listener.onMessage(message);
                    }
                  });
            }
          }

          @Override
          public void close() {
            serverCloses();
          }

          @Override
          public String describe() {
            return "outage link " + transport.address;
          }

          @Override
          public InetAddress remoteIp() {
            return transport.address.getAddress();
          }
        };
  }
}
