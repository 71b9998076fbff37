package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.token.Token04Generator;
import io.earshot.engine.token.Token04Layout;
import io.earshot.engine.token.TokenPrivileges;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Token04 logins, publish privileges, renewal and expiry through the real server, in memory
 * (contract §8).
 */
class TokenAuthTest {
  private static final AppConfig APP = AppConfig.DEFAULT;
  private static final EngineProfile APPSIGN = new EngineProfile(APP.appId(), APP.appSign(), null);
  private static final EngineProfile TOKEN_MODE = new EngineProfile(APP.appId(), null, null);
  private static final long SECOND = 1_000_000_000L;

  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final RandomBytes random = RandomBytes.from(new SeededRandom(99));

  private long nowSeconds() {
    return scheduler.epochMillis() / 1000;
  }

  private String token(String user, long ttl, TokenPrivileges privileges) {
    String payload = privileges == null ? "" : privileges.toPayloadJson();
    return Token04Generator.generate(
        APP.appId(),
        user,
        APP.serverSecret(),
        ttl,
        payload,
        nowSeconds(),
        Token04Layout.GCM,
        random);
  }

  private ExpressEngine engine(InMemoryNetwork net, EngineProfile profile, EventLog log) {
    return ExpressEngine.createEngine(
        profile, log, EngineEnvironment.builder(scheduler, net.newTransport()).build());
  }

  private static RoomConfig withToken(String token) {
    return RoomConfig.defaults().withUserStatusNotify(true).withToken(token);
  }

