package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.awaitCounter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.server.EarshotServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket findings: fragments were not reassembled and Origin was never checked. A message
 * split into frames is one message now, an Origin off the allow-list gets 403, and oversized or
 * binary frames are refused, while an ordinary call goes on.
 */
class WebSocketAbuseTest {
  private static final String GOOD_ORIGIN = "https://calls.example.org";
  private static EarshotServer server;
  private static OrdinaryCall call;

  @BeforeAll
  static void start() throws InterruptedException {
    server = AbuseServers.start(l -> l.allowedOrigins(Set.of(GOOD_ORIGIN)));
    call = OrdinaryCall.start(server);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    call.assertFlowing("after the WebSocket abuse");
    System.out.println("websocket: " + server.counters());
    call.close();
    server.close();
  }

  @Test
  void aLoginSplitIntoFragmentsIsReassembled() throws Exception {
    try (RawWebSocket ws =
        RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain())) {
      ws.sendFragmented(SignalingCodec.encode(ws.loginMessage("fragments", "frag")), 7);
      LoginResult result = (LoginResult) ws.next(LoginResult.class::isInstance, 5_000);
      assertEquals(0, result.code());
    }
  }

  @Test
  void anOriginOffTheAllowListGets403() throws Exception {
    long before = AbuseServers.counter(server, "connections.refused_origin");
    try (RawWebSocket evil =
        RawWebSocket.connect(
            server.signalingAddress(),
            RawWebSocket.Options.plain().origin("https://evil.example"))) {
      assertEquals(403, evil.status());
      assertTrue(evil.eofWithin(2_000), "the refused connection stayed open");
    }
    awaitCounter(server, "connections.refused_origin", before + 1, 1_000);
    try (RawWebSocket good =
        RawWebSocket.greeted(
            server.signalingAddress(), RawWebSocket.Options.plain().origin(GOOD_ORIGIN))) {
      assertEquals(0, good.login("origins", "good").code());
    }
    // No Origin at all: not a browser, so not a cross-site page; allowed.
    try (RawWebSocket native_ =
        RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain())) {
      assertEquals(101, native_.status());
    }
  }

  @Test
  void anOversizedMessageClosesOnlyItsConnection() throws Exception {
    try (RawWebSocket ws =
        RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain())) {
      byte[] big = new byte[SignalingCodec.MAX_MESSAGE_BYTES + 1];
      Arrays.fill(big, (byte) 'a');
      ws.sendRaw(RawWebSocket.frame(0x1, true, big));
      assertTrue(ws.closedWithin(3_000), "an oversized frame was accepted");
      assertEquals(1009, ws.closeCode());
    }
    // Fragments adding up to more than the limit are refused as well.
    try (RawWebSocket ws =
        RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain())) {
      String huge = "x".repeat(SignalingCodec.MAX_MESSAGE_BYTES + 10);
      try {
        ws.sendFragmented(huge, 4);
      } catch (IOException e) {
        // The server may close before it has read everything.
      }
      assertTrue(ws.closedWithin(3_000), "oversized fragments were accepted");
    }
    call.assertFlowing("after oversized frames");
  }

  @Test
  void binaryFramesAreRefusedAndCounted() throws Exception {
    long before = AbuseServers.counter(server, "frames.refused_non_text");
    try (RawWebSocket ws =
        RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain())) {
      ws.sendRaw(RawWebSocket.frame(0x2, true, "{}".getBytes(StandardCharsets.UTF_8)));
      awaitCounter(server, "frames.refused_non_text", before + 1, 2_000);
      assertEquals(0, ws.login("binary", "binary").code(), "the connection was disturbed");
    }
  }
}
