package io.earshot.engine.transport;

import io.earshot.engine.internal.wire.ClientFrameBridge;
import io.earshot.engine.internal.wire.EmbeddedStream;
import io.earshot.engine.internal.wire.SignalingPipelines;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.scheduling.Scheduler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.net.URI;

/**
 * The engine's signaling stack (HTTP upgrade and WebSocket frames, as on a socket) over any byte
 * stream: simulated time connects it to the server through a user's emulated link, so the link
 * carries exactly the bytes a socket would. Call every method on {@code scheduler}.
 */
public final class StreamSignaling {
  private StreamSignaling() {}

  /** A client connection whose bytes go to {@code toServer}. */
  public static Connection connect(
      Scheduler scheduler,
      URI uri,
      RandomBytes random,
      ByteSink toServer,
      SignalingListener listener) {
    ClientFrameBridge bridge = SignalingPipelines.clientBridge(listener);
    EmbeddedStream stream =
        EmbeddedStream.open(
            scheduler, toServer, p -> SignalingPipelines.client(p, uri, random, bridge));
    return new Connection(stream, bridge);
  }

  /** One client connection over a byte stream; feed what the server sends to {@link #input()}. */
  public static final class Connection implements SignalingConnection {
    private final EmbeddedStream stream;
    private final ClientFrameBridge bridge;

    private Connection(EmbeddedStream stream, ClientFrameBridge bridge) {
      this.stream = stream;
      this.bridge = bridge;
    }

    /** Where the bytes from the server go. */
    public ByteSink input() {
      return stream.input();
    }

    /** The connection was reset: reported as closed (unless the engine closed it). */
    public void reset() {
      bridge.reportClosed("connection reset");
      stream.close();
    }

    @Override
    public void send(String message) {
      stream.write(new TextWebSocketFrame(message));
    }

    @Override
    public void close() {
      bridge.closeLocally();
      stream.close();
    }
  }
}
