package io.earshot.engine.internal.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's signaling and relay logic, in memory: fake peers, fake addresses, virtual time. */
class RoomServerTest {
  private static final AppConfig APP = AppConfig.DEFAULT;
  private static final long SECOND = 1_000_000_000L;

  private record Sent(InetSocketAddress to, byte[] datagram) {}

  private VirtualScheduler scheduler;
  private EarshotServer server;
  private final List<Sent> output = new ArrayList<>();
  private int nextHost = 1;

  @BeforeEach
  void start() {
    start(ServerConfig.defaults());
  }

  private void start(ServerConfig config) {
    scheduler = new VirtualScheduler();
    output.clear();
    server = EarshotServer.inMemory(config, scheduler, (to, d) -> output.add(new Sent(to, d)));
  }

  private long counter(String name) {
    return server.counters().getOrDefault(name, 0L);
  }

  /** A fake client connection: records (decoded) what the server sends it. */
  private final class Peer implements SignalingPeer {
    final String name;
    final List<SignalingMessage> inbox = new ArrayList<>();

    /**
     * The room sizes announced by room_user_count, kept apart so inbox assertions stay about the
     * rest.
     */
    final List<Integer> userCounts = new ArrayList<>();

    final PeerHandler handler;
    final String nonce;
    final InetSocketAddress mediaAddress;
    boolean closed;
    int sentAfterClose;
    long seq = 1;
    long mediaToken;
    String mediaSecret = "00000000000000000000000000000000";
    long binds;

    Peer(String name) {
      this.name = name;
      try {
        mediaAddress =
            new InetSocketAddress(
                InetAddress.getByAddress(new byte[] {10, 1, 0, (byte) nextHost++}), 6000);
      } catch (UnknownHostException e) {
        throw new AssertionError(e);
      }
      handler = server.connect(this);
      assertEquals(1, inbox.size(), "hello first: " + inbox);
      nonce = assertInstanceOf(Hello.class, inbox.remove(0)).nonce();
    }

    @Override
    public void send(String message) {
      if (closed) {
        sentAfterClose++;
      }
      try {
        SignalingMessage m = SignalingCodec.decode(message);
        if (m instanceof RoomUserCount c) {
          userCounts.add(c.count());
          return;
        }
        inbox.add(m);
        if (m instanceof LoginResult r && r.code() == 0) {
          mediaToken = r.mediaToken();
          mediaSecret = r.mediaSecret();
        }
      } catch (ProtocolException e) {
        throw new AssertionError("the server sent a malformed message: " + message, e);
      }
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        scheduler.execute(handler::onClosed);
      }
    }

    @Override
    public String describe() {
      return "fake " + name;
    }

    void send(SignalingMessage m) {
      handler.onMessage(SignalingCodec.encode(m));
    }

    Login loginMessage(String roomId, String userId, int maxMemberCount, boolean notify) {
      return new Login(
          seq++,
          APP.appId(),
          roomId,
          new WireUser(userId, userId),
          maxMemberCount,
          notify,
          "",
          AppSignProof.compute(APP.appSign(), nonce, APP.appId(), userId, roomId));
    }

    LoginResult login(Login m) {
      // One attempt per 250 ms keeps a test's repeated logins under the per-connection limit.
      scheduler.advance(SECOND / 4);
      send(m);
      LoginResult r = last(LoginResult.class);
      assertEquals(m.seq(), r.seq());
      return r;
    }

    LoginResult login(String roomId, String userId) {
      return login(loginMessage(roomId, userId, 0, true));
    }

    /** Logs in and expects success; the inbox is cleared. */
    Peer in(String roomId, String userId) {
      LoginResult r = login(roomId, userId);
      assertEquals(0, r.code(), "login of " + userId);
      inbox.clear();
      return this;
    }

    PublishResult publish(String streamId, long ssrc) {
      long s = seq++;
      send(new Publish(s, streamId, ssrc));
      PublishResult r = last(PublishResult.class);
      assertEquals(s, r.seq());
      return r;
    }

    void play(String streamId) {
      send(new Play(seq++, streamId));
    }

    void bind() {
      server.onDatagram(mediaAddress, TestBinds.bind(mediaToken, ++binds, mediaSecret));
    }

    <T extends SignalingMessage> List<T> all(Class<T> type) {
      return inbox.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends SignalingMessage> T last(Class<T> type) {
      List<T> all = all(type);
      assertFalse(all.isEmpty(), name + " got no " + type.getSimpleName() + ": " + inbox);
      return all.get(all.size() - 1);
    }

    boolean heartbeatWorks() {
      long s = seq++;
      send(new Heartbeat(s));
      return !inbox.isEmpty() && inbox.get(inbox.size() - 1).equals(new HeartbeatAck(s));
    }
  }

