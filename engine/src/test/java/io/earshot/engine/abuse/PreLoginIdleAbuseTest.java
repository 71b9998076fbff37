package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.awaitCounter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.server.EarshotServer;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The finding "no idle or handshake timeout before login": garbage or a wrong path was never
 * answered or closed. With a 1 s handshake timeout and a 1 s pre-login timeout, every kind of
 * connection that does not log in is answered or closed within the configured time (plus the
 * server's one-second sweep), and an ordinary call goes on meanwhile.
 */
class PreLoginIdleAbuseTest {
  private static final int TIMEOUT_MILLIS = 1_000;

  /** The timeout, one sweep period of the session registry, and scheduling slack. */
  private static final int CLOSED_WITHIN_MILLIS = TIMEOUT_MILLIS + 1_000 + 1_000;

  private static EarshotServer server;
  private static OrdinaryCall call;

  @BeforeAll
  static void start() throws InterruptedException {
    server =
        AbuseServers.start(
            l ->
                l.set("preLoginTimeoutMillis", TIMEOUT_MILLIS)
                    .set("handshakeTimeoutMillis", TIMEOUT_MILLIS));
    call = OrdinaryCall.start(server);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    call.assertFlowing("after the idle connections");
    call.assertLoginWithin(Duration.ofSeconds(2), "after the idle connections");
    System.out.println("pre-login: " + server.counters());
    call.close();
    server.close();
  }

  private static RawWebSocket greeted() throws IOException {
    return RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
  }

  @Test
  void aConnectionThatSaysNothingAfterTheUpgradeIsClosed() throws Exception {
    long before = AbuseServers.counter(server, "sessions.idle_closed");
    try (RawWebSocket ws = greeted()) {
      long start = System.nanoTime();
      assertTrue(ws.closedWithin(CLOSED_WITHIN_MILLIS), "a silent connection stayed open");
      assertTrue(elapsedMillis(start) >= TIMEOUT_MILLIS - 100, "closed before its time");
    }
    awaitCounter(server, "sessions.idle_closed", before + 1, 1_000);
  }

  @Test
  void aConnectionThatSendsGarbageIsAnsweredAndClosed() throws Exception {
    try (RawWebSocket ws = greeted()) {
      ws.sendText("{\"type\":\"login\",");
      Error answer = assertInstanceOf(Error.class, ws.next(m -> true, 2_000));
      assertEquals(400, answer.code());
      ws.sendText("\u0000\u0001 not json at all");
      assertEquals(400, assertInstanceOf(Error.class, ws.next(m -> true, 2_000)).code());
      assertTrue(ws.closedWithin(CLOSED_WITHIN_MILLIS), "a garbage connection stayed open");
    }
    call.assertFlowing("during the garbage connection");
  }

  @Test
  void aConnectionThatTricklesGarbageIsClosedAllTheSame() throws Exception {
    // Something every 300 ms, never a login: the connection may not stay longer than the
    // pre-login timeout just by talking.
    try (RawWebSocket ws = greeted()) {
      long start = System.nanoTime();
      boolean closed = false;
      while (!closed && elapsedMillis(start) < 3 * CLOSED_WITHIN_MILLIS) {
        ws.sendText("{\"type\":\"heartbeat\",\"seq\":1}");
        try {
          closed = ws.readText(300) == null;
        } catch (SocketTimeoutException e) {
          // Nothing this round.
        } catch (IOException e) {
          closed = true;
        }
      }
      assertTrue(closed, "a connection that never logs in stayed open by talking");
      assertTrue(
          elapsedMillis(start) <= CLOSED_WITHIN_MILLIS,
          "closed after " + elapsedMillis(start) + " ms");
    }
  }

  @Test
  void aConnectionThatNeverUpgradesIsClosed() throws Exception {
    try (RawWebSocket tcp =
        RawWebSocket.open(server.signalingAddress(), RawWebSocket.Options.plain())) {
      long start = System.nanoTime();
      assertTrue(tcp.eofWithin(CLOSED_WITHIN_MILLIS), "a silent TCP connection stayed open");
      assertTrue(elapsedMillis(start) >= TIMEOUT_MILLIS - 100, "closed before its time");
    }
    awaitCounter(server, "connections.handshake_timeout", 1, 1_000);
  }

  @Test
  void aHalfSentUpgradeIsClosed() throws Exception {
    try (RawWebSocket tcp =
        RawWebSocket.open(server.signalingAddress(), RawWebSocket.Options.plain())) {
      tcp.sendRaw(
          "GET /earshot HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      assertTrue(tcp.eofWithin(CLOSED_WITHIN_MILLIS), "a half-sent upgrade stayed open");
    }
  }

  @Test
  void garbageInsteadOfAnUpgradeIsAnsweredAndClosed() throws Exception {
    try (RawWebSocket tcp =
        RawWebSocket.open(server.signalingAddress(), RawWebSocket.Options.plain())) {
      byte[] junk = new byte[600];
      for (int i = 0; i < junk.length; i++) {
        junk[i] = (byte) (i * 37 + 11);
      }
      junk[junk.length - 4] = '\r';
      junk[junk.length - 3] = '\n';
      junk[junk.length - 2] = '\r';
      junk[junk.length - 1] = '\n';
      tcp.sendRaw(junk);
      int status = tcp.readHttpStatus(CLOSED_WITHIN_MILLIS);
      assertTrue(status >= 400 && status < 500, "garbage was answered " + status);
      assertTrue(tcp.eofWithin(CLOSED_WITHIN_MILLIS), "the connection stayed open");
    }
  }

  @Test
  void aWrongPathGets404AndIsClosed() throws Exception {
    long before = AbuseServers.counter(server, "connections.not_found");
    try (RawWebSocket ws =
        RawWebSocket.connect(
            server.signalingAddress(), RawWebSocket.Options.plain().path("/admin"))) {
      assertEquals(404, ws.status());
      assertTrue(ws.eofWithin(2_000), "the connection stayed open after 404");
    }
    try (RawWebSocket tcp =
        RawWebSocket.open(server.signalingAddress(), RawWebSocket.Options.plain())) {
      tcp.sendRaw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals(404, tcp.readHttpStatus(2_000));
      assertTrue(tcp.eofWithin(2_000), "the connection stayed open after 404");
    }
    awaitCounter(server, "connections.not_found", before + 2, 1_000);
  }

  private static long elapsedMillis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000L;
  }
}
