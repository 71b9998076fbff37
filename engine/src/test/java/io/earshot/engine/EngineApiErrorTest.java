package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.engine.transport.MediaListener;
import io.earshot.engine.transport.MediaSocket;
import io.earshot.engine.transport.SignalingConnection;
import io.earshot.engine.transport.SignalingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * The client API's synchronous results and callback sequences (contract §1.2, §3), without sockets:
 * a {@link VirtualScheduler} and either a transport that never opens or an in-memory server.
 */
class EngineApiErrorTest {
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);
  private static final long SECOND = 1_000_000_000L;

  private final VirtualScheduler scheduler = new VirtualScheduler();

  /** A transport whose signaling connection never opens and never answers. */
  private static final class NeverOpening implements ClientTransport {
    final List<String> sent = new ArrayList<>();
    int opened;

    @Override
    public SignalingConnection openSignaling(SignalingListener listener) {
      opened++;
      return new SignalingConnection() {
        @Override
        public void send(String message) {
          sent.add(message);
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public MediaSocket openMedia(MediaListener listener) {
      throw new AssertionError("media is opened only after a login result");
    }
  }

  private ExpressEngine idle(EngineProfile profile, EventLog log) {
    return ExpressEngine.createEngine(
        profile, log, EngineEnvironment.builder(scheduler, new NeverOpening()).build());
  }

  private ExpressEngine idle(EventLog log) {
    return idle(PROFILE, log);
  }

  /** An engine whose loginRoom was accepted; it stays LOGINING for ever. The log is cleared. */
  private ExpressEngine loggingIn(EventLog log) {
    ExpressEngine e = idle(log);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.runUntilIdle();
    assertEquals(
        List.of("onRoomStateChanged LOGINING 0", "onRoomStateUpdate CONNECTING 0"), log.events());
    log.clear();
    return e;
  }

  private static void assertCode(int expected, int actual) {
    assertEquals(
        expected,
        actual,
        "expected "
            + ErrorCode.nameOf(expected)
            + ", got "
            + actual
            + " "
            + ErrorCode.nameOf(actual));
  }

  // ---- createEngine ----

  @Test
  void createEngineRejectsAppIdZero() {
    EngineException e =
        assertThrows(
            EngineException.class, () -> idle(new EngineProfile(0, PROFILE.appSign(), null), null));
    assertEquals(ErrorCode.ENGINE_APPID_ZERO, e.errorCode());
  }

  @Test
  void createEngineRejectsAppSignOfWrongLength() {
    assertEquals(
        ErrorCode.ENGINE_APPSIGN_INVALID_LENGTH,
        assertThrows(
                EngineException.class, () -> idle(new EngineProfile(1, "a".repeat(63), null), null))
            .errorCode());
    assertEquals(
        ErrorCode.ENGINE_APPSIGN_INVALID_LENGTH,
        assertThrows(
                EngineException.class, () -> idle(new EngineProfile(1, "a".repeat(65), null), null))
            .errorCode());
  }

  @Test
  void createEngineRejectsNonHexAppSign() {
    assertEquals(
        ErrorCode.ENGINE_APPSIGN_INVALID_CHARACTER,
        assertThrows(
                EngineException.class,
                () -> idle(new EngineProfile(1, "a".repeat(63) + "g", null), null))
            .errorCode());
    assertEquals(
        ErrorCode.ENGINE_APPSIGN_INVALID_CHARACTER,
        assertThrows(
                EngineException.class,
                () -> idle(new EngineProfile(1, "z" + "0".repeat(63), null), null))
            .errorCode());
    assertDoesNotThrow(
        () -> idle(new EngineProfile(1, "AbCdEf0123456789".repeat(4), null), null),
        "hex in either case");
  }

  @Test
  void nullOrEmptyAppSignSelectsTokenMode() {
    EventLog log = new EventLog();
    ExpressEngine nullSign = idle(new EngineProfile(1, null, null), log);
    ExpressEngine emptySign =
        idle(new EngineProfile(4_294_967_295L, "", Scenario.STANDARD_VOICE_CALL), log);
    scheduler.runUntilIdle();
    assertEquals(List.of(), log.events(), "createEngine fires no callback");

    assertCode(ErrorCode.ROOM_NO_TOKEN, nullSign.loginRoom("room1", User.of("alice")));
    assertCode(
        ErrorCode.ROOM_NO_TOKEN,
        emptySign.loginRoom("room1", User.of("bob"), RoomConfig.defaults()));
    assertCode(
        ErrorCode.ROOM_NO_TOKEN,
        emptySign.loginRoom("room1", User.of("bob"), new RoomConfig(0, false, null)));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onDebugError 1002067 loginRoom",
            "onDebugError 1002067 loginRoom",
            "onDebugError 1002067 loginRoom"),
        log.events(),
        "no room callback for a refused login");

    assertEquals(
        0, emptySign.loginRoom("room1", User.of("bob"), RoomConfig.defaults().withToken("04AAAA")));
  }

  // ---- loginRoom / logoutRoom ----

  @Test
  void loginRoomTwiceIsRefusedWithoutASecondLogining() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    assertCode(ErrorCode.ROOM_COUNT_EXCEED, e.loginRoom("room1", User.of("alice")));
    assertCode(
        ErrorCode.ROOM_COUNT_EXCEED, e.loginRoom("room2", User.of("bob"), RoomConfig.defaults()));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onDebugError 1002001 loginRoom",
            "onDebugError 1002001 loginRoom"),
        log.events());
  }

  @Test
  void illegalLoginArgumentsAre1000017() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    assertCode(ErrorCode.COMMON_ILLEGAL_PARAM, e.loginRoom("room1", null));
    assertCode(
        ErrorCode.COMMON_ILLEGAL_PARAM,
        e.loginRoom("room1", User.of("alice"), RoomConfig.defaults().withMaxMemberCount(-1)));
    scheduler.runUntilIdle();
    assertEquals(
        List.of("onDebugError 1000017 loginRoom", "onDebugError 1000017 loginRoom"), log.events());
  }

  @Test
  void invalidIdentifiersAtLoginGetTheContractCodes() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    record Case(int code, String room, User user) {}
    List<Case> cases =
        List.of(
            new Case(ErrorCode.ROOM_ROOMID_NULL, null, User.of("alice")),
            new Case(ErrorCode.ROOM_ROOMID_NULL, "", User.of("alice")),
            new Case(ErrorCode.ROOM_ROOMID_INVALID_CHARACTER, "room 1", User.of("alice")),
            new Case(ErrorCode.ROOM_ROOMID_TOO_LONG, "r".repeat(128), User.of("alice")),
            new Case(ErrorCode.ROOM_USER_ID_NULL, "room1", User.of("")),
            new Case(ErrorCode.ROOM_USER_ID_NULL, "room1", new User(null, "alice")),
            new Case(ErrorCode.ROOM_USER_ID_INVALID_CHARACTER, "room1", User.of("al/ice")),
            new Case(ErrorCode.ROOM_USER_ID_TOO_LONG, "room1", User.of("u".repeat(64))),
            new Case(ErrorCode.ROOM_USER_NAME_NULL, "room1", new User("alice", "")),
            new Case(
                ErrorCode.ROOM_USER_NAME_INVALID_CHARACTER,
                "room1",
                new User("alice", "Alice Smith")),
            new Case(
                ErrorCode.ROOM_USER_NAME_TOO_LONG, "room1", new User("alice", "n".repeat(256))));
    List<String> expectedDebug = new ArrayList<>();
    for (Case c : cases) {
      assertCode(c.code(), e.loginRoom(c.room(), c.user()));
      expectedDebug.add("onDebugError " + c.code() + " loginRoom");
    }
    scheduler.runUntilIdle();
    assertEquals(expectedDebug, log.events(), "only debug errors, no room callbacks");
    // Boundary values are accepted.
    assertEquals(0, e.loginRoom("r".repeat(127), new User("u".repeat(63), "Name/With/Slashes'")));
  }

  @Test
  void logoutOfAnotherRoomIs1002002() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    assertCode(ErrorCode.ROOM_ROOMID_INCORRECT, e.logoutRoom(), "not logged in at all");
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    assertCode(ErrorCode.ROOM_ROOMID_INCORRECT, e.logoutRoom("other"));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onDebugError 1002002 logoutRoom",
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onDebugError 1002002 logoutRoom"),
        log.events());
    log.clear();
    assertEquals(0, e.logoutRoom("room1"), "logout while still logging in is accepted");
    scheduler.runUntilIdle();
    assertEquals(
        List.of("onRoomStateChanged LOGOUT 0", "onRoomStateUpdate DISCONNECTED 0"), log.events());
  }

  private static void assertCode(int expected, int actual, String why) {
    assertEquals(
        expected,
        actual,
        why + ": expected " + ErrorCode.nameOf(expected) + ", got " + ErrorCode.nameOf(actual));
  }

  // ---- publish / play preconditions ----

  @Test
  void publishAndPlayBeforeLoginAre1000002WithoutCallbacks() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    assertCode(ErrorCode.COMMON_NOT_LOGIN_ROOM, e.startPublishingStream("s1"));
    assertCode(ErrorCode.COMMON_NOT_LOGIN_ROOM, e.startPublishingStream("s1", PublishChannel.AUX));
    assertCode(ErrorCode.COMMON_NOT_LOGIN_ROOM, e.startPlayingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onDebugError 1000002 startPublishingStream",
            "onDebugError 1000002 startPublishingStream",
            "onDebugError 1000002 startPlayingStream"),
        log.events());
    assertEquals(0, e.stopPublishingStream(), "stopping nothing is fine");
    assertEquals(0, e.stopPlayingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(3, log.size());
  }

  @Test
  void invalidStreamIdsGetTheContractCodes() {
    EventLog log = new EventLog();
    ExpressEngine e = loggingIn(log);
    assertCode(ErrorCode.COMMON_STREAM_ID_NULL, e.startPublishingStream(""));
    assertCode(ErrorCode.COMMON_STREAM_ID_NULL, e.startPublishingStream(null));
    assertCode(ErrorCode.COMMON_STREAM_ID_TOO_LONG, e.startPublishingStream("s".repeat(256)));
    assertCode(ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER, e.startPublishingStream("bad id!"));
    assertCode(ErrorCode.COMMON_STREAM_ID_NULL, e.startPlayingStream(""));
    assertCode(ErrorCode.COMMON_STREAM_ID_TOO_LONG, e.startPlayingStream("s".repeat(256)));
    assertCode(ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER, e.startPlayingStream("bad id!"));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onDebugError 1000015 startPublishingStream",
            "onDebugError 1000015 startPublishingStream",
            "onDebugError 1000014 startPublishingStream",
            "onDebugError 1000016 startPublishingStream",
            "onDebugError 1000015 startPlayingStream",
            "onDebugError 1000014 startPlayingStream",
            "onDebugError 1000016 startPlayingStream"),
        log.events());
    assertEquals(0, e.startPublishingStream("s".repeat(255)), "255 bytes is the longest valid ID");
  }

  @Test
  void secondStreamOnABusyChannelIs1003023AndSameIdAgainIsANoOp() {
    EventLog log = new EventLog();
    ExpressEngine e = loggingIn(log);
    assertEquals(0, e.startPublishingStream("s1"));
    scheduler.runUntilIdle();
    int before = log.size();
    assertCode(ErrorCode.PUBLISHER_ERROR_ALREADY_DO_PUBLISH, e.startPublishingStream("s2"));
    assertCode(
        ErrorCode.PUBLISHER_ERROR_ALREADY_DO_PUBLISH,
        e.startPublishingStream("s2", PublishChannel.MAIN));
    assertEquals(0, e.startPublishingStream("s1"));
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onDebugError 1003023 startPublishingStream",
            "onDebugError 1003023 startPublishingStream"),
        log.events().subList(before, log.size()));
    assertEquals(0, e.startPublishingStream("s2", PublishChannel.AUX), "another channel is free");
  }

  @Test
  void thirteenthConcurrentPlayIs1004010() {
    EventLog log = new EventLog();
    ExpressEngine e = loggingIn(log);
    for (int i = 1; i <= 12; i++) {
      assertEquals(0, e.startPlayingStream("s" + i), "play " + i);
    }
    scheduler.runUntilIdle();
    assertEquals(12, log.only("onPlayerStateUpdate").size());
    log.clear();
    assertEquals(0, e.startPlayingStream("s5"), "an ID already playing is a no-op");
    assertCode(ErrorCode.PLAYER_COUNT_EXCEED, e.startPlayingStream("s13"));
    scheduler.runUntilIdle();
    assertEquals(List.of("onDebugError 1004010 startPlayingStream"), log.events());
    log.clear();
    assertEquals(0, e.stopPlayingStream("s1"));
    assertEquals(0, e.startPlayingStream("s13"));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onPlayerStateUpdate s1 NO_PLAY 0",
            "onPlayerStreamEvent PLAY_END s1",
            "onPlayerStateUpdate s13 PLAY_REQUESTING 0",
            "onPlayerStreamEvent PLAY_START s13"),
        log.events());
  }

  // ---- handler, scenario ----

  @Test
  void setEventHandlerRefusesASecondHandlerButAcceptsNullThenNew() {
    EventLog first = new EventLog();
    EventLog second = new EventLog();
    ExpressEngine e = idle(first);
    assertCode(ErrorCode.COMMON_EVENT_HANDLER_EXISTS, e.setEventHandler(second));
    scheduler.runUntilIdle();
    assertEquals(List.of("onDebugError 1000008 setEventHandler"), first.events());
    assertEquals(List.of(), second.events());
    assertEquals(0, e.setEventHandler(null));
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.runUntilIdle();
    assertEquals(1, first.size(), "a cleared handler gets nothing");
    assertEquals(0, e.setEventHandler(second));
    assertEquals(0, e.setEventHandler(null));
    assertEquals(0, e.setEventHandler(second));
    assertEquals(0, e.startPublishingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(1, first.size());
    assertEquals("onEngineStateUpdate START", second.events().get(0));
  }

  @Test
  void engineCreatedWithoutHandlerAcceptsOne() {
    ExpressEngine e = idle(null);
    EventLog log = new EventLog();
    assertEquals(0, e.setEventHandler(log));
    assertCode(ErrorCode.COMMON_EVENT_HANDLER_EXISTS, e.setEventHandler(new EventLog()));
    scheduler.runUntilIdle();
    assertEquals(List.of("onDebugError 1000008 setEventHandler"), log.events());
  }

  @Test
  void setRoomScenarioOnlyWhileNotLoggedIn() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    assertEquals(0, e.setRoomScenario(Scenario.STANDARD_CHATROOM));
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    assertCode(ErrorCode.COMMON_CONFIG_AFTER_ROOM_LOGGED_IN, e.setRoomScenario(Scenario.KARAOKE));
    assertEquals(0, e.logoutRoom());
    assertEquals(0, e.setRoomScenario(Scenario.KARAOKE));
    assertEquals(0, e.enableCamera(true));
    scheduler.runUntilIdle();
    assertEquals(List.of("onDebugError 1000067 setRoomScenario"), log.only("onDebugError"));
  }

  // ---- destroy ----

  @Test
  void everyMethodAfterDestroyIs1000001AndNoCallbackIsDelivered() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    assertEquals(0, e.startPublishingStream("s1"));
    assertEquals(0, e.startPlayingStream("s2"));
    assertCode(ErrorCode.ROOM_COUNT_EXCEED, e.loginRoom("room1", User.of("alice")));
    // Callbacks of the calls above are still queued: destroy must drop them too.
    e.destroyEngine();
    e.destroyEngine();
    List<IntSupplier> calls =
        List.of(
            () -> e.setEventHandler(null),
            () -> e.setEventHandler(new EventLog()),
            () -> e.enableCamera(false),
            () -> e.setRoomScenario(Scenario.DEFAULT),
            () -> e.loginRoom("room1", User.of("alice")),
            () -> e.loginRoom("room1", User.of("alice"), RoomConfig.defaults()),
            () -> e.logoutRoom(),
            () -> e.logoutRoom("room1"),
            () -> e.startPublishingStream("s1"),
            () -> e.startPublishingStream("s1", PublishChannel.AUX),
            () -> e.stopPublishingStream(),
            () -> e.stopPublishingStream(PublishChannel.AUX),
            () -> e.startPlayingStream("s1"),
            () -> e.stopPlayingStream("s2"),
            () -> e.startPublishingStream("bad id!"),
            () -> e.loginRoom(null, null));
    for (int i = 0; i < calls.size(); i++) {
      assertCode(ErrorCode.COMMON_ENGINE_NOT_CREATE, calls.get(i).getAsInt(), "call " + i);
    }
    scheduler.advance(10 * SECOND);
    assertEquals(List.of(), log.events());
  }

  @Test
  void everyNonZeroResultIsAlsoReportedByOnDebugError() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    record Call(String funcName, int code, IntSupplier call) {}
    List<Call> calls =
        List.of(
            new Call(
                "startPublishingStream",
                ErrorCode.COMMON_NOT_LOGIN_ROOM,
                () -> e.startPublishingStream("s1")),
            new Call(
                "startPlayingStream",
                ErrorCode.COMMON_NOT_LOGIN_ROOM,
                () -> e.startPlayingStream("s1")),
            new Call("logoutRoom", ErrorCode.ROOM_ROOMID_INCORRECT, () -> e.logoutRoom()),
            new Call(
                "setEventHandler",
                ErrorCode.COMMON_EVENT_HANDLER_EXISTS,
                () -> e.setEventHandler(new EventLog())),
            new Call("loginRoom", ErrorCode.COMMON_ILLEGAL_PARAM, () -> e.loginRoom("room1", null)),
            new Call(
                "loginRoom",
                ErrorCode.ROOM_USER_ID_INVALID_CHARACTER,
                () -> e.loginRoom("room1", User.of("a b"))),
            new Call("loginRoom", 0, () -> e.loginRoom("room1", User.of("alice"))),
            new Call(
                "loginRoom",
                ErrorCode.ROOM_COUNT_EXCEED,
                () -> e.loginRoom("room1", User.of("alice"))),
            new Call(
                "setRoomScenario",
                ErrorCode.COMMON_CONFIG_AFTER_ROOM_LOGGED_IN,
                () -> e.setRoomScenario(Scenario.LIVE)),
            new Call("logoutRoom", ErrorCode.ROOM_ROOMID_INCORRECT, () -> e.logoutRoom("room2")),
            new Call(
                "startPublishingStream",
                ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER,
                () -> e.startPublishingStream("a.b")),
            new Call("startPublishingStream", 0, () -> e.startPublishingStream("s1")),
            new Call(
                "startPublishingStream",
                ErrorCode.PUBLISHER_ERROR_ALREADY_DO_PUBLISH,
                () -> e.startPublishingStream("s2")),
            new Call(
                "startPlayingStream",
                ErrorCode.COMMON_STREAM_ID_NULL,
                () -> e.startPlayingStream(null)));
    List<String> expected = new ArrayList<>();
    for (Call c : calls) {
      assertCode(c.code(), c.call().getAsInt(), c.funcName());
      if (c.code() != 0) {
        expected.add("onDebugError " + c.code() + " " + c.funcName());
      }
    }
    scheduler.runUntilIdle();
    assertEquals(expected, log.only("onDebugError"));
  }

  // ---- in memory, against the real server ----

  private InMemoryNetwork network(ServerConfig config) {
    return new InMemoryNetwork(scheduler, config);
  }

  private ExpressEngine engine(
      InMemoryNetwork net, EngineProfile profile, EventLog log, long seed) {
    return engine(net, profile, log, seed, AudioRenderSink.discard());
  }

  private ExpressEngine engine(
      InMemoryNetwork net, EngineProfile profile, EventLog log, long seed, AudioRenderSink sink) {
    return ExpressEngine.createEngine(
        profile,
        log,
        EngineEnvironment.builder(scheduler, net.newTransport())
            .seed(seed)
            .renderSink(sink)
            .build());
  }

  private static final RoomConfig NOTIFY = RoomConfig.defaults().withUserStatusNotify(true);

  @Test
  void queuedPublishWhoseLoginFailsEndsNoPublish1000002() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog log = new EventLog();
    ExpressEngine e =
        engine(net, new EngineProfile(PROFILE.appID(), "ab".repeat(32), null), log, 1);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    assertEquals(0, e.startPublishingStream("s1"));
    assertEquals(0, e.startPlayingStream("s2"));
    scheduler.advance(SECOND);
    List<String> states =
        log.only("onRoomState", "onPublisherState", "onPlayerState", "onEngineState");
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onEngineStateUpdate START",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 0",
            "onPlayerStateUpdate s2 PLAY_REQUESTING 0",
            "onRoomStateChanged LOGIN_FAILED 1001005",
            "onRoomStateUpdate DISCONNECTED 1001005",
            "onPublisherStateUpdate s1 NO_PUBLISH 1000002",
            "onPlayerStateUpdate s2 NO_PLAY 1000002",
            "onEngineStateUpdate STOP"),
        states);
    assertEquals(1L, net.server().counters().get("logins.refused.1001005"));
    assertEquals(
        0,
        e.loginRoom("room1", User.of("alice")),
        "a failed login leaves the engine free to retry");
  }

  @Test
  void unknownAppIdFailsLoginWith1001004() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog log = new EventLog();
    ExpressEngine e = engine(net, new EngineProfile(77, PROFILE.appSign(), null), log, 1);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGIN_FAILED 1001004",
            "onRoomStateUpdate DISCONNECTED 1001004"),
        log.events());
  }

  @Test
  void tokenLoginFailsWith1002033UntilVerificationIsBuilt() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog log = new EventLog();
    ExpressEngine e = engine(net, new EngineProfile(PROFILE.appID(), null, null), log, 1);
    assertEquals(
        0, e.loginRoom("room1", User.of("alice"), RoomConfig.defaults().withToken("04AAAA")));
    scheduler.runUntilIdle();
    assertEquals("onRoomStateChanged LOGIN_FAILED 1002033", log.events().get(2));
  }

  @Test
  void roomFullFailsLoginWith1002034() {
    InMemoryNetwork net =
        network(ServerConfig.builder().app(AppConfig.DEFAULT.withMaxUsersPerRoom(1)).build());
    EventLog a = new EventLog();
    EventLog b = new EventLog();
    assertEquals(0, engine(net, PROFILE, a, 1).loginRoom("room1", User.of("alice"), NOTIFY));
    scheduler.runUntilIdle();
    assertEquals(0, engine(net, PROFILE, b, 2).loginRoom("room1", User.of("bob"), NOTIFY));
    scheduler.runUntilIdle();
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGIN_FAILED 1002034",
            "onRoomStateUpdate DISCONNECTED 1002034"),
        b.events());
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateUpdate CONNECTED 0"),
        a.events(),
        "alice never sees bob");
  }

  @Test
  void twoEnginesLoginPublishPlayAndLogOutWithTheContractsSequences() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    AtomicLong rendered = new AtomicLong();
    ExpressEngine a = engine(net, PROFILE, alice, 1);
    ExpressEngine b =
        engine(
            net,
            PROFILE,
            bob,
            2,
            (streamId, frame, at) -> {
              assertEquals("s1", streamId);
              assertEquals(960, frame.length);
              rendered.incrementAndGet();
            });

    assertEquals(0, a.loginRoom("room1", User.of("alice"), NOTIFY));
    scheduler.runUntilIdle();
    assertEquals(0, b.loginRoom("room1", User.of("bob"), NOTIFY));
    scheduler.runUntilIdle();
    assertEquals(0, a.startPublishingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(List.of("onRoomStreamUpdate ADD s1@alice"), bob.only("onRoomStreamUpdate"));
    assertEquals(0, b.startPlayingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(
        List.of("onPlayerStateUpdate s1 PLAY_REQUESTING 0", "onPlayerStateUpdate s1 PLAYING 0"),
        bob.only("onPlayerState"),
        "PLAYING once the stream is available, before any audio");
    scheduler.advance(SECOND);

    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateUpdate CONNECTED 0",
            "onRoomUserUpdate ADD bob",
            "onEngineStateUpdate START",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 0",
            "onPublisherStreamEvent PUBLISH_START s1",
            "onPublisherCapturedAudioFirstFrame",
            "onPublisherStateUpdate s1 PUBLISHING 0",
            "onPublisherStreamEvent PUBLISH_SUCCESS s1"),
        alice.events());
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateUpdate CONNECTED 0",
            "onRoomUserUpdate ADD alice",
            "onRoomStreamUpdate ADD s1@alice",
            "onEngineStateUpdate START",
            "onPlayerStateUpdate s1 PLAY_REQUESTING 0",
            "onPlayerStreamEvent PLAY_START s1",
            "onPlayerStateUpdate s1 PLAYING 0",
            "onPlayerStreamEvent PLAY_SUCCESS s1",
            "onPlayerRecvAudioFirstFrame s1"),
        bob.events());
    Object sessionA = alice.roomExtendedData().get(1).get("room_session_id");
    assertTrue(
        sessionA instanceof String s && !s.isEmpty(),
        "LOGINED carries room_session_id: " + alice.roomExtendedData());
    assertEquals(sessionA, bob.roomExtendedData().get(1).get("room_session_id"));
    Map<String, Long> server = net.server().counters();
    assertTrue(
        server.getOrDefault("rtp.forwarded", 0L) >= 40, "about 50 packets in 1 s: " + server);
    assertTrue(rendered.get() >= 30, "bob rendered " + rendered.get() + " frames");
    assertEquals(0L, b.counters().get("datagrams.unknown_ssrc"));
    assertEquals(0L, b.counters().get("signaling.malformed"));
    Map<String, Long> play = b.counters();
    assertTrue(play.get("play.s1.packets_unique") >= 40, "per-stream counters: " + play);
    assertEquals(
        play.get("play.s1.seq_span"),
        play.get("play.s1.packets_unique"),
        "nothing missed on a perfect network");
    assertEquals(0L, play.get("play.s1.packets_missed"));

    alice.clear();
    bob.clear();
    assertEquals(0, a.logoutRoom());
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onPublisherStateUpdate s1 NO_PUBLISH 0",
            "onPublisherStreamEvent PUBLISH_END s1",
            "onEngineStateUpdate STOP",
            "onRoomStateChanged LOGOUT 0",
            "onRoomStateUpdate DISCONNECTED 0"),
        alice.events());
    assertEquals(
        List.of(
            "onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:1]}",
            "onRoomUserUpdate DELETE alice"),
        bob.events(),
        "bob keeps PLAYING (silent) until he stops");

    List<String> aliceBefore = alice.events();
    List<String> bobBefore = bob.events();
    b.destroyEngine();
    a.destroyEngine();
    scheduler.advance(SECOND);
    assertEquals(aliceBefore, alice.events(), "nothing after destroy");
    assertEquals(bobBefore, bob.events(), "nothing after destroy, not even NO_PLAY or STOP");
  }

  @Test
  void secondStreamOnMainIsRefusedWhileTheFirstKeepsFlowing() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a = engine(net, PROFILE, alice, 1);
    ExpressEngine b = engine(net, PROFILE, bob, 2);
    assertEquals(0, a.loginRoom("room1", User.of("alice")));
    assertEquals(0, b.loginRoom("room1", User.of("bob")));
    assertEquals(0, a.startPublishingStream("s1"));
    assertEquals(0, b.startPlayingStream("s1"));
    scheduler.advance(SECOND);
    assertTrue(alice.events().contains("onPublisherStateUpdate s1 PUBLISHING 0"));
    long forwarded = net.server().counters().get("rtp.forwarded");
    alice.clear();

    assertCode(ErrorCode.PUBLISHER_ERROR_ALREADY_DO_PUBLISH, a.startPublishingStream("s2"));
    assertEquals(0, a.startPublishingStream("s1"), "the same ID again");
    scheduler.advance(SECOND);
    assertEquals(List.of("onDebugError 1003023 startPublishingStream"), alice.events());
    assertTrue(net.server().counters().get("rtp.forwarded") - forwarded >= 40, "s1 still flows");
    assertEquals(List.of("onRoomStreamUpdate ADD s1@alice"), bob.only("onRoomStreamUpdate"));
  }

  @Test
  void duplicateStreamIdInAnotherRoomEndsNoPublish1003028() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog carol = new EventLog();
    ExpressEngine a = engine(net, PROFILE, alice, 1);
    ExpressEngine c = engine(net, PROFILE, carol, 3);
    assertEquals(0, a.loginRoom("room1", User.of("alice")));
    assertEquals(0, c.loginRoom("room2", User.of("carol")));
    assertEquals(0, a.startPublishingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(0, c.startPublishingStream("s1"));
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onEngineStateUpdate START",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 0",
            "onPublisherStateUpdate s1 NO_PUBLISH 1003028",
            "onEngineStateUpdate STOP"),
        carol.only("onPublisherState", "onEngineState"));
    assertEquals(
        List.of(
            "onPublisherStreamEvent PUBLISH_START s1", "onPublisherStreamEvent PUBLISH_FAIL s1"),
        carol.only("onPublisherStreamEvent"));
    assertEquals(
        List.of(
            "onEngineStateUpdate START",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 0",
            "onPublisherStateUpdate s1 PUBLISHING 0"),
        alice.only("onPublisherState", "onEngineState"),
        "alice unaffected");
  }

  @Test
  void sameUserIdLoggingInAgainKicksTheFirstEngine() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog first = new EventLog();
    EventLog second = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a1 = engine(net, PROFILE, first, 1);
    ExpressEngine b = engine(net, PROFILE, bob, 2);
    assertEquals(0, b.loginRoom("room1", User.of("bob"), NOTIFY));
    assertEquals(0, a1.loginRoom("room1", User.of("alice"), NOTIFY));
    assertEquals(0, a1.startPublishingStream("s1"));
    scheduler.advance(SECOND);
    first.clear();
    bob.clear();

    ExpressEngine a2 = engine(net, PROFILE, second, 3);
    assertEquals(0, a2.loginRoom("room1", User.of("alice"), NOTIFY));
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged KICK_OUT 1002050",
            "onRoomStateUpdate DISCONNECTED 1002050",
            "onPublisherStateUpdate s1 NO_PUBLISH 1002050",
            "onEngineStateUpdate STOP"),
        first.withoutStreamEvents());
    assertEquals(
        List.of("onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:3]}"),
        bob.events(),
        "only the stream DELETE (code 3); the user list does not change");
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateUpdate CONNECTED 0",
            "onRoomUserUpdate ADD bob"),
        second.events());
    assertEquals(0, a1.loginRoom("room1", User.of("alice2")), "the kicked engine may log in again");
  }

  @Test
  void destroyWhileLoggedInLetsOthersSeeTheUserLeave() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a = engine(net, PROFILE, alice, 1);
    ExpressEngine b = engine(net, PROFILE, bob, 2);
    assertEquals(0, b.loginRoom("room1", User.of("bob"), NOTIFY));
    assertEquals(0, a.loginRoom("room1", User.of("alice"), NOTIFY));
    assertEquals(0, a.startPublishingStream("s1"));
    scheduler.advance(SECOND);
    alice.clear();
    bob.clear();
    a.destroyEngine();
    scheduler.advance(SECOND);
    assertEquals(List.of(), alice.events(), "destroy fires nothing, not even NO_PUBLISH or STOP");
    assertEquals(
        List.of(
            "onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:1]}",
            "onRoomUserUpdate DELETE alice"),
        bob.events());
  }

  @Test
  void loggedInEngineStaysInTheRoomPastTheServerSessionTimeout() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a = engine(net, PROFILE, alice, 1);
    ExpressEngine b = engine(net, PROFILE, bob, 2);
    assertEquals(0, a.loginRoom("room1", User.of("alice"), NOTIFY));
    assertEquals(0, b.loginRoom("room1", User.of("bob"), NOTIFY));
    scheduler.advance(60 * SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateUpdate CONNECTED 0",
            "onRoomUserUpdate ADD bob"),
        alice.events(),
        "heartbeats keep the session alive");
    assertEquals(0L, net.server().counters().getOrDefault("sessions.timed_out", 0L));
  }

  @Test
  void unansweredLoginFailsWith1002031AfterTheLoginWindow() {
    EventLog log = new EventLog();
    ExpressEngine e = idle(log);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.advance(21 * 60 * SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGIN_FAILED 1002031",
            "onRoomStateUpdate DISCONNECTED 1002031"),
        log.events());
  }

  @Test
  void publishStoppedBeforeLoginCompletesIsNeverSent() {
    InMemoryNetwork net = network(ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    EventLog carol = new EventLog();
    ExpressEngine b = engine(net, PROFILE, bob, 2);
    assertEquals(0, b.loginRoom("room1", User.of("bob"), NOTIFY));
    scheduler.runUntilIdle();
    ExpressEngine a = engine(net, PROFILE, alice, 1);
    assertEquals(0, a.loginRoom("room1", User.of("alice"), NOTIFY));
    assertEquals(0, a.startPublishingStream("s1"));
    assertEquals(0, a.stopPublishingStream());
    scheduler.advance(SECOND);
    assertEquals(
        List.of(), bob.only("onRoomStreamUpdate"), "bob must not see a stream nobody publishes");
    ExpressEngine c = engine(net, PROFILE, carol, 3);
    assertEquals(0, c.loginRoom("room2", User.of("carol")));
    assertEquals(0, c.startPublishingStream("s1"));
    scheduler.advance(SECOND);
    assertTrue(
        carol.events().contains("onPublisherStateUpdate s1 PUBLISHING 0"),
        "s1 must be free: " + carol.events());
  }
}
