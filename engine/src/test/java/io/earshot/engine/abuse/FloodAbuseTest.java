package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.awaitCounter;
import static io.earshot.engine.abuse.AbuseServers.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Logout;
import io.earshot.engine.internal.signaling.SignalingMessage.Play;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.PublishResult;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import io.earshot.engine.server.EarshotServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The finding "no rate limits": 5,508 login/logout cycles or 30,781 wrong proofs per second on one
 * connection, 3,000 publishes in 0.1 s, 50,000 plays in 0.84 s, and logins from one address without
 * a bound. Against the default limits each flood is refused with 429 beyond its budget (and a
 * connection that keeps flooding is closed), a datagram flood does not stall signaling, and an
 * ordinary call (from another address than the floods') logs in quickly and keeps flowing.
 */
class FloodAbuseTest {
  private static EarshotServer server;
  private static OrdinaryCall call;

  @BeforeAll
  static void start() throws InterruptedException {
    // Per-address budgets below their defaults (50 logins, 20 rooms), so that a busy machine
    // cannot stretch the floods past them; the per-connection budgets are the defaults.
    server =
        AbuseServers.start(
            l -> l.set("loginsPerAddressPerSecond", 10).set("roomsPerAddressPerSecond", 5));
    call = OrdinaryCall.start(server);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    call.assertFlowing("after the floods");
    System.out.println("floods: " + server.counters());
    call.close();
    server.close();
  }

  /** What a flood's answers were: counts by kind, and whether the server closed the connection. */
  record Answers(Map<String, Integer> counts, boolean closed) {
    int of(String kind) {
      return counts.getOrDefault(kind, 0);
    }
  }

  /**
   * Sends {@code n} messages made by {@code make} in one burst of bytes, then reads the answers for
   * up to {@code readMillis} (until {@code expected} arrived or the server closed), classifying
   * each with {@code kind}.
   */
  private static Answers flood(
      RawWebSocket ws,
      int n,
      Function<Long, SignalingMessage> make,
      Function<SignalingMessage, String> kind,
      int expected,
      int readMillis)
      throws IOException {
    ByteArrayOutputStream burst = new ByteArrayOutputStream();
    for (int i = 0; i < n; i++) {
      burst.writeBytes(
          RawWebSocket.frame(
              0x1,
              true,
              SignalingCodec.encode(make.apply(ws.nextSeq())).getBytes(StandardCharsets.UTF_8)));
    }
    boolean closed = false;
    try {
      ws.sendRaw(burst.toByteArray());
    } catch (IOException e) {
      closed = true;
    }
    Map<String, Integer> counts = new HashMap<>();
    long deadline = System.nanoTime() + readMillis * 1_000_000L;
    int seen = 0;
    while (!closed && seen < expected && System.nanoTime() < deadline) {
      try {
        String text = ws.readText((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        if (text == null) {
          closed = true;
        } else {
          counts.merge(kind.apply(RawWebSocket.decode(text)), 1, Integer::sum);
          seen++;
        }
      } catch (SocketTimeoutException e) {
        break;
      } catch (IOException e) {
        closed = true;
      }
    }
    return new Answers(counts, closed);
  }

  private static String kindOf(SignalingMessage m) {
    if (m instanceof Error e) {
      return "error " + e.code();
    } else if (m instanceof LoginResult r) {
      return "login " + r.code();
    } else if (m instanceof PublishResult r) {
      return "publish " + r.code();
    } else if (m instanceof PlayResult r) {
      return "play " + r.code();
    }
    return m.type();
  }

  private static RawWebSocket greeted(String fromIp) throws IOException {
    return RawWebSocket.greeted(
        server.signalingAddress(), RawWebSocket.Options.plain().from(fromIp));
  }

  @Test
  void loginLogoutCyclesOnOneConnectionAreBounded() throws Exception {
    try (RawWebSocket ws = greeted("127.0.0.4")) {
      Login login = ws.loginMessage("cycles", "cycler");
      long start = System.nanoTime();
      long acceptedBefore = counter(server, "logins.accepted");
      Answers a =
          flood(
              ws,
              2_000,
              seq ->
                  seq % 2 == 1
                      ? new Login(
                          seq,
                          login.appId(),
                          login.roomId(),
                          login.user(),
                          0,
                          false,
                          "",
                          login.proof())
                      : new Logout(seq),
              FloodAbuseTest::kindOf,
              2_000,
              5_000);
      double seconds = (System.nanoTime() - start) / 1e9;
      long accepted = counter(server, "logins.accepted") - acceptedBefore;
      System.out.printf("login/logout flood: %s in %.2f s%n", a, seconds);
      // 5 at once and 5 per second after that.
      assertTrue(accepted >= 1 && accepted <= 5 + 5 * seconds + 1, "logins accepted: " + accepted);
      assertTrue(a.of("error 429") > 1_000, "refused: " + a);
    }
    call.assertFlowing("after the login/logout flood");
  }

  @Test
  void wrongProofsOnOneConnectionAreBoundedAndTheFlooderIsClosed() throws Exception {
    long closedBefore = counter(server, "connections.closed_flooding");
    try (RawWebSocket ws = greeted("127.0.0.5")) {
      long start = System.nanoTime();
      Answers a =
          flood(
              ws,
              5_000,
              seq ->
                  new Login(
                      seq,
                      RawWebSocket.APP.appId(),
                      "guess",
                      new WireUser("guesser", "guesser"),
                      0,
                      false,
                      "",
                      "%064x".formatted(ThreadLocalRandom.current().nextLong())),
              FloodAbuseTest::kindOf,
              5_000,
              5_000);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("wrong-proof flood: %s in %.2f s%n", a, seconds);
      int checked = a.of("login " + ErrorCode.ENGINE_APPSIGN_INCORRECT);
      assertTrue(checked >= 1 && checked <= 5 + 5 * seconds + 1, "proofs checked: " + checked);
      assertTrue(a.closed(), "a connection flooding ten times its budget stayed open: " + a);
    }
    awaitCounter(server, "connections.closed_flooding", closedBefore + 1, 2_000);
    call.assertLoginWithin(Duration.ofSeconds(2), "after the wrong-proof flood");
  }

  @Test
  void publishAndPlayFloodsAreBounded() throws Exception {
    try (RawWebSocket ws = greeted("127.0.0.6")) {
      assertEquals(0, ws.login(OrdinaryCall.ROOM, "publisher-flood").code());
      Answers publishes =
          flood(
              ws,
              3_000,
              seq -> new Publish(seq, "flood" + seq, seq),
              FloodAbuseTest::kindOf,
              3_000,
              5_000);
      System.out.println("publish flood: " + publishes);
      assertEquals(4, publishes.of("publish 0"), "streams published: " + publishes);
      assertTrue(counter(server, "limits.refused.streams_per_session") > 0);
      assertTrue(publishes.of("error 429") > 0, "no publish was refused for its rate");
    }
    try (RawWebSocket ws = greeted("127.0.0.7")) {
      assertEquals(0, ws.login(OrdinaryCall.ROOM, "player-flood").code());
      Answers plays =
          flood(
              ws,
              20_000,
              seq -> new Play(seq, "p" + seq, false),
              FloodAbuseTest::kindOf,
              20_000,
              10_000);
      System.out.println("play flood: " + plays);
      assertTrue(plays.of("play 0") <= 12, "plays accepted: " + plays);
      assertTrue(
          plays.of("play " + ErrorCode.PLAYER_COUNT_EXCEED) > 0, "no play refused: " + plays);
      assertTrue(plays.closed() || plays.of("error 429") > 0, "no play refused for its rate");
    }
    call.assertFlowing("after the publish and play floods");
    call.assertLoginWithin(Duration.ofSeconds(2), "after the publish and play floods");
  }

  @Test
  void loginsAndRoomsFromOneAddressAreBounded() throws Exception {
    List<RawWebSocket> crowd = new ArrayList<>();
    try {
      for (int i = 0; i < 120; i++) {
        crowd.add(greeted("127.0.0.2"));
      }
      long start = System.nanoTime();
      for (int i = 0; i < crowd.size(); i++) {
        crowd.get(i).send(crowd.get(i).loginMessage("crowd", "member" + i));
      }
      Map<String, Integer> answers = new HashMap<>();
      for (RawWebSocket ws : crowd) {
        answers.merge(
            kindOf(ws.next(m -> m instanceof LoginResult || m instanceof Error, 5_000)),
            1,
            Integer::sum);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("120 logins from one address: %s in %.2f s%n", answers, seconds);
      int accepted = answers.getOrDefault("login 0", 0);
      assertTrue(accepted <= 10 + 10 * seconds + 1, "logins accepted: " + answers);
      assertTrue(answers.getOrDefault("error 429", 0) > 0, "none refused: " + answers);
      assertTrue(counter(server, "limits.refused.login_attempts_per_address") > 0);
      // Meanwhile an ordinary user on another address logs in at once.
      call.assertLoginWithin(Duration.ofSeconds(2), "during the login flood");
    } finally {
      crowd.forEach(RawWebSocket::close);
      crowd.clear();
    }

    try {
      for (int i = 0; i < 60; i++) {
        crowd.add(greeted("127.0.0.3"));
      }
      long start = System.nanoTime();
      for (int i = 0; i < crowd.size(); i++) {
        crowd.get(i).send(crowd.get(i).loginMessage("room-" + i, "creator" + i));
      }
      Map<String, Integer> answers = new HashMap<>();
      for (RawWebSocket ws : crowd) {
        answers.merge(
            kindOf(ws.next(m -> m instanceof LoginResult || m instanceof Error, 5_000)),
            1,
            Integer::sum);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("60 new rooms from one address: %s in %.2f s%n", answers, seconds);
      int created = answers.getOrDefault("login 0", 0);
      assertTrue(created <= 5 + 5 * seconds + 1, "rooms created: " + answers);
      assertTrue(counter(server, "limits.refused.rooms_per_address") > 0);
    } finally {
      crowd.forEach(RawWebSocket::close);
    }
    call.assertFlowing("after the login floods");
  }

  @Test
  void aDatagramFloodDoesNotStallSignalingOrTheCall() throws Exception {
    long before =
        counter(server, "datagrams.malformed") + counter(server, "datagrams.unknown_source");
    AtomicBoolean stop = new AtomicBoolean();
    // Random datagrams, half of them shaped like RTP, as fast as one thread can send, until the
    // checks below are done (at most 10 s).
    CompletableFuture<Long> flood =
        CompletableFuture.supplyAsync(
            () -> {
              long sent = 0;
              try (RawMedia flooder = new RawMedia(server.mediaAddress(), "127.0.0.8")) {
                byte[] junk = new byte[200];
                long start = System.nanoTime();
                while (!stop.get() && System.nanoTime() - start < 10_000_000_000L) {
                  ThreadLocalRandom.current().nextBytes(junk);
                  if ((sent & 1) == 0) {
                    junk[0] = (byte) 0x80;
                    junk[1] = 111;
                  }
                  flooder.send(junk);
                  sent++;
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              return sent;
            });
    try {
      AbuseServers.awaitAtLeast(
          "datagrams of the flood counted",
          () ->
              counter(server, "datagrams.malformed")
                  + counter(server, "datagrams.unknown_source")
                  - before,
          10_000,
          5_000);
      Duration login = call.assertLoginWithin(Duration.ofSeconds(2), "during the datagram flood");
      call.assertFlowing("during the datagram flood");
      System.out.println("login during the datagram flood: " + login.toMillis() + " ms");
    } finally {
      stop.set(true);
    }
    long sent = flood.get(15, TimeUnit.SECONDS);
    long counted =
        counter(server, "datagrams.malformed")
            + counter(server, "datagrams.unknown_source")
            - before;
    System.out.printf("datagram flood: %d sent, %d counted as dropped%n", sent, counted);
    call.assertFlowing("after the datagram flood");
  }
}