  private static byte[] rtp(long ssrc, int sequence, int payloadBytes) {
    ByteBuffer b = ByteBuffer.allocate(12 + payloadBytes);
    b.put((byte) 0x80)
        .put((byte) 111)
        .putShort((short) sequence)
        .putInt(sequence * 960)
        .putInt((int) ssrc);
    for (int i = 0; i < payloadBytes; i++) {
      b.put((byte) (i * 7 + sequence));
    }
    return b.array();
  }

  private static WireStream stream(String id, String userId) {
    return new WireStream(id, new WireUser(userId, userId), "");
  }

  // ---- connection and login ----

  @Test
  void helloCarriesAFreshHexNoncePerConnection() {
    Peer a = new Peer("a");
    Peer b = new Peer("b");
    assertTrue(a.nonce.matches("[0-9a-f]{32}"), "128 bits: " + a.nonce);
    assertTrue(b.nonce.matches("[0-9a-f]{32}"), "128 bits: " + b.nonce);
    assertNotEquals(a.nonce, b.nonce);
    assertEquals(2, counter("connections.opened"));
  }

  @Test
  void malformedMessageGetsError400AndTheSessionCanStillLogIn() {
    Peer a = new Peer("a");
    a.handler.onMessage("{not json");
    SignalingMessage.Error e = a.last(SignalingMessage.Error.class);
    assertEquals(400, e.code());
    assertEquals(0, e.seq());
    assertTrue(e.message().contains("invalid JSON"), e.message());
    a.handler.onMessage("{\"type\":\"publish\",\"seq\":3,\"streamId\":\"s1\"}");
    assertTrue(a.last(SignalingMessage.Error.class).message().contains("'ssrc'"));
    assertEquals(2, counter("messages.malformed"));
    assertFalse(a.closed, "a malformed message never closes the connection");

    assertEquals(0, a.login("room1", "alice").code());
    assertEquals(1, counter("logins.accepted"));
  }

  @Test
  void requestBeforeLoginGetsError401WithItsSeq() {
    Peer a = new Peer("a");
    a.send(new Publish(7, "s1", 1));
    SignalingMessage.Error e = a.last(SignalingMessage.Error.class);
    assertEquals(401, e.code());
    assertEquals(7, e.seq());
    a.send(new Heartbeat(8));
    assertEquals(401, a.last(SignalingMessage.Error.class).code());
    assertEquals(2, counter("messages.before_login"));
    assertTrue(a.all(PublishResult.class).isEmpty());
  }

  @Test
  void serverOnlyMessageFromALoggedInClientGetsError400() {
    Peer a = new Peer("a").in("room1", "alice");
    a.send(new KickOut(1));
    assertEquals(400, a.last(SignalingMessage.Error.class).code());
    assertEquals(1, counter("messages.unexpected"));
  }

  @Test
  void secondLoginOnTheSameConnectionGetsError409() {
    Peer a = new Peer("a").in("room1", "alice");
    a.send(a.loginMessage("room2", "alice", 0, false));
    assertEquals(409, a.last(SignalingMessage.Error.class).code());
    assertTrue(a.all(LoginResult.class).isEmpty());
  }

  @Test
  void unknownAppIdIsRefusedWith1001004() {
    Peer a = new Peer("a");
    Login good = a.loginMessage("room1", "alice", 0, false);
    LoginResult r =
        a.login(
            new Login(
                good.seq(),
                42,
                good.roomId(),
                good.user(),
                0,
                false,
                "",
                AppSignProof.compute(APP.appSign(), a.nonce, 42, "alice", "room1")));
    assertEquals(ErrorCode.ENGINE_APPID_INCORRECT_OR_NOT_ONLINE, r.code());
    assertEquals(new LoginResult(good.seq(), r.code(), "", 0, List.of(), List.of()), r);
    assertEquals(1, counter("logins.refused.1001004"));
  }

  @Test
  void wrongAppSignProofIsRefusedWith1001005() {
    Peer a = new Peer("a");
    String otherSign = "ab".repeat(32);
    LoginResult r =
        a.login(
            new Login(
                1,
                APP.appId(),
                "room1",
                new WireUser("alice", "alice"),
                0,
                false,
                "",
                AppSignProof.compute(otherSign, a.nonce, APP.appId(), "alice", "room1")));
    assertEquals(ErrorCode.ENGINE_APPSIGN_INCORRECT, r.code());
  }

