package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage.Hello;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding 2 (high): every start handed out the same nonces, so a recorded AppSign proof replayed on
 * the same connection number after a restart logged in. Now two starts greet with different nonces
 * and the replay is refused with 1001005, while simulated time stays reproducible.
 */
class LoginReplayAbuseTest {
  @Test
  void aLoginRecordedBeforeARestartIsRefusedAfterIt() throws Exception {
    String recorded;
    String firstNonce;
    try (EarshotServer first = AbuseServers.start(ServerConfig.defaults());
        RawWebSocket victim =
            RawWebSocket.greeted(first.signalingAddress(), RawWebSocket.Options.plain())) {
      firstNonce = victim.nonce();
      Login login = victim.loginMessage("room1", "alice");
      recorded = SignalingCodec.encode(login);
      victim.sendText(recorded);
      assertEquals(0, ((LoginResult) victim.next(LoginResult.class::isInstance, 5_000)).code());
    }

    try (EarshotServer second = AbuseServers.start(ServerConfig.defaults());
        // The first connection of the new start, as in the finding.
        RawWebSocket attacker =
            RawWebSocket.greeted(second.signalingAddress(), RawWebSocket.Options.plain());
        OrdinaryCall call = OrdinaryCall.start(second)) {
      assertNotEquals(firstNonce, attacker.nonce(), "two starts greeted with the same nonce");
      attacker.sendText(recorded);
      LoginResult replayed = (LoginResult) attacker.next(LoginResult.class::isInstance, 5_000);
      assertEquals(ErrorCode.ENGINE_APPSIGN_INCORRECT, replayed.code());
      assertEquals(1001005, replayed.code());
      assertEquals("", replayed.mediaSecret());

      // Replayed on another connection of the same server: refused as well.
      try (RawWebSocket again =
          RawWebSocket.greeted(second.signalingAddress(), RawWebSocket.Options.plain())) {
        again.sendText(recorded);
        assertEquals(
            1001005, ((LoginResult) again.next(LoginResult.class::isInstance, 5_000)).code());
      }
      assertEquals(2, counter(second, "logins.refused.1001005"));
      call.assertFlowing("after the replays");
      System.out.printf(
          "replay: nonces %s then %s; %s%n", firstNonce, attacker.nonce(), second.counters());
    }
  }

  @Test
  void simulatedServersWithTheSameSeedGreetAlike() {
    assertEquals(firstNonce(7), firstNonce(7), "the same seed must replay the same bytes");
    assertNotEquals(firstNonce(7), firstNonce(8));
  }

  /** The hello nonce of the first connection to an in-memory server seeded with {@code seed}. */
  private static String firstNonce(long seed) {
    VirtualScheduler clock = new VirtualScheduler();
    EarshotServer server =
        EarshotServer.inMemory(ServerConfig.builder().seed(seed).build(), clock, (to, d) -> {});
    List<String> sent = new ArrayList<>();
    server.connect(
        new SignalingPeer() {
          @Override
          public void send(String message) {
            sent.add(message);
          }

          @Override
          public void close() {}

          @Override
          public String describe() {
            return "peer";
          }
        });
    server.close();
    return ((Hello) RawWebSocket.decode(sent.get(0))).nonce();
  }
}
