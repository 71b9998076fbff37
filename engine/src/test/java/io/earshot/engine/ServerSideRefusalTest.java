package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Codes that come from the server's decisions or from failures inside the engine: the admin
 * kick-out (1002055), forbidden stream IDs (1003025, 1004025) and inner errors (1003099, 1004099).
 * No sockets.
 */
class ServerSideRefusalTest {
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);
  private static final RoomConfig NOTIFY = RoomConfig.defaults().withUserStatusNotify(true);
  private static final long SECOND = 1_000_000_000L;

  private final VirtualScheduler scheduler = new VirtualScheduler();

  private ExpressEngine engine(InMemoryNetwork net, EventLog log, AudioCodecFactory codecs) {
    return ExpressEngine.createEngine(
        PROFILE,
        log,
        EngineEnvironment.builder(scheduler, net.newTransport()).codecs(codecs).build());
  }

  @Test
  void adminKickOutEndsTheSessionWith1002055AndOthersSeeItLeave() {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a = engine(net, alice, AudioCodecFactory.opus());
    engine(net, bob, AudioCodecFactory.opus()).loginRoom("room1", User.of("bob"), NOTIFY);
    a.loginRoom("room1", User.of("alice"), NOTIFY);
    a.startPublishingStream("s1");
    scheduler.advance(SECOND);
    CompletableFuture<Boolean> kicked = net.server().kickOut(AppConfig.DEFAULT.appId(), "alice");
    scheduler.advance(SECOND);
    assertTrue(kicked.getNow(false));
    assertEquals("onRoomStateChanged KICK_OUT 1002055", alice.only("onRoomStateChanged").get(2));
    assertEquals(
        "onPublisherStateUpdate s1 NO_PUBLISH 1002055",
        alice.only("onPublisherStateUpdate").get(2));
    assertEquals(
        List.of(
            "onRoomStreamUpdate DELETE s1@alice  {stream_delete_reason=[s1:4]}",
            "onRoomUserUpdate DELETE alice"),
        bob.only("onRoomStreamUpdate DELETE", "onRoomUserUpdate DELETE"));
    CompletableFuture<Boolean> nobody = net.server().kickOut(AppConfig.DEFAULT.appId(), "nobody");
    scheduler.runUntilIdle();
    assertFalse(nobody.getNow(true));
  }

  @Test
  void forbiddenStreamIdsAreRefusedForPublishingAndPlaying() {
    InMemoryNetwork net =
        new InMemoryNetwork(scheduler, ServerConfig.builder().forbidStream("banned").build());
    EventLog alice = new EventLog();
    ExpressEngine a = engine(net, alice, AudioCodecFactory.opus());
    a.loginRoom("room1", User.of("alice"), NOTIFY);
    a.startPublishingStream("banned");
    a.startPlayingStream("banned");
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onPublisherStateUpdate banned PUBLISH_REQUESTING 0",
            "onPublisherStateUpdate banned NO_PUBLISH 1003025"),
        alice.only("onPublisherStateUpdate"));
    assertEquals(
        List.of(
            "onPlayerStateUpdate banned PLAY_REQUESTING 0",
            "onPlayerStateUpdate banned NO_PLAY 1004025"),
        alice.only("onPlayerStateUpdate"));
  }

  /** A codec whose encoder or decoder cannot be made, as when libopus fails to load. */
  private static AudioCodecFactory broken(boolean encoder, boolean decoder) {
    AudioCodecFactory opus = AudioCodecFactory.opus();
    return new AudioCodecFactory() {
      @Override
      public AudioEncoder newEncoder() {
        if (encoder) {
          throw new IllegalStateException("libopus could not be loaded (test)");
        }
        return opus.newEncoder();
      }

      @Override
      public AudioDecoder newDecoder() {
        if (decoder) {
          throw new IllegalStateException("libopus could not be loaded (test)");
        }
        return opus.newDecoder();
      }
    };
  }

  @Test
  void aFailureInsideTheEngineEndsPublishOrPlayWithTheInnerErrorCode() {
    InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    ExpressEngine a = engine(net, alice, broken(true, false));
    ExpressEngine b = engine(net, bob, broken(false, true));
    a.loginRoom("room1", User.of("alice"), NOTIFY);
    b.loginRoom("room1", User.of("bob"), NOTIFY);
    assertEquals(0, a.startPublishingStream("a1"));
    assertEquals(0, b.startPublishingStream("b1"));
    assertEquals(0, a.startPlayingStream("b1"));
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onPublisherStateUpdate a1 PUBLISH_REQUESTING 0",
            "onPublisherStateUpdate a1 NO_PUBLISH 1003099"),
        alice.only("onPublisherStateUpdate"));
    assertTrue(
        alice.events().contains("onPlayerStateUpdate b1 PLAYING 0"), alice.events().toString());
    assertEquals(0, b.startPlayingStream("b1"));
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onPlayerStateUpdate b1 PLAY_REQUESTING 0", "onPlayerStateUpdate b1 NO_PLAY 1004099"),
        bob.only("onPlayerStateUpdate"));
  }
}