  @Test
  void proofForAnotherNonceRoomOrUserIsRefused() {
    Peer a = new Peer("a");
    Peer b = new Peer("b");
    String proofForB = AppSignProof.compute(APP.appSign(), b.nonce, APP.appId(), "alice", "room1");
    assertEquals(
        ErrorCode.ENGINE_APPSIGN_INCORRECT,
        a.login(
                new Login(
                    1,
                    APP.appId(),
                    "room1",
                    new WireUser("alice", "alice"),
                    0,
                    false,
                    "",
                    proofForB))
            .code(),
        "a proof replayed on another connection");
    String proofOtherRoom =
        AppSignProof.compute(APP.appSign(), a.nonce, APP.appId(), "alice", "room2");
    assertEquals(
        ErrorCode.ENGINE_APPSIGN_INCORRECT,
        a.login(
                new Login(
                    2,
                    APP.appId(),
                    "room1",
                    new WireUser("alice", "alice"),
                    0,
                    false,
                    "",
                    proofOtherRoom))
            .code());
    String proofOtherUser =
        AppSignProof.compute(APP.appSign(), a.nonce, APP.appId(), "bob", "room1");
    assertEquals(
        ErrorCode.ENGINE_APPSIGN_INCORRECT,
        a.login(
                new Login(
                    3,
                    APP.appId(),
                    "room1",
                    new WireUser("alice", "alice"),
                    0,
                    false,
                    "",
                    proofOtherUser))
            .code());
    // The refusals leave the connection usable.
    assertEquals(0, a.login("room1", "alice").code());
  }

  @Test
  void neitherProofNorTokenIsRefusedWith1002067() {
    Peer a = new Peer("a");
    assertEquals(
        ErrorCode.ROOM_NO_TOKEN,
        a.login(
                new Login(
                    1, APP.appId(), "room1", new WireUser("alice", "alice"), 0, false, "", ""))
            .code());
  }

  @Test
  void anyTokenIsRefusedWith1002033WhileVerificationIsNotBuilt() {
    Peer a = new Peer("a");
    Login good = a.loginMessage("room1", "alice", 0, false);
    assertEquals(
        ErrorCode.ROOM_ERROR_AUTHENTICATION_FAILED,
        a.login(new Login(good.seq(), APP.appId(), "room1", good.user(), 0, false, "04AAAA", ""))
            .code());
    assertEquals(
        ErrorCode.ROOM_ERROR_AUTHENTICATION_FAILED,
        a.login(
                new Login(
                    good.seq() + 1,
                    APP.appId(),
                    "room1",
                    good.user(),
                    0,
                    false,
                    "04AAAA",
                    good.proof()))
            .code(),
        "a token in AppSign mode is verified too");
  }

