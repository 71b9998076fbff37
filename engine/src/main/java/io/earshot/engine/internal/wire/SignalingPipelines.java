package io.earshot.engine.internal.wire;

import io.earshot.engine.internal.server.RoomServer;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.ServerLimits;
import io.earshot.engine.transport.SignalingListener;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetAddress;
import java.net.URI;

/**
 * The signaling stacks, the same in both time modes (on a socket in real time, on an embedded
 * channel over the emulated link in simulated time): HTTP upgrade, WebSocket frames (RFC 6455), and
 * the bridge to the engine or the room server, which decode the text into typed messages.
 */
public final class SignalingPipelines {
  /** The WebSocket path clients connect to. */
  public static final String PATH = "/earshot";

  /** Largest frame and largest HTTP message of the upgrade, in bytes. */
  static final int MAX_FRAME = SignalingCodec.MAX_MESSAGE_BYTES;

  private static final long CLIENT_HANDSHAKE_MILLIS = 5_000;

  private SignalingPipelines() {}

  /** The top of a client pipeline, made before its channel so that an early close reaches it. */
  public static ClientFrameBridge clientBridge(SignalingListener listener) {
    return new ClientFrameBridge(listener);
  }

  /** Fills a client channel's pipeline under {@code bridge}. */
  public static void client(
      ChannelPipeline pipeline, URI uri, RandomBytes random, ClientFrameBridge bridge) {
    pipeline.addLast(
        new HttpClientCodec(),
        new HttpObjectAggregator(MAX_FRAME),
        new WebSocketClientProtocolHandler(
            new EntropyHandshaker(uri, MAX_FRAME, random),
            WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .maxFramePayloadLength(MAX_FRAME)
                .handshakeTimeoutMillis(CLIENT_HANDSHAKE_MILLIS)
                .build()),
        bridge);
  }

  /**
   * Fills a server child channel's pipeline: the HTTP upgrade (with its timeout and the optional
   * {@code Origin} allow-list), WebSocket frames (fragments joined up to the message limit), 404
   * for any other request, and the bridge to the room server.
   *
   * @param clientIp the client's IP when the channel has no real remote address (simulated time)
   */
  public static void server(
      ChannelPipeline pipeline,
      RoomServer server,
      Scheduler scheduler,
      ServerLimits limits,
      InetAddress clientIp) {
    pipeline.addLast(
        new HttpServerCodec(),
        new HttpObjectAggregator(MAX_FRAME),
        new OriginCheck(limits.allowedOrigins(), server.counters()),
        new WebSocketServerProtocolHandler(
            WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(PATH)
                .maxFramePayloadLength(MAX_FRAME)
                .handshakeTimeoutMillis(limits.handshakeTimeout().toMillis())
                .build()),
        new WebSocketFrameAggregator(MAX_FRAME),
        new NotFound(server.counters()),
        new ServerFrameBridge(server, scheduler, clientIp));
  }
}
