package io.earshot.engine.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A failure while handling a request is answered with the contract's inner-error code and harms no
 * one else.
 */
class RoomServerInnerErrorTest {
  private final VirtualScheduler scheduler = new VirtualScheduler();

  /** The fault this test injects in front of the server's router; none by default. */
  private Consumer<SignalingMessage> faultInjector = m -> {};

  private final RoomServer server =
      new RoomServer(
          ServerConfig.defaults(),
          scheduler,
          scheduler,
          (to, d) -> {},
          RoomServer.seededSecrets(ServerConfig.defaults()),
          router ->
              (session, message) -> {
                faultInjector.accept(message);
                router.handle(session, message);
              });

  private final class Client implements SignalingPeer {
    final List<SignalingMessage> inbox = new ArrayList<>();
    final PeerHandler handler = server.connect(this);

    @Override
    public void send(String message) {
      try {
        inbox.add(SignalingCodec.decode(message));
      } catch (ProtocolException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public void close() {}

    @Override
    public String describe() {
      return "test client";
    }

    /**
     * The answer: the last message, leaving out the room_user_count notifications that follow a
     * login.
     */
    SignalingMessage request(SignalingMessage m) {
      handler.onMessage(SignalingCodec.encode(m));
      List<SignalingMessage> answers =
          inbox.stream().filter(x -> !(x instanceof RoomUserCount)).toList();
      return answers.get(answers.size() - 1);
    }

    Login login(String user) {
      String nonce = ((Hello) inbox.get(0)).nonce();
      AppConfig app = AppConfig.DEFAULT;
      return new Login(
          1,
          app.appId(),
          "room1",
          new WireUser(user, user),
          0,
          true,
          "",
          AppSignProof.compute(app.appSign(), nonce, app.appId(), user, "room1"));
    }
  }

  @Test
  void eachRequestGetsItsInnerErrorCodeAndOthersAreServed() {
    Client alice = new Client();
    faultInjector =
        m -> {
          if (!(m instanceof Login l) || l.user().id().equals("alice")) {
            throw new IllegalStateException("injected fault");
          }
        };
    assertEquals(
        1_002_099, assertInstanceOf(LoginResult.class, alice.request(alice.login("alice"))).code());
    Client bob = new Client();
    assertEquals(0, assertInstanceOf(LoginResult.class, bob.request(bob.login("bob"))).code());
    assertEquals(
        1_003_099,
        assertInstanceOf(PublishResult.class, bob.request(new Publish(2, "s1", 1))).code());
    assertEquals(
        1_004_099, assertInstanceOf(PlayResult.class, bob.request(new Play(3, "s1"))).code());
    assertEquals(
        500, assertInstanceOf(SignalingMessage.Error.class, bob.request(new Heartbeat(4))).code());
    assertEquals(4, server.counters().get("messages.internal_error"));
    faultInjector = m -> {};
    assertEquals(
        0, assertInstanceOf(PublishResult.class, bob.request(new Publish(5, "s1", 1))).code());
  }
}
