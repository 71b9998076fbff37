package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * The mute controls (contract §1.2, §3.3): synchronous codes, {@code onRemoteMicStateUpdate} to
 * players only and in order, what a mute does to the audio, and the precedence of the receive
 * mutes. In memory, against the real server, on a {@link VirtualScheduler}.
 */
class MediaControlsTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long MS = 1_000_000L;
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);

  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
  private long nextSeed = 1;

  private ExpressEngine engine(MediaLog log, AudioCaptureSource source, AudioRenderSink sink) {
    return ExpressEngine.createEngine(
        PROFILE,
        log,
        EngineEnvironment.builder(scheduler, net.newTransport())
            .seed(nextSeed++)
            .captureSource(source)
            .renderSink(sink)
            .build());
  }

  private MediaLog log() {
    return new MediaLog(scheduler::nanoTime);
  }

  private static void assertCode(int expected, int actual, String call) {
    assertEquals(
        expected,
        actual,
        call + ": expected " + ErrorCode.nameOf(expected) + ", got " + ErrorCode.nameOf(actual));
  }

  /**
   * Alice publishes a tone as s1, Bob plays it; one second later Bob hears it. Logs are cleared.
   */
  private final class Call {
    final MediaLog aliceLog = log();
    final MediaLog bobLog = log();
    final RenderedAudio bobAudio = new RenderedAudio();
    final ExpressEngine alice =
        engine(aliceLog, TestTones.halfScaleSine(), AudioRenderSink.discard());
    final ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence(), bobAudio);

    Call() {
      assertEquals(0, alice.loginRoom("room1", User.of("alice")));
      assertEquals(0, bob.loginRoom("room1", User.of("bob")));
      assertEquals(0, alice.startPublishingStream("s1"));
      scheduler.runUntilIdle();
      assertEquals(0, bob.startPlayingStream("s1"));
      scheduler.advance(SECOND);
      assertTrue(bobAudio.audibleSince("s1", 0) > 20, "bob hears s1 before any mute");
      aliceLog.clear();
      bobLog.clear();
    }

    /** Lets {@code millis} pass and says whether Bob heard s1 in the last 500 ms of it. */
    boolean bobHearsAfter(long millis) {
      scheduler.advance(millis * MS);
      return bobAudio.audibleSince("s1", scheduler.nanoTime() - 500 * MS) > 0;
    }
  }

  // ---- synchronous results ----

  @Test
  void everyNewMethodValidatesItsArgumentsAndReportsRefusalsByOnDebugError() {
    MediaLog log = log();
    ExpressEngine e = engine(log, AudioCaptureSource.silence(), AudioRenderSink.discard());
    record Call(String funcName, int code, IntSupplier call) {}
    List<Call> calls =
        List.of(
            new Call("muteMicrophone", 0, () -> e.muteMicrophone(true)),
            new Call("mutePublishStreamAudio", 0, () -> e.mutePublishStreamAudio(true)),
            new Call(
                "mutePublishStreamAudio",
                0,
                () -> e.mutePublishStreamAudio(false, PublishChannel.AUX)),
            new Call(
                "mutePublishStreamAudio",
                ErrorCode.COMMON_ILLEGAL_PARAM,
                () -> e.mutePublishStreamAudio(true, null)),
            new Call("mutePlayStreamAudio", 0, () -> e.mutePlayStreamAudio("s1", true)),
            new Call("mutePlayStreamAudio", 0, () -> e.mutePlayStreamAudio("s".repeat(255), false)),
            new Call(
                "mutePlayStreamAudio",
                ErrorCode.COMMON_STREAM_ID_NULL,
                () -> e.mutePlayStreamAudio("", true)),
            new Call(
                "mutePlayStreamAudio",
                ErrorCode.COMMON_STREAM_ID_NULL,
                () -> e.mutePlayStreamAudio(null, true)),
            new Call(
                "mutePlayStreamAudio",
                ErrorCode.COMMON_STREAM_ID_TOO_LONG,
                () -> e.mutePlayStreamAudio("s".repeat(256), true)),
            new Call(
                "mutePlayStreamAudio",
                ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER,
                () -> e.mutePlayStreamAudio("bad id!", true)),
            new Call("muteAllPlayStreamAudio", 0, () -> e.muteAllPlayStreamAudio(true)),
            new Call("muteAllPlayStreamAudio", 0, () -> e.muteAllPlayStreamAudio(false)),
            new Call(
                "startSoundLevelMonitor",
                ErrorCode.DEVICE_SOUND_LEVEL_INTERVAL_INVALID,
                () -> e.startSoundLevelMonitor(new SoundLevelConfig(99, false))),
            new Call(
                "startSoundLevelMonitor",
                ErrorCode.DEVICE_SOUND_LEVEL_INTERVAL_INVALID,
                () -> e.startSoundLevelMonitor(new SoundLevelConfig(3001, true))),
            new Call(
                "startSoundLevelMonitor",
                ErrorCode.DEVICE_SOUND_LEVEL_INTERVAL_INVALID,
                () -> e.startSoundLevelMonitor(new SoundLevelConfig(0, false))),
            new Call(
                "startSoundLevelMonitor",
                ErrorCode.DEVICE_SOUND_LEVEL_INTERVAL_INVALID,
                () -> e.startSoundLevelMonitor(new SoundLevelConfig(-100, false))),
            new Call(
                "startSoundLevelMonitor",
                ErrorCode.COMMON_ILLEGAL_PARAM,
                () -> e.startSoundLevelMonitor(null)),
            new Call(
                "startSoundLevelMonitor",
                0,
                () -> e.startSoundLevelMonitor(new SoundLevelConfig(100, false))),
            new Call(
                "startSoundLevelMonitor",
                0,
                () -> e.startSoundLevelMonitor(new SoundLevelConfig(3000, true))),
            new Call("startSoundLevelMonitor", 0, () -> e.startSoundLevelMonitor()),
            new Call("stopSoundLevelMonitor", 0, () -> e.stopSoundLevelMonitor()),
            new Call("stopSoundLevelMonitor", 0, () -> e.stopSoundLevelMonitor()));
    List<String> expected = new ArrayList<>();
    for (Call c : calls) {
      assertCode(c.code(), c.call().getAsInt(), c.funcName());
      if (c.code() != 0) {
        expected.add("onDebugError " + c.code() + " " + c.funcName());
      }
    }
    scheduler.advance(SECOND);
    assertEquals(
        expected, log.events, "only the refusals, and no sound level after the monitor stopped");
    assertTrue(log.captured.isEmpty());
    assertEquals(SoundLevelConfig.defaults(), new SoundLevelConfig(100, false));
  }

  @Test
  void microphoneMuteIsAStateThatPersistsAcrossLogin() {
    MediaLog log = log();
    ExpressEngine e = engine(log, AudioCaptureSource.silence(), AudioRenderSink.discard());
    assertFalse(e.isMicrophoneMuted());
    assertEquals(0, e.muteMicrophone(true));
    assertTrue(e.isMicrophoneMuted());
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    scheduler.advance(SECOND);
    assertEquals(0, e.logoutRoom());
    assertTrue(e.isMicrophoneMuted(), "login and logout do not change it");
    assertEquals(0, e.muteMicrophone(false));
    assertFalse(e.isMicrophoneMuted());
  }

  @Test
  void afterDestroyEveryNewMethodIs1000001AndNothingIsDelivered() {
    MediaLog log = log();
    ExpressEngine e = engine(log, TestTones.halfScaleSine(), AudioRenderSink.discard());
    assertEquals(0, e.muteMicrophone(true));
    assertEquals(0, e.startSoundLevelMonitor());
    e.destroyEngine();
    List<IntSupplier> calls =
        List.of(
            () -> e.muteMicrophone(false),
            () -> e.mutePublishStreamAudio(true),
            () -> e.mutePublishStreamAudio(true, PublishChannel.AUX),
            () -> e.mutePublishStreamAudio(true, null),
            () -> e.mutePlayStreamAudio("s1", true),
            () -> e.mutePlayStreamAudio("bad id!", true),
            () -> e.muteAllPlayStreamAudio(true),
            () -> e.startSoundLevelMonitor(),
            () -> e.startSoundLevelMonitor(new SoundLevelConfig(99, false)),
            () -> e.stopSoundLevelMonitor());
    for (int i = 0; i < calls.size(); i++) {
      assertCode(ErrorCode.COMMON_ENGINE_NOT_CREATE, calls.get(i).getAsInt(), "call " + i);
    }
    assertFalse(e.isMicrophoneMuted(), "a destroyed engine captures nothing");
    scheduler.advance(SECOND);
    assertEquals(List.of(), log.events);
    assertEquals(List.of(), log.captured, "the monitor stopped with the engine");
  }

  // ---- remote mic state ----

  @Test
  void playerGetsOpenRightAfterPlayingAndThePublisherGetsNoMicState() {
    MediaLog aliceLog = log();
    MediaLog bobLog = log();
    ExpressEngine alice = engine(aliceLog, TestTones.halfScaleSine(), AudioRenderSink.discard());
    ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence(), AudioRenderSink.discard());
    assertEquals(0, alice.loginRoom("room1", User.of("alice")));
    assertEquals(0, bob.loginRoom("room1", User.of("bob")));
    assertEquals(0, alice.startPublishingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(0, bob.startPlayingStream("s1"));
    scheduler.advance(SECOND);
    assertEquals(
        List.of(
            "onPlayerStateUpdate s1 PLAY_REQUESTING 0",
            "onPlayerStreamEvent PLAY_START s1",
            "onPlayerStateUpdate s1 PLAYING 0",
            "onPlayerStreamEvent PLAY_SUCCESS s1",
            "onRemoteMicStateUpdate s1 OPEN",
            "onPlayerRecvAudioFirstFrame s1"),
        bobLog.only("onPlayer", "onRemoteMic"));
    assertEquals(List.of(), aliceLog.only("onRemoteMic"));
  }

  @Test
  void aMutedPublisherIsReportedMuteRightAfterPlayingAlsoForAPlayerWhoWaited() {
    MediaLog aliceLog = log();
    MediaLog bobLog = log();
    MediaLog carolLog = log();
    ExpressEngine alice = engine(aliceLog, TestTones.halfScaleSine(), AudioRenderSink.discard());
    ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence(), AudioRenderSink.discard());
    ExpressEngine carol = engine(carolLog, AudioCaptureSource.silence(), AudioRenderSink.discard());
    assertEquals(0, alice.muteMicrophone(true), "before login: a state of the engine");
    assertEquals(0, alice.loginRoom("room1", User.of("alice")));
    assertEquals(0, bob.loginRoom("room1", User.of("bob")));
    assertEquals(0, carol.loginRoom("room1", User.of("carol")));
    assertEquals(0, bob.startPlayingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(0, alice.startPublishingStream("s1"));
    scheduler.runUntilIdle();
    assertEquals(0, carol.startPlayingStream("s1"));
    scheduler.advance(SECOND);
    for (MediaLog player : List.of(bobLog, carolLog)) {
      assertEquals(
          List.of(
              "onPlayerStateUpdate s1 PLAY_REQUESTING 0",
              "onPlayerStateUpdate s1 PLAYING 0",
              "onRemoteMicStateUpdate s1 MUTE"),
          player.only("onPlayerState", "onRemoteMic"));
    }
  }

  @Test
  void microphoneMuteSilencesTheFlowingStreamAndTellsThePlayersOnly() {
    Call c = new Call();
    long forwarded = net.server().counters().get("rtp.forwarded");
    assertEquals(0, c.alice.muteMicrophone(true));
    assertFalse(c.bobHearsAfter(1000), "bob hears silence");
    assertEquals(
        List.of("onRemoteMicStateUpdate s1 MUTE"), c.bobLog.only("onRemoteMic", "onPlayerState"));
    assertEquals(List.of(), c.aliceLog.events, "alice stays PUBLISHING and is told nothing");
    assertTrue(
        net.server().counters().get("rtp.forwarded") - forwarded >= 40, "the stream keeps flowing");
    assertTrue(
        c.bobAudio.framesSince("s1", scheduler.nanoTime() - 500 * MS) >= 20, "and playout goes on");

    assertEquals(0, c.alice.muteMicrophone(false));
    assertTrue(c.bobHearsAfter(1000), "bob hears the tone again");
    assertEquals(
        List.of("onRemoteMicStateUpdate s1 MUTE", "onRemoteMicStateUpdate s1 OPEN"),
        c.bobLog.only("onRemoteMic", "onPlayerState"));
  }

  @Test
  void publishStreamMuteAlsoReportsMuteAndCombinesWithTheMicrophoneMute() {
    Call c = new Call();
    assertEquals(0, c.alice.mutePublishStreamAudio(true, PublishChannel.AUX));
    scheduler.advance(SECOND);
    assertEquals(
        List.of(),
        c.bobLog.only("onRemoteMic"),
        "another channel's mute does not touch s1 on MAIN");
    assertEquals(0, c.alice.mutePublishStreamAudio(true));
    assertFalse(c.bobHearsAfter(1000));
    assertEquals(0, c.alice.muteMicrophone(true));
    assertEquals(0, c.alice.mutePublishStreamAudio(false));
    assertFalse(c.bobHearsAfter(1000), "the microphone is still muted");
    assertEquals(
        List.of("onRemoteMicStateUpdate s1 MUTE"),
        c.bobLog.only("onRemoteMic"),
        "still MUTE, once");
    assertEquals(0, c.alice.muteMicrophone(false));
    assertTrue(c.bobHearsAfter(1000));
    assertEquals(
        List.of("onRemoteMicStateUpdate s1 MUTE", "onRemoteMicStateUpdate s1 OPEN"),
        c.bobLog.only("onRemoteMic"));
    assertEquals(List.of(), c.aliceLog.events);
  }

  // ---- receive mute ----

  @Test
  void receiveMuteStopsForwardingWithoutChangingThePlayerState() {
    Call c = new Call();
    assertEquals(0, c.bob.mutePlayStreamAudio("s1", true));
    scheduler.advance(100 * MS);
    long withheld = net.server().counters().getOrDefault("rtp.withheld_receive_muted", 0L);
    assertFalse(c.bobHearsAfter(1000), "playout renders silence");
    assertTrue(
        net.server().counters().get("rtp.withheld_receive_muted") - withheld >= 45,
        "the server stops forwarding");
    assertTrue(
        c.bobAudio.framesSince("s1", scheduler.nanoTime() - 500 * MS) >= 20,
        "the playout clock goes on");
    assertEquals(0, c.bob.mutePlayStreamAudio("s1", false));
    assertTrue(c.bobHearsAfter(1000));
    assertEquals(List.of(), c.bobLog.events, "no player state change, no mic state");
    assertEquals(List.of(), c.aliceLog.events);
  }

  @Test
  void muteAllOverridesPerStreamMutesWhichApplyAgainAfterwards() {
    MediaLog bobLog = log();
    RenderedAudio audio = new RenderedAudio();
    ExpressEngine alice = engine(log(), TestTones.halfScaleSine(), AudioRenderSink.discard());
    ExpressEngine carol = engine(log(), TestTones.halfScaleSine(), AudioRenderSink.discard());
    ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence(), audio);
    assertEquals(0, alice.loginRoom("room1", User.of("alice")));
    assertEquals(0, carol.loginRoom("room1", User.of("carol")));
    assertEquals(0, bob.loginRoom("room1", User.of("bob")));
    assertEquals(0, alice.startPublishingStream("s1"));
    assertEquals(0, carol.startPublishingStream("s2"));
    assertEquals(0, bob.startPlayingStream("s1"));
    assertEquals(0, bob.startPlayingStream("s2"));
    scheduler.advance(SECOND);

    assertEquals(0, bob.muteAllPlayStreamAudio(true));
    assertEquals(0, bob.mutePlayStreamAudio("s1", false), "no effect while all are muted");
    assertEquals(0, bob.mutePlayStreamAudio("s2", true), "kept for later");
    scheduler.advance(SECOND);
    long since = scheduler.nanoTime() - 500 * MS;
    assertEquals(0, audio.audibleSince("s1", since));
    assertEquals(0, audio.audibleSince("s2", since));

    assertEquals(0, bob.muteAllPlayStreamAudio(false));
    scheduler.advance(SECOND);
    since = scheduler.nanoTime() - 500 * MS;
    assertTrue(audio.audibleSince("s1", since) > 0, "s1 follows its own setting again: unmuted");
    assertEquals(0, audio.audibleSince("s2", since), "s2 follows its own setting again: muted");
    assertEquals(
        List.of(
            "onPlayerStateUpdate s1 PLAY_REQUESTING 0",
            "onPlayerStateUpdate s2 PLAY_REQUESTING 0",
            "onPlayerStateUpdate s1 PLAYING 0",
            "onPlayerStateUpdate s2 PLAYING 0"),
        bobLog.only("onPlayerState"));
  }

  @Test
  void receiveMuteMayPrecedePlayAndStoppingThePlayResetsIt() {
    MediaLog bobLog = log();
    RenderedAudio audio = new RenderedAudio();
    ExpressEngine alice = engine(log(), TestTones.halfScaleSine(), AudioRenderSink.discard());
    ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence(), audio);
    assertEquals(0, alice.loginRoom("room1", User.of("alice")));
    assertEquals(0, bob.loginRoom("room1", User.of("bob")));
    assertEquals(0, alice.startPublishingStream("s1"));
    assertEquals(0, bob.mutePlayStreamAudio("s1", true));
    assertEquals(0, bob.startPlayingStream("s1"));
    scheduler.advance(2 * SECOND);
    assertEquals(0, audio.audibleSince("s1", 0), "muted from the first packet on");
    assertEquals(
        0L,
        net.server().counters().getOrDefault("rtp.forwarded", 0L),
        "nothing was ever forwarded");
    assertTrue(bobLog.events.contains("onPlayerStateUpdate s1 PLAYING 0"));

    assertEquals(0, bob.stopPlayingStream("s1"));
    assertEquals(0, bob.startPlayingStream("s1"));
    scheduler.advance(SECOND);
    assertTrue(
        audio.audibleSince("s1", scheduler.nanoTime() - 500 * MS) > 0, "the stop reset the mute");
  }
}
