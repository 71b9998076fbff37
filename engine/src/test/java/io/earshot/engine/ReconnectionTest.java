package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reconnection (contract §3.1–§3.3, §7) on the virtual clock: the liveness watch, the attempt
 * schedule, session resume and what the others see, the window's end, a login elsewhere meanwhile,
 * the login window, a media-only break and a server restart.
 */
class ReconnectionTest {
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);
  private static final long SECOND = 1_000_000_000L;
  private static final RoomConfig NOTIFY = RoomConfig.defaults().withUserStatusNotify(true);

  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final OutageNetwork net = new OutageNetwork(scheduler, ServerConfig.defaults());
  private final EventLog alice = new EventLog();
  private final EventLog bob = new EventLog();
  private final OutageNetwork.Transport aliceNet = net.newTransport();
  private final OutageNetwork.Transport bobNet = net.newTransport();
  private ExpressEngine a;
  private ExpressEngine b;

  private ExpressEngine engine(OutageNetwork.Transport t, EventLog log, long seed) {
    return ExpressEngine.createEngine(
        PROFILE,
        log,
        EngineEnvironment.builder(scheduler, t).seed(seed).codecs(new CheapCodecs()).build());
  }

  /** Alice publishes s1 and plays s2; Bob publishes s2 and plays s1. The logs are cleared. */
  private void call() {
    a = engine(aliceNet, alice, 1);
    b = engine(bobNet, bob, 2);
    assertEquals(0, a.loginRoom("room1", User.of("alice"), NOTIFY));
    assertEquals(0, b.loginRoom("room1", User.of("bob"), NOTIFY));
    scheduler.advance(SECOND);
    assertEquals(0, a.startPublishingStream("s1"));
    assertEquals(0, b.startPublishingStream("s2"));
    assertEquals(0, a.startPlayingStream("s2"));
    assertEquals(0, b.startPlayingStream("s1"));
    scheduler.advance(2 * SECOND);
    assertTrue(
        alice.events().contains("onPlayerStateUpdate s2 PLAYING 0"), alice.events().toString());
    assertTrue(bob.events().contains("onPlayerStateUpdate s1 PLAYING 0"), bob.events().toString());
    alice.clear();
    bob.clear();
  }

  private long received(ExpressEngine e, String stream) {
    return e.counters().getOrDefault("play." + stream + ".packets_received", 0L);
  }

  @Test
  void aTenSecondOutageIsRidOutAndTheOthersSeeNothing() {
    call();
    aliceNet.down();
    scheduler.advance(5 * SECOND);
    List<String> during = alice.withoutStreamEvents();
    assertEquals(
        List.of(
            "onRoomStateChanged RECONNECTING 1002051",
            "onRoomStateUpdate CONNECTING 1002051",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 1003020",
            "onPlayerStateUpdate s2 PLAY_REQUESTING 1004020"),
        during,
        "RECONNECTING within 5 s of the outage");
    assertTrue(alice.events().contains("onPublisherStreamEvent RETRY_PUBLISH_START s1"));
    assertTrue(alice.events().contains("onPlayerStreamEvent RETRY_PLAY_START s2"));
    scheduler.advance(5 * SECOND);
    aliceNet.up();
    long heardBefore = received(b, "s1");
    scheduler.advance(5 * SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged RECONNECTING 1002051",
            "onRoomStateUpdate CONNECTING 1002051",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 1003020",
            "onPlayerStateUpdate s2 PLAY_REQUESTING 1004020",
            "onRoomStateChanged RECONNECTED 0",
            "onRoomStateUpdate CONNECTED 0",
            "onPublisherStateUpdate s1 PUBLISHING 0",
            "onPlayerStateUpdate s2 PLAYING 0"),
        alice.withoutStreamEvents());
    assertTrue(alice.events().contains("onPublisherStreamEvent RETRY_PUBLISH_SUCCESS s1"));
    assertTrue(alice.events().contains("onPlayerStreamEvent RETRY_PLAY_SUCCESS s2"));
    assertEquals(
        List.of(), bob.only("onRoomStreamUpdate", "onRoomUserUpdate"), "Bob sees no DELETE");
    assertTrue(received(b, "s1") > heardBefore + 150, "Bob hears Alice again");
    assertEquals(1, net.server().counters().get("sessions.resumed"));
  }

  @Test
  void attemptsFollowTheScheduleHalfASecondOneTwoThenEveryThree() {
    call();
    aliceNet.down();
    scheduler.advance(50 * SECOND);
    List<Long> attempts = aliceNet.connectionAttemptsAt;
    // The first is the login; the break is declared 4 s after the last frame from the server.
    List<Long> gaps =
        List.of(
            attempts.get(2) - attempts.get(1),
            attempts.get(3) - attempts.get(2),
            attempts.get(4) - attempts.get(3),
            attempts.get(5) - attempts.get(4));
    // Each attempt waits out its 5 s timeout (the network is down), then the next delay.
    assertEquals(List.of(6 * SECOND, 7 * SECOND, 8 * SECOND, 8 * SECOND), gaps);
  }

  @Test
  void aLongOutageEndsTheSessionForTheOthersAndALoginBringsItBack() {
    call();
    aliceNet.down();
    scheduler.advance(40 * SECOND);
    assertEquals(
        List.of(
            "onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:2]}",
            "onRoomUserUpdate DELETE alice"),
        bob.only("onRoomStreamUpdate", "onRoomUserUpdate"),
        "DELETE within 40 s of the outage's start");
    scheduler.advance(20 * SECOND);
    aliceNet.up();
    scheduler.advance(10 * SECOND);
    assertEquals(
        List.of(
            "onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:2]}",
            "onRoomUserUpdate DELETE alice",
            "onRoomUserUpdate ADD alice",
            "onRoomStreamUpdate ADD s1@alice"),
        bob.only("onRoomStreamUpdate", "onRoomUserUpdate"));
    assertEquals(
        List.of("onRoomStateChanged RECONNECTING 1002051", "onRoomStateChanged RECONNECTED 0"),
        alice.only("onRoomStateChanged"),
        "Alice sees only RECONNECTING and RECONNECTED");
    assertTrue(alice.events().contains("onPublisherStateUpdate s1 PUBLISHING 0"));
    assertTrue(alice.events().contains("onPlayerStateUpdate s2 PLAYING 0"));
    long heard = received(b, "s1");
    scheduler.advance(2 * SECOND);
    assertTrue(received(b, "s1") > heard + 50, "Bob's play of s1 hears the republished stream");
  }

  @Test
  void theWindowEndsWithReconnectFailedAndEverythingStops() {
    call();
    aliceNet.down();
    scheduler.advance(21 * 60 * SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged RECONNECTING 1002051",
            "onRoomStateUpdate CONNECTING 1002051",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 1003020",
            "onPlayerStateUpdate s2 PLAY_REQUESTING 1004020",
            "onRoomStateChanged RECONNECT_FAILED 1002053",
            "onRoomStateUpdate DISCONNECTED 1002053",
            "onPublisherStateUpdate s1 NO_PUBLISH 1003021",
            "onPlayerStateUpdate s2 NO_PLAY 1004001",
            "onEngineStateUpdate STOP"),
        alice.withoutStreamEvents());
    assertTrue(alice.events().contains("onPublisherStreamEvent RETRY_PUBLISH_FAIL s1"));
    int attempts = aliceNet.connectionAttemptsAt.size();
    aliceNet.up();
    scheduler.advance(60 * SECOND);
    assertEquals(attempts, aliceNet.connectionAttemptsAt.size(), "no further retries");
    long window =
        aliceNet.connectionAttemptsAt.get(attempts - 1) - aliceNet.connectionAttemptsAt.get(0);
    assertTrue(window <= 20 * 60 * SECOND + 10 * SECOND, "attempts stop with the window");
  }

  @Test
  void aLoginElsewhereWhileReconnectingEndsWithKickOut1002086() {
    call();
    aliceNet.down();
    scheduler.advance(6 * SECOND);
    EventLog phone = new EventLog();
    ExpressEngine other = engine(net.newTransport(), phone, 3);
    assertEquals(0, other.loginRoom("room1", User.of("alice"), NOTIFY));
    scheduler.advance(SECOND);
    assertEquals(
        List.of("onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:3]}"),
        bob.only("onRoomStreamUpdate", "onRoomUserUpdate"),
        "Bob: the stream goes (code 3), the user stays");
    aliceNet.up();
    scheduler.advance(10 * SECOND);
    List<String> states = alice.only("onRoomStateChanged", "onPublisherStateUpdate");
    assertEquals("onRoomStateChanged KICK_OUT 1002086", states.get(states.size() - 2));
    assertEquals("onPublisherStateUpdate s1 NO_PUBLISH 1002086", states.get(states.size() - 1));
  }

  @Test
  void everyRefusedLoginAttemptEndsWith1002030WhenTheWindowEnds() {
    net.refuseConnections(true);
    ExpressEngine e = engine(aliceNet, alice, 1);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.advance(19 * 60 * SECOND);
    assertEquals(
        List.of("onRoomStateChanged LOGINING 0", "onRoomStateUpdate CONNECTING 0"),
        alice.events(),
        "still trying within the window");
    assertTrue(aliceNet.connectionAttemptsAt.size() > 300, "every 3 s for 19 minutes");
    scheduler.advance(2 * 60 * SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGIN_FAILED 1002030",
            "onRoomStateUpdate DISCONNECTED 1002030"),
        alice.events());
  }

  @Test
  void aLoginThatFindsTheServerLaterSucceedsWithinTheWindow() {
    net.refuseConnections(true);
    ExpressEngine e = engine(aliceNet, alice, 1);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.advance(10 * SECOND);
    net.refuseConnections(false);
    scheduler.advance(4 * SECOND);
    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateUpdate CONNECTED 0"),
        alice.events());
  }

  @Test
  void aMediaOnlyBreakIsReportedOnTheStreamsAndTheRoomStaysConnected() {
    call();
    aliceNet.mediaDown(true);
    scheduler.advance(7 * SECOND);
    assertEquals(
        List.of(
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 1003020",
            "onPlayerStateUpdate s2 PLAY_REQUESTING 1004020"),
        alice.withoutStreamEvents(),
        "5 s without the server's RTCP");
    aliceNet.mediaDown(false);
    scheduler.advance(2 * SECOND);
    assertEquals(
        List.of(
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 1003020",
            "onPlayerStateUpdate s2 PLAY_REQUESTING 1004020",
            "onPublisherStateUpdate s1 PUBLISHING 0",
            "onPlayerStateUpdate s2 PLAYING 0"),
        alice.withoutStreamEvents());
  }

  @Test
  void theFirstRetryComesHalfASecondAfterTheBreak() {
    call();
    long before = aliceNet.connectionAttemptsAt.size();
    long resetAt = scheduler.nanoTime();
    aliceNet.reset();
    scheduler.advance(SECOND);
    assertEquals(before + 1, aliceNet.connectionAttemptsAt.size());
    assertEquals(SECOND / 2, aliceNet.connectionAttemptsAt.get((int) before) - resetAt);
  }

  @Test
  void aResetConnectionIsResumedWithoutAnyoneNoticing() {
    call();
    aliceNet.reset();
    scheduler.advance(5 * SECOND);
    assertEquals(
        List.of("onRoomStateChanged RECONNECTING 1002051", "onRoomStateChanged RECONNECTED 0"),
        alice.only("onRoomStateChanged"));
    assertEquals(List.of(), bob.only("onRoomStreamUpdate", "onRoomUserUpdate"));
  }

  @Test
  void aServerRestartIsSurvivedByLoggingInAgainAndRepublishing() {
    call();
    net.restartServer();
    scheduler.advance(10 * SECOND);
    assertEquals(
        List.of("onRoomStateChanged RECONNECTING 1002051", "onRoomStateChanged RECONNECTED 0"),
        alice.only("onRoomStateChanged"));
    assertEquals(
        List.of("onRoomStateChanged RECONNECTING 1002051", "onRoomStateChanged RECONNECTED 0"),
        bob.only("onRoomStateChanged"));
    long heard = received(b, "s1");
    scheduler.advance(2 * SECOND);
    assertTrue(received(b, "s1") > heard + 50, "media flows through the new server");
    assertEquals(0, net.server().counters().getOrDefault("sessions.resumed", 0L));
  }

  @Test
  void aShorterWindowEndsSooner() {
    EngineTimings timings = EngineTimings.DEFAULTS.withReconnectWindow(Duration.ofSeconds(30));
    ExpressEngine e =
        ExpressEngine.createEngine(
            PROFILE,
            alice,
            EngineEnvironment.builder(scheduler, aliceNet).timings(timings).build());
    net.refuseConnections(true);
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.advance(31 * SECOND);
    assertTrue(alice.events().contains("onRoomStateChanged LOGIN_FAILED 1002030"));
    assertFalse(alice.events().contains("onRoomStateChanged LOGINED 0"));
  }
}
