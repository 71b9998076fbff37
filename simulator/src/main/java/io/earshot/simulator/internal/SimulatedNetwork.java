package io.earshot.simulator.internal;

import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.engine.transport.MediaListener;
import io.earshot.engine.transport.MediaSocket;
import io.earshot.engine.transport.SignalingConnection;
import io.earshot.engine.transport.SignalingListener;
import io.earshot.netem.DatagramPath;
import io.earshot.netem.StreamPath;
import io.earshot.netem.StreamSink;
import io.earshot.netem.UserLink;
import io.earshot.simulator.time.VirtualScheduler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;

/**
 * Simulated-time wiring: the server runs in memory on the virtual scheduler, and every user's bytes
 * go through its emulated link without sockets. The engine, server and emulator code is the same as
 * in real time; only this bottom layer and the clock differ.
 */
public final class SimulatedNetwork implements SimulationNetwork {
  private final VirtualScheduler scheduler;
  private final EarshotServer server;
  private final Map<InetSocketAddress, Endpoint> endpoints = new HashMap<>();

  public SimulatedNetwork(ServerConfig config, VirtualScheduler scheduler) {
    this.scheduler = scheduler;
    this.server = EarshotServer.inMemory(config, scheduler, this::fromServer);
  }

  @Override
  public EarshotServer server() {
    return server;
  }

  /** Wires one user: its link on the virtual clock and an in-memory transport through it. */
  @Override
  public UserWiring connect(String userName, long seed) {
    UserLink link = new UserLink(userName, seed, scheduler.asEmulationScheduler());
    Endpoint endpoint = new Endpoint(link, addressFor(endpoints.size() + 1));
    endpoints.put(endpoint.address, endpoint);
    return endpoint;
  }

  private void fromServer(InetSocketAddress to, byte[] datagram) {
    Endpoint endpoint = endpoints.get(to);
    if (endpoint != null && endpoint.datagrams != null) {
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
    private final UserLink link;
    private final InetSocketAddress address;
    private DatagramPath datagrams;
    private MediaListener mediaListener;

    private Endpoint(UserLink link, InetSocketAddress address) {
      this.link = link;
      this.address = address;
    }

    @Override
    public UserLink link() {
      return link;
    }

    @Override
    public io.earshot.engine.scheduling.Scheduler scheduler() {
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
      return new Connection(listener);
    }

    @Override
    public MediaSocket openMedia(MediaListener listener) {
      mediaListener = listener;
      if (datagrams == null) {
        datagrams =
            link.openDatagramPath(
                d -> server.onDatagram(address, d),
                d -> {
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

    /** One signaling connection: framed messages over the link's byte streams. */
    private final class Connection implements SignalingConnection {
      private final SignalingListener listener;
      private final StreamPath path;
      private PeerHandler handler;
      private boolean closedLocally;
      private boolean ended;

      Connection(SignalingListener listener) {
        this.listener = listener;
        MessageFramer toServer = new MessageFramer(m -> handler.onMessage(m), this::violation);
        MessageFramer toClient =
            new MessageFramer(
                m -> {
                  if (!closedLocally) {
                    listener.onMessage(m);
                  }
                },
                this::violation);
        this.path =
            link.openStreamPath(
                new StreamSink() {
                  @Override
                  public void onData(byte[] chunk) {
                    toServer.onData(chunk);
                  }

                  @Override
                  public void onEnd() {
                    handler.onClosed();
                  }
                },
                new StreamSink() {
                  @Override
                  public void onData(byte[] chunk) {
                    toClient.onData(chunk);
                  }

                  @Override
                  public void onEnd() {
                    reportClosed("connection closed by the server");
                  }
                },
                this::cut);
        SignalingPeer peer =
            new SignalingPeer() {
              @Override
              public void send(String message) {
                if (!ended) {
                  path.downlink().write(MessageFramer.frame(message));
                }
              }

              @Override
              public void close() {
                if (!ended) {
                  ended = true;
                  path.downlink().end();
                }
              }

              @Override
              public String describe() {
                return "in-memory " + address;
              }
            };
        // The server accepts at once; the client hears of it through the scheduler, as with a
        // socket.
        scheduler.execute(
            () -> {
              handler = server.connect(peer);
              listener.onOpen();
            });
      }

      @Override
      public void send(String message) {
        if (!closedLocally) {
          path.uplink().write(MessageFramer.frame(message));
        }
      }

      @Override
      public void close() {
        if (!closedLocally) {
          closedLocally = true;
          path.uplink().end();
        }
      }

      private void cut() {
        path.close();
        scheduler.execute(
            () -> {
              handler.onClosed();
              reportClosed("connection reset");
            });
      }

      private void violation() {
        cut();
      }

      private void reportClosed(String why) {
        if (!closedLocally) {
          closedLocally = true;
          listener.onClosed(why);
        }
      }
    }
  }
}
