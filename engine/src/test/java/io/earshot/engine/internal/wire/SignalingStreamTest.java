package io.earshot.engine.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.transport.ByteSink;
import io.earshot.engine.transport.SignalingListener;
import io.earshot.engine.transport.StreamSignaling;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The real signaling stacks of client and server, joined by an in-memory byte stream on the virtual
 * clock: no sockets, the same bytes as on a socket.
 */
class SignalingStreamTest {
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final EarshotServer server =
      EarshotServer.inMemory(ServerConfig.defaults(), scheduler, (to, d) -> {});
  private final List<String> events = new ArrayList<>();
  private final ByteArrayOutputStream upBytes = new ByteArrayOutputStream();

  private StreamSignaling.Connection connect(long seed) {
    ByteSink[] toServer = new ByteSink[1];
    StreamSignaling.Connection[] client = new StreamSignaling.Connection[1];
    ByteSink up = recording(upBytes, () -> toServer[0]);
    client[0] =
        StreamSignaling.connect(
            scheduler,
            URI.create("ws://10.0.0.1:4000/earshot"),
            RandomBytes.from(new SeededRandom(seed)),
            up,
            new SignalingListener() {
              @Override
              public void onOpen() {
                events.add("open");
              }

              @Override
              public void onMessage(String message) {
                events.add(message);
              }

              @Override
              public void onClosed(String why) {
                events.add("closed: " + why);
              }
            });
    toServer[0] = server.acceptStream(delayed(() -> client[0].input()), null);
    return client[0];
  }

  /** Each chunk is delivered as a task of its own, as a link would. */
  private ByteSink delayed(Supplier<ByteSink> target) {
    return new ByteSink() {
      @Override
      public void write(byte[] chunk) {
        scheduler.execute(() -> target.get().write(chunk));
      }

      @Override
      public void end() {
        scheduler.execute(() -> target.get().end());
      }
    };
  }

  private ByteSink recording(ByteArrayOutputStream copy, Supplier<ByteSink> t) {
    ByteSink inner = delayed(t);
    return new ByteSink() {
      @Override
      public void write(byte[] chunk) {
        copy.writeBytes(chunk);
        inner.write(chunk);
      }

      @Override
      public void end() {
        inner.end();
      }
    };
  }

  @Test
  void theHandshakeOpensTheConnectionAndTheServerSaysHello() {
    connect(1);
    scheduler.runUntilIdle();
    assertEquals("open", events.get(0));
    assertTrue(events.get(1).startsWith("{\"type\":\"hello\""), events.toString());
    String up = upBytes.toString(StandardCharsets.ISO_8859_1);
    assertTrue(up.startsWith("GET /earshot HTTP/1.1\r\n"), up);
  }

  @Test
  void aLoginTravelsTheStacksAndIsAnswered() throws Exception {
    StreamSignaling.Connection client = connect(1);
    scheduler.runUntilIdle();
    String nonce = ((SignalingMessage.Hello) SignalingCodec.decode(events.get(1))).nonce();
    AppConfig app = AppConfig.DEFAULT;
    client.send(
        SignalingCodec.encode(
            new SignalingMessage.Login(
                1,
                app.appId(),
                "room1",
                new SignalingMessage.WireUser("alice", "alice"),
                0,
                true,
                "",
                AppSignProof.compute(app.appSign(), nonce, app.appId(), "alice", "room1"))));
    scheduler.runUntilIdle();
    assertTrue(
        events.stream()
            .anyMatch(e -> e.startsWith("{\"type\":\"login_result\",\"seq\":1,\"code\":0")),
        events.toString());
    assertEquals(1, server.counters().get("logins.accepted"));
  }

  @Test
  void theSameSeedPutsTheSameBytesOnTheStream() {
    connect(7);
    scheduler.runUntilIdle();
    byte[] first = upBytes.toByteArray();
    SignalingStreamTest again = new SignalingStreamTest();
    again.connect(7);
    again.scheduler.runUntilIdle();
    assertArrayEquals(first, again.upBytes.toByteArray());
    SignalingStreamTest other = new SignalingStreamTest();
    other.connect(8);
    other.scheduler.runUntilIdle();
    assertFalse(Arrays.equals(first, other.upBytes.toByteArray()), "another seed, another key");
  }

  @Test
  void aSessionThatFallsSilentIsEndedAndTheClientHearsTheClose() throws Exception {
    aLoginTravelsTheStacksAndIsAnswered();
    scheduler.advanceMillis(31_000);
    assertEquals(1, server.counters().get("sessions.timed_out"));
    assertEquals("closed: connection closed", events.get(events.size() - 1));
  }

  @Test
  void theClientClosingEndsTheSessionsConnection() {
    StreamSignaling.Connection client = connect(1);
    scheduler.runUntilIdle();
    client.close();
    scheduler.runUntilIdle();
    assertEquals(1, server.counters().get("connections.closed"));
    assertTrue(
        events.stream().noneMatch(e -> e.startsWith("closed")), "a local close is not reported");
  }
}