  @Test
  void invalidIdentifiersGetTheContractCodes() {
    Peer a = new Peer("a");
    assertEquals(ErrorCode.ROOM_ROOMID_NULL, a.login("", "alice").code());
    assertEquals(ErrorCode.ROOM_ROOMID_INVALID_CHARACTER, a.login("room 1", "alice").code());
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, a.login("r".repeat(128), "alice").code());
    assertEquals(ErrorCode.ROOM_USER_ID_NULL, a.login("room1", "").code());
    assertEquals(ErrorCode.ROOM_USER_ID_INVALID_CHARACTER, a.login("room1", "al/ice").code());
    assertEquals(ErrorCode.ROOM_USER_ID_TOO_LONG, a.login("room1", "u".repeat(64)).code());
    Login named = a.loginMessage("room1", "alice", 0, false);
    assertEquals(
        ErrorCode.ROOM_USER_NAME_INVALID_CHARACTER,
        a.login(
                new Login(
                    named.seq(),
                    APP.appId(),
                    "room1",
                    new WireUser("alice", "Alice Smith"),
                    0,
                    false,
                    "",
                    named.proof()))
            .code());
    assertEquals(
        ErrorCode.ROOM_USER_NAME_NULL,
        a.login(
                new Login(
                    named.seq(),
                    APP.appId(),
                    "room1",
                    new WireUser("alice", ""),
                    0,
                    false,
                    "",
                    named.proof()))
            .code());
    assertEquals(
        ErrorCode.ROOM_USER_NAME_TOO_LONG,
        a.login(
                new Login(
                    named.seq(),
                    APP.appId(),
                    "room1",
                    new WireUser("alice", "n".repeat(256)),
                    0,
                    false,
                    "",
                    named.proof()))
            .code());
    assertEquals(0, counter("logins.accepted"));
    assertEquals(
        0,
        a.login(
                new Login(
                    named.seq(),
                    APP.appId(),
                    "room1",
                    new WireUser("alice", "Alice/Smith"),
                    0,
                    false,
                    "",
                    named.proof()))
            .code());
  }

  @Test
  void negativeMaxMemberCountIsRefusedWith1000017() {
    Peer a = new Peer("a");
    assertEquals(
        ErrorCode.COMMON_ILLEGAL_PARAM,
        a.login(a.loginMessage("room1", "alice", -1, false)).code());
  }

  // ---- room limits ----

  @Test
  void roomFullByCreatorsMaxMemberCount() {
    Peer a = new Peer("a");
    assertEquals(0, a.login(a.loginMessage("room1", "alice", 2, false)).code());
    Peer b = new Peer("b");
    assertEquals(
        0,
        b.login(b.loginMessage("room1", "bob", 0, false)).code(),
        "a later login's 0 does not widen it");
    Peer c = new Peer("c");
    LoginResult r = c.login("room1", "carol");
    assertEquals(ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER, r.code());
    assertTrue(
        a.all(UserUpdate.class).isEmpty() && b.all(UserUpdate.class).isEmpty(),
        "nobody sees carol");
    // Another room is not affected.
    assertEquals(0, new Peer("d").login("room2", "carol").code());
    // Once someone leaves there is room again.
    b.send(new Logout(b.seq++));
    assertEquals(0, c.login("room1", "carol").code());
  }

  @Test
  void laterLoginsMaxMemberCountDoesNotChangeTheLimit() {
    new Peer("a").in("room1", "alice");
    Peer b = new Peer("b");
    assertEquals(0, b.login(b.loginMessage("room1", "bob", 2, false)).code());
    assertEquals(
        0, new Peer("c").login("room1", "carol").code(), "the creator's 0 (unlimited) wins");
  }

  @Test
  void roomFullByTheAppsLimit() {
    start(ServerConfig.builder().app(APP.withMaxUsersPerRoom(1)).build());
    new Peer("a").in("room1", "alice");
    Peer b = new Peer("b");
    assertEquals(ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER, b.login("room1", "bob").code());
    Peer c = new Peer("c");
    assertEquals(
        ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER,
        c.login(c.loginMessage("room1", "carol", 5, false)).code());
    assertEquals(0, new Peer("d").login("room2", "bob").code());
  }

  @Test
  void smallerOfAppLimitAndCreatorsLimitApplies() {
    start(ServerConfig.builder().app(APP.withMaxUsersPerRoom(3)).build());
    Peer a = new Peer("a");
    assertEquals(0, a.login(a.loginMessage("room1", "alice", 5, false)).code());
    new Peer("b").in("room1", "bob");
    new Peer("c").in("room1", "carol");
    assertEquals(
        ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER, new Peer("d").login("room1", "dave").code());
  }

  // ---- the same user ID twice ----

  @Test
  void reloginInTheSameRoomKicksTheOldSessionAndDeletesOnlyItsStreams() {
    Peer bob = new Peer("bob").in("room1", "bob");
    Peer old = new Peer("old").in("room1", "alice");
    bob.inbox.clear();
    assertEquals(0, old.publish("s1", 111).code());
    bob.inbox.clear();
    old.inbox.clear();

    Peer fresh = new Peer("fresh");
    LoginResult r = fresh.login("room1", "alice");
    assertEquals(0, r.code());
    assertEquals(
        List.of(new WireUser("bob", "bob")),
        r.users(),
        "the new session sees bob, not its old self");
    assertEquals(List.of(), r.streams(), "the old session's stream is gone");

    assertEquals(List.of(new KickOut(ErrorCode.ROOM_KICKED_OUT)), old.inbox);
    scheduler.runUntilIdle();
    assertTrue(old.closed, "the kicked connection is closed");
    assertEquals(0, old.sentAfterClose);
    assertEquals(
        List.of(
            new StreamUpdate(
                "DELETE", List.of(stream("s1", "alice")), List.of(new DeleteReason("s1", 3)))),
        bob.inbox,
        "bob sees the stream DELETE (code 3) and no user DELETE or ADD");

    // The new session works and the stream ID is free again.
    assertEquals(0, fresh.publish("s1", 222).code());
    assertTrue(fresh.heartbeatWorks());
  }

  @Test
  void reloginInAnotherRoomDeletesStreamsAndTheUserInTheOldRoom() {
    Peer bob = new Peer("bob").in("room1", "bob");
    Peer old = new Peer("old").in("room1", "alice");
    assertEquals(0, old.publish("s1", 111).code());
    bob.inbox.clear();
    old.inbox.clear();
    Peer carol = new Peer("carol").in("room2", "carol");

    Peer fresh = new Peer("fresh");
    LoginResult r = fresh.login("room2", "alice");
    assertEquals(0, r.code());
    assertEquals(List.of(new WireUser("carol", "carol")), r.users());

    assertEquals(List.of(new KickOut(ErrorCode.ROOM_KICKED_OUT)), old.inbox);
    assertEquals(
        List.of(
            new StreamUpdate(
                "DELETE", List.of(stream("s1", "alice")), List.of(new DeleteReason("s1", 3))),
            new UserUpdate("DELETE", List.of(new WireUser("alice", "alice")))),
        bob.inbox);
    assertEquals(
        List.of(new UserUpdate("ADD", List.of(new WireUser("alice", "alice")))), carol.inbox);
  }

  @Test
  void reloginByTheOnlyMemberKeepsTheRoom() {
    Peer old = new Peer("old");
    LoginResult first = old.login(old.loginMessage("room1", "alice", 2, true));
    assertEquals(0, first.code());
    Peer fresh = new Peer("fresh");
    LoginResult second = fresh.login(fresh.loginMessage("room1", "alice", 0, true));
    assertEquals(0, second.code());
    assertEquals(
        first.roomSessionId(), second.roomSessionId(), "the user never left, so the room lives on");
    new Peer("b").in("room1", "bob");
    assertEquals(
        ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER,
        new Peer("c").login("room1", "carol").code(),
        "the creator's limit of 2 still applies");
  }

  @Test
  void reloginRefusedAsRoomFullDoesNotKickTheOldSession() {
    Peer old = new Peer("old").in("room1", "alice");
    Peer b = new Peer("b");
    assertEquals(0, b.login(b.loginMessage("room2", "bob", 1, false)).code());
    Peer fresh = new Peer("fresh");
    assertEquals(ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER, fresh.login("room2", "alice").code());
    assertTrue(old.inbox.isEmpty(), "old session was told " + old.inbox);
    assertTrue(old.heartbeatWorks(), "the old session must still be logged in");
  }

  // ---- streams ----

  @Test
  void publishOfAnIdAnotherSessionPublishesIsRefusedAndTheFirstIsUnaffected() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer player = new Peer("p").in("room1", "paul");
    assertEquals(0, a.publish("s1", 1111).code());
    Peer c = new Peer("c").in("room2", "carol");
    Peer watcher = new Peer("w").in("room2", "walt");
    c.inbox.clear();
    watcher.inbox.clear();
    player.inbox.clear();

    assertEquals(ErrorCode.PUBLISHER_ERROR_REPETITIVE_PUBLISH_STREAM, c.publish("s1", 2222).code());
    Peer d = new Peer("d").in("room1", "dave");
    assertEquals(
        ErrorCode.PUBLISHER_ERROR_REPETITIVE_PUBLISH_STREAM,
        d.publish("s1", 3333).code(),
        "same room too");
    assertTrue(
        watcher.all(StreamUpdate.class).isEmpty(), "nobody gets ADD for the refused attempt");

    // The first publisher still owns s1: its RTP reaches a player, c's does not.
    a.bind();
    c.bind();
    player.bind();
    player.play("s1");
    assertEquals(new StreamAvailable("s1", 1111), player.last(StreamAvailable.class));
    byte[] fromA = rtp(1111, 1, 20);
    server.onDatagram(a.mediaAddress, fromA);
    server.onDatagram(c.mediaAddress, rtp(2222, 1, 20));
    assertEquals(1, output.size());
    assertArrayEquals(fromA, output.get(0).datagram());
    assertEquals(player.mediaAddress, output.get(0).to());
  }

  @Test
  void republishingTheSameIdBySameSessionIsAcceptedOnce() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    assertEquals(0, a.publish("s1", 1).code());
    assertEquals(0, a.publish("s1", 1).code());
    assertEquals(1, b.all(StreamUpdate.class).size(), "one ADD only: " + b.inbox);
  }

  @Test
  void publishWithAnInvalidStreamIdGetsTheIdCode() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    assertEquals(ErrorCode.COMMON_STREAM_ID_NULL, a.publish("", 1).code());
    assertEquals(ErrorCode.COMMON_STREAM_ID_TOO_LONG, a.publish("s".repeat(256), 1).code());
    assertEquals(ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER, a.publish("bad id!", 1).code());
    assertTrue(b.inbox.isEmpty(), b.inbox.toString());
  }

  @Test
  void streamAddAndDeleteGoToOthersNotToThePublisher() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    Peer other = new Peer("o").in("room2", "olga");
    assertEquals(0, a.publish("s1", 5).code());
    a.send(new StopPublish(a.seq++, "s1"));
    assertEquals(
        List.of(
            new StreamUpdate("ADD", List.of(stream("s1", "alice")), List.of()),
            new StreamUpdate(
                "DELETE", List.of(stream("s1", "alice")), List.of(new DeleteReason("s1", 1)))),
        b.inbox);
    assertTrue(a.all(StreamUpdate.class).isEmpty());
    assertTrue(other.inbox.isEmpty(), "another room sees nothing");
    // Free again for another session.
    assertEquals(0, other.publish("s1", 6).code());
  }

  @Test
  void lateJoinerSeesExistingUsersAndStreams() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    assertEquals(0, a.publish("s1", 1).code());
    assertEquals(0, b.publish("s2", 2).code());
    Peer c = new Peer("c");
    LoginResult r = c.login("room1", "carol");
    assertEquals(0, r.code());
    assertEquals(List.of(new WireUser("alice", "alice"), new WireUser("bob", "bob")), r.users());
    assertEquals(List.of(stream("s1", "alice"), stream("s2", "bob")), r.streams());
    assertEquals(
        a.last(UserUpdate.class), new UserUpdate("ADD", List.of(new WireUser("carol", "carol"))));
    assertNotEquals(0, r.mediaToken());
    assertFalse(r.roomSessionId().isEmpty());
  }

  @Test
  void roomSessionIdIsStableWhileTheRoomLivesAndNewAfterItEmpties() {
    Peer a = new Peer("a");
    String first = a.login("room1", "alice").roomSessionId();
    Peer b = new Peer("b");
    assertEquals(first, b.login("room1", "bob").roomSessionId());
    a.send(new Logout(a.seq++));
    Peer c = new Peer("c");
    assertEquals(first, c.login("room1", "carol").roomSessionId(), "bob kept the room alive");
    b.send(new Logout(b.seq++));
    c.send(new Logout(c.seq++));
    Peer d = new Peer("d");
    assertNotEquals(first, d.login("room1", "dave").roomSessionId());
  }

  @Test
  void userUpdatesGoOnlyToMembersWithNotifyOn() {
    Peer quiet = new Peer("q");
    assertEquals(0, quiet.login(quiet.loginMessage("room1", "quinn", 0, false)).code());
    quiet.inbox.clear();
    Peer loud = new Peer("l").in("room1", "lara");
    Peer c = new Peer("c").in("room1", "carol");
    assertTrue(quiet.all(UserUpdate.class).isEmpty());
    assertEquals(
        List.of(new UserUpdate("ADD", List.of(new WireUser("carol", "carol")))),
        loud.all(UserUpdate.class));
    c.send(new Logout(c.seq++));
    assertEquals(new LogoutResult(c.seq - 1), c.last(LogoutResult.class));
    assertEquals(
        new UserUpdate("DELETE", List.of(new WireUser("carol", "carol"))),
        loud.last(UserUpdate.class));
    assertTrue(quiet.all(UserUpdate.class).isEmpty());
  }

  @Test
  void playOfAStreamNotYetPublishedGetsStreamAvailableWhenItIsPublished() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    b.play("s9");
    assertEquals(0, b.last(PlayResult.class).code());
    assertTrue(b.all(StreamAvailable.class).isEmpty());
    assertEquals(0, a.publish("s9", 4_000_000_000L).code());
    assertEquals(List.of(new StreamAvailable("s9", 4_000_000_000L)), b.all(StreamAvailable.class));
  }

  @Test
  void playWithAnInvalidStreamIdIsRefused() {
    Peer b = new Peer("b").in("room1", "bob");
    b.play("bad id!");
    assertEquals(ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER, b.last(PlayResult.class).code());
  }

  // ---- session timeout ----

  private Peer timeoutScenario() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    assertEquals(0, a.publish("s1", 1).code());
    b.inbox.clear();
    return b;
  }

  /** Advances {@code seconds}, with b sending a heartbeat every 2 s so only a goes silent. */
  private void advanceWithHeartbeats(Peer b, int seconds) {
    for (int t = 0; t < seconds; t += 2) {
      scheduler.advance(2 * SECOND);
      assertTrue(b.heartbeatWorks());
    }
  }

  private List<SignalingMessage> roomUpdates(Peer p) {
    return p.inbox.stream()
        .filter(m -> m instanceof StreamUpdate || m instanceof UserUpdate)
        .toList();
  }

  @Test
  void silentSessionWithOpenConnectionIsRemovedWithCode2() {
    Peer b = timeoutScenario();
    advanceWithHeartbeats(b, 28);
    assertEquals(List.of(), roomUpdates(b), "nothing before the 30 s timeout");
    advanceWithHeartbeats(b, 6);
    assertEquals(
        List.of(
            new StreamUpdate(
                "DELETE", List.of(stream("s1", "alice")), List.of(new DeleteReason("s1", 2))),
            new UserUpdate("DELETE", List.of(new WireUser("alice", "alice")))),
        roomUpdates(b));
    assertEquals(1, counter("sessions.timed_out"));
    assertEquals(0, b.publish("s1", 2).code(), "the stream ID is free again");
  }

  @Test
  void silentSessionWithClosedConnectionIsRemovedWithCode5() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    assertEquals(0, a.publish("s1", 1).code());
    b.inbox.clear();
    a.handler.onClosed();
    advanceWithHeartbeats(b, 28);
    assertEquals(List.of(), roomUpdates(b), "a closed connection alone does not remove the user");
    advanceWithHeartbeats(b, 6);
    assertEquals(
        List.of(
            new StreamUpdate(
                "DELETE", List.of(stream("s1", "alice")), List.of(new DeleteReason("s1", 5))),
            new UserUpdate("DELETE", List.of(new WireUser("alice", "alice")))),
        roomUpdates(b));
  }

  @Test
  void heartbeatsKeepASessionAlive() {
    Peer b = timeoutScenario();
    Peer a = new Peer("a2").in("room2", "alex");
    for (int i = 0; i < 30; i++) {
      scheduler.advance(2 * SECOND);
      assertTrue(b.heartbeatWorks());
      assertTrue(a.heartbeatWorks());
    }
    assertEquals(1, counter("sessions.timed_out"), "only alice (silent) timed out");
    assertFalse(a.closed);
  }

  // ---- relay ----

  @Test
  void shortOrNonV2DatagramsAreMalformed() {
    Peer a = new Peer("a").in("room1", "alice");
    a.bind();
    server.onDatagram(a.mediaAddress, new byte[0]);
    server.onDatagram(a.mediaAddress, new byte[11]);
    byte[] v1 = rtp(1, 1, 10);
    v1[0] = 0x40;
    server.onDatagram(a.mediaAddress, v1);
    byte[] v3 = rtp(1, 1, 10);
    v3[0] = (byte) 0xC0;
    server.onDatagram(a.mediaAddress, v3);
    assertEquals(4, counter("datagrams.malformed"));
    assertTrue(output.isEmpty());
  }

  @Test
  void rtpFromAnUnboundAddressIsUnknownSource() {
    Peer a = new Peer("a").in("room1", "alice");
    assertEquals(0, a.publish("s1", 1).code());
    server.onDatagram(a.mediaAddress, rtp(1, 1, 10));
    assertEquals(1, counter("datagrams.unknown_source"));
  }

  @Test
  void bindWithAnUnknownTokenIsCounted() {
    Peer a = new Peer("a").in("room1", "alice");
    server.onDatagram(a.mediaAddress, TestBinds.bind(a.mediaToken ^ 0x5A5A, 1, a.mediaSecret));
    assertEquals(1, counter("binds.refused.unknown_token"));
    assertEquals(0, counter("media.bound"));
    server.onDatagram(a.mediaAddress, rtp(1, 1, 10));
    assertEquals(1, counter("datagrams.unknown_source"), "the address was not bound");
  }

  @Test
  void rtpOfAPublishedStreamIsForwardedUnchangedToEachBoundPlayer() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    Peer c = new Peer("c").in("room2", "carol");
    Peer idle = new Peer("i").in("room1", "ivan");
    for (Peer p : List.of(a, b, c, idle)) {
      p.bind();
    }
    assertEquals(4, counter("media.bound"));
    assertEquals(0, a.publish("s1", 0xDEADBEEFL).code());
    b.play("s1");
    c.play("s1");
    byte[] packet = rtp(0xDEADBEEFL, 77, 40);
    byte[] copy = packet.clone();
    server.onDatagram(a.mediaAddress, packet);
    assertEquals(2, output.size(), "one copy per player, none to the idle member or the publisher");
    assertEquals(List.of(b.mediaAddress, c.mediaAddress), output.stream().map(Sent::to).toList());
    for (Sent s : output) {
      assertArrayEquals(copy, s.datagram());
    }
    assertEquals(1, counter("rtp.received"));
    assertEquals(2, counter("rtp.forwarded"));

    output.clear();
    server.onDatagram(a.mediaAddress, rtp(0x12345678L, 78, 40));
    assertEquals(1, counter("datagrams.unknown_ssrc"));
    assertTrue(output.isEmpty());

    // A player that stops gets nothing more.
    c.send(new StopPlay(c.seq++, "s1"));
    server.onDatagram(a.mediaAddress, rtp(0xDEADBEEFL, 79, 40));
    assertEquals(List.of(b.mediaAddress), output.stream().map(Sent::to).toList());
  }

  @Test
  void playerBoundLaterStartsReceivingAndLatestBindAddressWins() throws UnknownHostException {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    a.bind();
    assertEquals(0, a.publish("s1", 9).code());
    b.play("s1");
    server.onDatagram(a.mediaAddress, rtp(9, 1, 10));
    assertTrue(output.isEmpty(), "b has no media address yet");
    b.bind();
    server.onDatagram(a.mediaAddress, rtp(9, 2, 10));
    InetSocketAddress moved =
        new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 9, 9, 9}), 7000);
    server.onDatagram(moved, TestBinds.bind(b.mediaToken, ++b.binds, b.mediaSecret));
    server.onDatagram(a.mediaAddress, rtp(9, 3, 10));
    assertEquals(List.of(b.mediaAddress, moved), output.stream().map(Sent::to).toList());
  }

  @Test
  void afterLogoutThePublishersAddressIsNoLongerBound() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    a.bind();
    b.bind();
    assertEquals(0, a.publish("s1", 9).code());
    b.play("s1");
    a.send(new Logout(a.seq++));
    server.onDatagram(a.mediaAddress, rtp(9, 1, 10));
    assertTrue(output.isEmpty());
    assertEquals(1, counter("datagrams.unknown_source"));
    server.onDatagram(a.mediaAddress, TestBinds.bind(a.mediaToken, ++a.binds, a.mediaSecret));
    assertEquals(
        1, counter("binds.refused.unknown_token"), "the old media token is void after logout");
  }

  // ---- robustness ----

  @Test
  void randomMessagesAndDatagramsNeverThrowNorDisturbAnotherSession() {
    Peer a = new Peer("a").in("room1", "alice");
    Peer b = new Peer("b").in("room1", "bob");
    a.bind();
    b.bind();
    assertEquals(0, a.publish("s1", 42).code());
    b.play("s1");

    SplittableRandom random = new SplittableRandom(20240601L);
    String[] types = {
      "login",
      "logout",
      "heartbeat",
      "publish",
      "stop_publish",
      "play",
      "stop_play",
      "hello",
      "login_result",
      "error",
      "kick_out",
      "user_update",
      "stream_update",
      "stream_available"
    };
    Peer fuzz = new Peer("fuzz");
    for (int i = 0; i < 1000; i++) {
      byte[] bytes = new byte[random.nextInt(0, 200)];
      random.nextBytes(bytes);
      fuzz.handler.onMessage(new String(bytes, StandardCharsets.ISO_8859_1));
      // So that deeper paths run too: JSON objects with a valid type, random values, and a proof
      // that is
      // right half of the time (the fuzz session logs in, publishes, plays, logs out, in alice's
      // room too).
      String type = types[random.nextInt(types.length)];
      String room = "room" + random.nextInt(3);
      String user = "f" + random.nextInt(3);
      String proof =
          random.nextBoolean()
              ? AppSignProof.compute(APP.appSign(), fuzz.nonce, APP.appId(), user, room)
              : random.nextBoolean() ? "" : "00";
      fuzz.handler.onMessage(
          "{\"type\":\""
              + type
              + "\",\"seq\":"
              + random.nextInt(-2, 5)
              + ",\"streamId\":\"s"
              + random.nextInt(3)
              + "\",\"ssrc\":"
              + random.nextLong(-1, 5_000_000_000L)
              + ",\"appId\":"
              + APP.appId()
              + ",\"roomId\":\""
              + room
              + "\",\"user\":{\"id\":\""
              + user
              + "\",\"name\":\"f\"},\"maxMemberCount\":"
              + random.nextInt(-1, 3)
              + ",\"userStatusNotify\":"
              + random.nextBoolean()
              + ",\"token\":\"\",\"proof\":\""
              + proof
              + "\",\"code\":1,\"nonce\":\"x\",\"updateType\":\"ADD\",\"users\":[],\"streams\":[]}");
      if (bytes.length > 1 && random.nextBoolean()) {
        bytes[0] = (byte) 0x80; // version 2, so the relay looks further
        if (random.nextBoolean()) {
          bytes[1] = (byte) 204;
        }
      }
      server.onDatagram(fuzz.mediaAddress, bytes);
      server.onDatagram(a.mediaAddress, bytes);
      if (fuzz.mediaToken != 0 && random.nextInt(10) == 0) {
        fuzz.bind();
      }
      scheduler.advance(SECOND / 100);
    }
    assertTrue(counter("messages.malformed") > 900, server.counters().toString());
    assertTrue(a.heartbeatWorks());
    assertTrue(b.heartbeatWorks());
    output.clear();
    byte[] packet = rtp(42, 1000, 30);
    server.onDatagram(a.mediaAddress, packet);
    // The fuzz session may be playing s1 too; b must get exactly one unchanged copy.
    List<Sent> toB = output.stream().filter(o -> o.to().equals(b.mediaAddress)).toList();
    assertEquals(1, toB.size(), "the relay still forwards s1 to b: " + output);
    assertArrayEquals(packet, toB.get(0).datagram());
    assertEquals(0, a.sentAfterClose + b.sentAfterClose + fuzz.sentAfterClose);
    assertFalse(a.closed || b.closed);
  }
}