  private List<String> loginResult(ServerConfig config, EngineProfile profile, String token) {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, config);
    EventLog log = new EventLog();
    assertEquals(
        0, engine(net, profile, log).loginRoom("room1", User.of("alice"), withToken(token)));
    scheduler.runUntilIdle();
    return log.only("onRoomStateChanged");
  }

  @Test
  void validTokenLogsInInTokenModeAndInAppSignMode() {
    assertEquals(
        List.of("onRoomStateChanged LOGINING 0", "onRoomStateChanged LOGINED 0"),
        loginResult(ServerConfig.defaults(), TOKEN_MODE, token("alice", 3600, null)));
    assertEquals(
        List.of("onRoomStateChanged LOGINING 0", "onRoomStateChanged LOGINED 0"),
        loginResult(ServerConfig.defaults(), APPSIGN, token("alice", 3600, null)));
  }

  @Test
  void refusedTokensGiveTheContractCodes() {
    String expired =
        Token04Generator.generate(
            APP.appId(),
            "alice",
            APP.serverSecret(),
            3600,
            "",
            nowSeconds() - 7200,
            Token04Layout.CBC,
            random);
    String otherSecret =
        Token04Generator.generate(
            APP.appId(),
            "alice",
            "another-secret-of-32-characters!",
            3600,
            "",
            nowSeconds(),
            Token04Layout.CBC,
            random);
    String otherApp =
        Token04Generator.generate(
            7, "alice", APP.serverSecret(), 3600, "", nowSeconds(), Token04Layout.CBC, random);
    String otherRoom = token("alice", 3600, new TokenPrivileges("room2", true, true, List.of()));
    assertEquals(
        "onRoomStateChanged LOGIN_FAILED 1002078",
        loginResult(ServerConfig.defaults(), TOKEN_MODE, expired).get(1));
    assertEquals(
        "onRoomStateChanged LOGIN_FAILED 1002033",
        loginResult(ServerConfig.defaults(), TOKEN_MODE, otherSecret).get(1));
    assertEquals(
        "onRoomStateChanged LOGIN_FAILED 1002076",
        loginResult(ServerConfig.defaults(), TOKEN_MODE, otherApp).get(1));
    assertEquals(
        "onRoomStateChanged LOGIN_FAILED 1002077",
        loginResult(ServerConfig.defaults(), TOKEN_MODE, token("bob", 3600, null)).get(1));
    assertEquals(
        "onRoomStateChanged LOGIN_FAILED 1002033",
        loginResult(ServerConfig.defaults(), TOKEN_MODE, otherRoom).get(1));
    assertEquals(
        "onRoomStateChanged LOGIN_FAILED 1002079",
        loginResult(ServerConfig.defaults(), TOKEN_MODE, "03abc").get(1));
  }

  @Test
  void aServerThatRequiresTokensRefusesAnAppSignProofAlone() {
    ServerConfig strict = ServerConfig.builder().requireTokens(true).build();
    assertEquals(
        "onRoomStateChanged LOGIN_FAILED 1002067", loginResult(strict, APPSIGN, "").get(1));
    assertEquals(
        "onRoomStateChanged LOGINED 0",
        loginResult(strict, APPSIGN, token("alice", 3600, null)).get(1));
  }

  @Test
  void tokenModeWithoutTokenIsRefusedSynchronously() {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
    EventLog log = new EventLog();
    assertEquals(
        ErrorCode.ROOM_NO_TOKEN, engine(net, TOKEN_MODE, log).loginRoom("room1", User.of("alice")));
    scheduler.runUntilIdle();
    assertEquals(List.of("onDebugError 1002067 loginRoom"), log.events());
  }

  @Test
  void publishPrivilegesAndStreamListAreEnforcedAndPlayingIsNot() {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a = engine(net, TOKEN_MODE, alice);
    ExpressEngine b = engine(net, TOKEN_MODE, bob);
    a.loginRoom(
        "room1",
        User.of("alice"),
        withToken(
            token("alice", 3600, new TokenPrivileges("", true, true, List.of("alice-main")))));
    b.loginRoom(
        "room1",
        User.of("bob"),
        withToken(token("bob", 3600, new TokenPrivileges("", true, false, List.of()))));
    scheduler.runUntilIdle();
    a.startPublishingStream("alice-main");
    a.startPublishingStream("alice-other", PublishChannel.AUX);
    b.startPublishingStream("bob-main");
    b.startPlayingStream("alice-main");
    scheduler.advance(SECOND);
    assertTrue(
        alice.events().contains("onPublisherStateUpdate alice-main PUBLISHING 0"),
        alice.events().toString());
    assertTrue(
        alice.events().contains("onPublisherStateUpdate alice-other NO_PUBLISH 1003072"),
        alice.events().toString());
    assertEquals(
        List.of(
            "onPublisherStateUpdate bob-main PUBLISH_REQUESTING 0",
            "onPublisherStateUpdate bob-main NO_PUBLISH 1003072"),
        bob.only("onPublisherStateUpdate"));
    assertTrue(
        bob.events().contains("onPlayerRecvAudioFirstFrame alice-main"), bob.events().toString());
    assertFalse(
        bob.events().contains("onRoomStreamUpdate ADD alice-other@alice"), bob.events().toString());
  }

  @Test
  void willExpireNoticeThirtySecondsBeforeAndKickOutAtExpiry() {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a = engine(net, TOKEN_MODE, alice);
    engine(net, APPSIGN, bob)
        .loginRoom("room1", User.of("bob"), RoomConfig.defaults().withUserStatusNotify(true));
    a.loginRoom("room1", User.of("alice"), withToken(token("alice", 100, null)));
    scheduler.runUntilIdle();
    a.startPublishingStream("s1");
    scheduler.advance(69 * SECOND);
    assertEquals(List.of(), alice.only("onRoomTokenWillExpire"));
    scheduler.advance(2 * SECOND);
    assertEquals(List.of("onRoomTokenWillExpire 30"), alice.only("onRoomTokenWillExpire"));
    scheduler.advance(30 * SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateChanged KICK_OUT 1002056"),
        alice.only("onRoomStateChanged"));
    assertEquals(
        "onPublisherStateUpdate s1 NO_PUBLISH 1002056",
        alice.only("onPublisherStateUpdate").get(2));
    assertEquals(
        List.of(
            "onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:4]}",
            "onRoomUserUpdate DELETE alice"),
        bob.only("onRoomStreamUpdate DELETE", "onRoomUserUpdate DELETE"));
  }

  @Test
  void renewalMovesExpiryAndARejectedRenewalKeepsTheOldToken() {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
    EventLog alice = new EventLog();
    ExpressEngine a = engine(net, TOKEN_MODE, alice);
    a.loginRoom("room1", User.of("alice"), withToken(token("alice", 100, null)));
    scheduler.runUntilIdle();
    a.startPublishingStream("s1");
    scheduler.advance(50 * SECOND);
    assertEquals(
        ErrorCode.ROOM_ROOMID_INCORRECT, a.renewToken("room2", token("alice", 3600, null)));
    assertEquals(ErrorCode.COMMON_ILLEGAL_PARAM, a.renewToken("room1", ""));
    assertEquals(0, a.renewToken("room1", "not a token"));
    assertEquals(
        0,
        a.renewToken(
            "room1", token("alice", 3600, new TokenPrivileges("", true, false, List.of()))));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onDebugError 1002002 renewToken",
            "onDebugError 1000017 renewToken",
            "onDebugError 1002079 renewToken",
            "onDebugError 1002082 renewToken"),
        alice.only("onDebugError"));
    assertEquals(0, a.renewToken("room1", token("alice", 3600, null)));
    scheduler.advance(200 * SECOND);
    assertEquals(List.of(), alice.only("onRoomTokenWillExpire"));
    assertFalse(
        alice.events().stream().anyMatch(e -> e.startsWith("onRoomStateChanged KICK_OUT")),
        alice.events().toString());
  }

  @Test
  void lessThanThirtySecondsLeftGivesTheNoticeAtOnce() {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
    EventLog alice = new EventLog();
    engine(net, TOKEN_MODE, alice)
        .loginRoom("room1", User.of("alice"), withToken(token("alice", 10, null)));
    scheduler.runUntilIdle();
    assertEquals(List.of("onRoomTokenWillExpire 10"), alice.only("onRoomTokenWillExpire"));
  }
}
