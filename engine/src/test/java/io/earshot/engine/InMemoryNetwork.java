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
import java.util.HashMap;
import java.util.Map;

/**
 * A loopback between client engines and an {@link EarshotServer#inMemory} server on one {@link
 * VirtualScheduler}: every message and datagram is one scheduler task, delivered in order, with no
 * loss and no delay unless a transport's datagram paths say otherwise ({@link DatagramPath}). Each
 * transport has a fixed fake media address (10.0.0.n:5000).
 */
public final class InMemoryNetwork {
  private final VirtualScheduler scheduler;
  private final EarshotServer server;
  private final Map<InetSocketAddress, MediaListener> mediaByAddress = new HashMap<>();
  private final Map<InetSocketAddress, DatagramPath> downlinks = new HashMap<>();
  private int nextHost = 1;

  public InMemoryNetwork(VirtualScheduler scheduler, ServerConfig config) {
    this.scheduler = scheduler;
    this.server =
        EarshotServer.inMemory(
            config,
            scheduler,
            (to, datagram) ->
                scheduler.execute(
                    () ->
                        downlinks
                            .getOrDefault(to, DatagramPath.CLEAN)
                            .carry(
                                datagram,
                                () -> {
                                  MediaListener listener = mediaByAddress.get(to);
                                  if (listener != null) {
                                    listener.onDatagram(datagram);
                                  }
                                })));
  }

  public EarshotServer server() {
    return server;
  }

  /** A transport with its own fake media address. */
  public ClientTransport newTransport() {
    return newTransport(DatagramPath.CLEAN, DatagramPath.CLEAN);
  }

  /**
   * A transport whose datagrams to the server take {@code uplink} and from it {@code downlink}
   * (signaling is not impaired).
   */
  public ClientTransport newTransport(DatagramPath uplink, DatagramPath downlink) {
    InetSocketAddress address;
    try {
      address =
          new InetSocketAddress(
              InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) nextHost++}), 5000);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
    downlinks.put(address, downlink);
    return new Loopback(address, uplink);
  }

  private final class Loopback implements ClientTransport {
    private final InetSocketAddress address;
    private final DatagramPath uplink;

    Loopback(InetSocketAddress address, DatagramPath uplink) {
      this.address = address;
      this.uplink = uplink;
    }

    @Override
    public SignalingConnection openSignaling(SignalingListener listener) {
      Link link = new Link(listener);
      scheduler.execute(link::open);
      return link.clientEnd;
    }

    @Override
    public MediaSocket openMedia(MediaListener listener) {
      mediaByAddress.put(address, listener);
      return new MediaSocket() {
        private boolean closed;

        @Override
        public void send(byte[] datagram) {
          if (!closed) {
            uplink.carry(
                datagram, () -> scheduler.execute(() -> server.onDatagram(address, datagram)));
          }
        }

        @Override
        public void close() {
          if (!closed) {
            closed = true;
            mediaByAddress.remove(address, listener);
          }
        }
      };
    }
  }

  /** One signaling connection: a client end and a server end sharing one closed flag. */
  private final class Link {
    private final SignalingListener listener;
    private PeerHandler handler;
    private boolean closed;
    private boolean closedByClient;

    Link(SignalingListener listener) {
      this.listener = listener;
    }

    void open() {
      if (closed) {
        return;
      }
      listener.onOpen();
      handler = server.connect(serverEnd);
    }

    final SignalingConnection clientEnd =
        new SignalingConnection() {
          @Override
          public void send(String message) {
            if (!closed && handler != null) {
              scheduler.execute(() -> handler.onMessage(message));
            }
          }

          @Override
          public void close() {
            if (!closed) {
              closed = true;
              closedByClient = true;
              if (handler != null) {
                scheduler.execute(handler::onClosed);
              }
            }
          }
        };

    final SignalingPeer serverEnd =
        new SignalingPeer() {
          @Override
          public void send(String message) {
            if (!closed) {
              scheduler.execute(
                  () -> {
                    if (!closedByClient) {
                      listener.onMessage(message);
                    }
                  });
            }
          }

          @Override
          public void close() {
            if (!closed) {
              closed = true;
              scheduler.execute(
                  () -> {
                    listener.onClosed("closed by the server");
                    handler.onClosed();
                  });
            }
          }

          @Override
          public String describe() {
            return "in-memory link";
          }
        };
  }
}
