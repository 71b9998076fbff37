package io.earshot.engine.internal.wire;

import io.earshot.engine.random.RandomBytes;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The client side of the RFC 6455 opening handshake, with the key and the frame masks drawn from an
 * injected source: a secure one in real time, the scenario's seed in simulated time, so a simulated
 * run puts the same bytes on the emulated link every time.
 */
final class EntropyHandshaker extends WebSocketClientHandshaker {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private final RandomBytes random;
  private final String key;

  EntropyHandshaker(URI uri, int maxFramePayload, RandomBytes random) {
    super(uri, WebSocketVersion.V13, null, EmptyHttpHeaders.INSTANCE, maxFramePayload);
    this.random = random;
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    this.key = Base64.getEncoder().encodeToString(nonce);
  }

  @Override
  protected FullHttpRequest newHandshakeRequest() {
    URI uri = uri();
    FullHttpRequest request =
        new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, upgradeUrl(uri));
    HttpHeaders headers = request.headers();
    headers
        .set(HttpHeaderNames.HOST, uri.getHost() + ":" + uri.getPort())
        .set(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET)
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE)
        .set(HttpHeaderNames.SEC_WEBSOCKET_KEY, key)
        .set(HttpHeaderNames.SEC_WEBSOCKET_VERSION, "13");
    return request;
  }

  @Override
  protected void verify(FullHttpResponse response) {
    HttpHeaders headers = response.headers();
    if (!response.status().equals(HttpResponseStatus.SWITCHING_PROTOCOLS)) {
      throw new WebSocketClientHandshakeException(
          "expected HTTP 101 from the server, found " + response.status(), response);
    }
    if (!headers.containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)
        || !headers.containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true)) {
      throw new WebSocketClientHandshakeException(
          "expected 'Upgrade: websocket' and 'Connection: upgrade', found "
              + headers.get(HttpHeaderNames.UPGRADE)
              + " / "
              + headers.get(HttpHeaderNames.CONNECTION),
          response);
    }
    String accept = headers.get(HttpHeaderNames.SEC_WEBSOCKET_ACCEPT);
    if (!acceptFor(key).equals(accept)) {
      throw new WebSocketClientHandshakeException(
          "expected Sec-WebSocket-Accept " + acceptFor(key) + ", found " + accept, response);
    }
  }

  @Override
  protected WebSocketFrameDecoder newWebsocketDecoder() {
    return new WebSocket13FrameDecoder(
        WebSocketDecoderConfig.newBuilder()
            .expectMaskedFrames(false)
            .allowExtensions(false)
            .maxFramePayloadLength(maxFramePayloadLength())
            .build());
  }

  @Override
  protected WebSocketFrameEncoder newWebSocketEncoder() {
    return new WebSocket13FrameEncoder(random::nextInt);
  }

  static String acceptFor(String key) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1")
              .digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
