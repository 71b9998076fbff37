package io.earshot.simulator.capture;

import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.engine.transport.MediaListener;
import io.earshot.engine.transport.MediaSocket;
import io.earshot.engine.transport.SignalingConnection;
import io.earshot.engine.transport.SignalingListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The media datagrams one user's engine sends and receives, taken at the engine's side of its link
 * (so after the emulator's impairments on the way in), time-stamped on the user's scheduler:
 * virtual time in simulated runs. The engine's transport is wrapped ({@link #wrap}); signaling is
 * not captured. The capture's addresses are stand-ins (the user 10.0.0.n:40000+n, the relay
 * 10.255.255.1:5004): the engine's transport does not tell the real ones. At most {@value
 * #MAX_DATAGRAMS} datagrams are kept; later ones are counted, not kept.
 */
public final class MediaCapture {
  static final int MAX_DATAGRAMS = 500_000;
  private static final InetSocketAddress RELAY =
      address(new byte[] {10, (byte) 255, (byte) 255, 1}, 5004);

  private final String user;
  private final Scheduler scheduler;
  private final InetSocketAddress self;
  private final List<CapturedDatagram> datagrams = new ArrayList<>();
  private final long originNanos;
  private final long originEpochNanos;
  private long overflow;

  /**
   * @param index the user's number in the scenario (1, 2, …), for its stand-in address
   */
  public MediaCapture(String user, int index, Scheduler scheduler) {
    this.user = user;
    this.scheduler = scheduler;
    this.self =
        address(new byte[] {10, 0, (byte) (index >>> 8), (byte) index}, 40_000 + index % 20_000);
    this.originNanos = scheduler.nanoTime();
    this.originEpochNanos = scheduler.epochMillis() * 1_000_000L;
  }

  public String user() {
    return user;
  }

  /** {@code transport} with its media sockets captured. */
  public ClientTransport wrap(ClientTransport transport) {
    return new ClientTransport() {
      @Override
      public SignalingConnection openSignaling(SignalingListener listener) {
        return transport.openSignaling(listener);
      }

      @Override
      public MediaSocket openMedia(MediaListener listener) {
        MediaSocket socket =
            transport.openMedia(
                d -> {
                  record(RELAY, self, d);
                  listener.onDatagram(d);
                });
        return new MediaSocket() {
          @Override
          public void send(byte[] datagram) {
            record(self, RELAY, datagram);
            socket.send(datagram);
          }

          @Override
          public void close() {
            socket.close();
          }
        };
      }
    };
  }

  private synchronized void record(InetSocketAddress from, InetSocketAddress to, byte[] d) {
    if (datagrams.size() >= MAX_DATAGRAMS) {
      overflow++;
      return;
    }
    long at = originEpochNanos + (scheduler.nanoTime() - originNanos);
    datagrams.add(new CapturedDatagram(at, from, to, d));
  }

  /** What was captured so far, in the order seen. */
  public synchronized List<CapturedDatagram> datagrams() {
    return List.copyOf(datagrams);
  }

  /** Datagrams seen after the capture was full. */
  public synchronized long overflow() {
    return overflow;
  }

  /** The capture as a pcap file ({@link PcapWriter}). */
  public byte[] pcap() {
    return PcapWriter.write(datagrams());
  }

  private static InetSocketAddress address(byte[] ip, int port) {
    try {
      return new InetSocketAddress(InetAddress.getByAddress(ip), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
