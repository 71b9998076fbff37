package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The periodic callbacks of contract §3.5 and §3.6: sound levels (values for a known sine and for
 * silence, the effect of each mute, the interval, VAD, remote levels only while playing) and the
 * online user count every 30 s. In memory on a {@link VirtualScheduler}.
 */
class SoundLevelAndUserCountTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long MS = 1_000_000L;
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);

  /** 20·log10(0.5/√2) + 100. */
  private static final double HALF_SCALE_SINE_LEVEL = 90.969;

  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());
  private long nextSeed = 1;

  private ExpressEngine engine(MediaLog log, AudioCaptureSource source) {
    return ExpressEngine.createEngine(
        PROFILE,
        log,
        EngineEnvironment.builder(scheduler, net.newTransport())
            .seed(nextSeed++)
            .captureSource(source)
            .build());
  }

  private MediaLog log() {
    return new MediaLog(scheduler::nanoTime);
  }

  /** The captured levels reported from now on during {@code millis}. */
  private List<Double> capturedDuring(MediaLog log, long millis) {
    log.clear();
    scheduler.advance(millis * MS);
    return List.copyOf(log.captured);
  }

  private ExpressEngine publishingSine(MediaLog log) {
    ExpressEngine e = engine(log, TestTones.halfScaleSine());
    assertEquals(0, e.loginRoom("room1", User.of("alice")));
    assertEquals(0, e.startPublishingStream("s1"));
    scheduler.advance(SECOND);
    return e;
  }

  // ---- captured level ----

  @Test
  void capturedLevelOfAHalfScaleSineIs90Point97EveryHundredMilliseconds() {
    MediaLog log = log();
    ExpressEngine alice = publishingSine(log);
    assertEquals(0, alice.startSoundLevelMonitor());
    List<Double> levels = capturedDuring(log, 1000);
    assertEquals(10, levels.size(), "every 100 ms: " + levels);
    levels.forEach(l -> assertEquals(HALF_SCALE_SINE_LEVEL, l, 0.01));
    assertEquals(10, log.capturedInfo.size());
    log.capturedInfo.forEach(i -> assertEquals(0, i.vad(), "no VAD unless enabled"));
    assertTrue(log.remote.isEmpty(), "no remote levels while nothing plays");
  }

  @Test
  void capturedLevelIsZeroForSilenceAndWhenNothingIsCaptured() {
    MediaLog log = log();
    ExpressEngine idle = engine(log, TestTones.halfScaleSine());
    assertEquals(0, idle.startSoundLevelMonitor(new SoundLevelConfig(200, true)));
    List<Double> levels = capturedDuring(log, 1000);
    assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), levels, "not publishing: nothing captured");
    log.capturedInfo.forEach(i -> assertEquals(new SoundLevelInfo(0.0, 0), i));

    MediaLog quietLog = log();
    ExpressEngine quiet = engine(quietLog, AudioCaptureSource.silence());
    assertEquals(0, quiet.loginRoom("room1", User.of("quiet")));
    assertEquals(0, quiet.startPublishingStream("q1"));
    assertEquals(0, quiet.startSoundLevelMonitor());
    capturedDuring(quietLog, 1000).forEach(l -> assertEquals(0.0, l));
  }

  @Test
  void microphoneMuteReadsZeroAndPublishStreamMuteLeavesTheCapturedLevelAlone() {
    MediaLog log = log();
    ExpressEngine alice = publishingSine(log);
    assertEquals(0, alice.startSoundLevelMonitor(new SoundLevelConfig(500, true)));
    assertEquals(0, alice.mutePublishStreamAudio(true));
    capturedDuring(log, 1000).forEach(l -> assertEquals(HALF_SCALE_SINE_LEVEL, l, 0.01));
    log.capturedInfo.forEach(i -> assertEquals(1, i.vad(), "a loud tone counts as voice"));
    assertEquals(0, alice.muteMicrophone(true));
    capturedDuring(log, 1000).forEach(l -> assertEquals(0.0, l));
    log.capturedInfo.forEach(i -> assertEquals(new SoundLevelInfo(0.0, 0), i));
  }

  @Test
  void intervalsOf100And3000MsAndStopping() {
    MediaLog log = log();
    ExpressEngine alice = publishingSine(log);
    assertEquals(0, alice.startSoundLevelMonitor(new SoundLevelConfig(3000, false)));
    assertEquals(3, capturedDuring(log, 9000).size());
    assertEquals(
        0,
        alice.startSoundLevelMonitor(new SoundLevelConfig(100, false)),
        "a restart with a new interval");
    assertEquals(30, capturedDuring(log, 3000).size());
    assertEquals(0, alice.stopSoundLevelMonitor());
    assertEquals(0, capturedDuring(log, 3000).size());
  }

  // ---- remote levels ----

  @Test
  void remoteLevelsPerPlayingStreamOnlyWhileSomethingPlays() {
    MediaLog aliceLog = log();
    MediaLog bobLog = log();
    publishingSine(aliceLog);
    ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence());
    assertEquals(0, bob.loginRoom("room1", User.of("bob")));
    assertEquals(0, bob.startSoundLevelMonitor(new SoundLevelConfig(100, true)));
    scheduler.advance(SECOND);
    assertTrue(bobLog.remote.isEmpty(), "nothing plays yet");
    assertEquals(0, bob.startPlayingStream("s1"));
    assertEquals(0, bob.startPlayingStream("s9"));
    scheduler.advance(SECOND);
    bobLog.clear();
    scheduler.advance(SECOND);
    assertEquals(10, bobLog.remote.size());
    for (Map<String, Double> levels : bobLog.remote) {
      assertEquals(
          List.of("s1"),
          List.copyOf(levels.keySet()),
          "only PLAYING streams; s9 still waits for a publisher");
      assertEquals(HALF_SCALE_SINE_LEVEL, levels.get("s1"), 1.0, "the decoded tone: " + levels);
    }
    bobLog.remoteInfo.forEach(m -> assertEquals(1, m.get("s1").vad()));

    assertEquals(0, bob.mutePlayStreamAudio("s1", true));
    scheduler.advance(SECOND);
    assertEquals(
        Map.of("s1", 0.0),
        bobLog.remote.get(bobLog.remote.size() - 1),
        "receive-muted playout is silence");
    assertEquals(0, bob.stopPlayingStream("s1"));
    assertEquals(0, bob.stopPlayingStream("s9"));
    scheduler.runUntilIdle();
    bobLog.clear();
    scheduler.advance(SECOND);
    assertTrue(bobLog.remote.isEmpty(), "nothing plays any more");
    assertEquals(10, bobLog.captured.size(), "the captured level goes on");
  }

  @Test
  void aPublisherMutedStreamReadsZeroAtThePlayer() {
    MediaLog aliceLog = log();
    MediaLog bobLog = log();
    ExpressEngine alice = publishingSine(aliceLog);
    ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence());
    assertEquals(0, bob.loginRoom("room1", User.of("bob")));
    assertEquals(0, bob.startPlayingStream("s1"));
    assertEquals(0, bob.startSoundLevelMonitor(new SoundLevelConfig(500, false)));
    assertEquals(0, alice.mutePublishStreamAudio(true));
    scheduler.advance(2 * SECOND);
    Map<String, Double> last = bobLog.remote.get(bobLog.remote.size() - 1);
    assertTrue(last.get("s1") < 1.0, "silence frames decode to (near) silence: " + last);
  }

  // ---- online user count ----

  @Test
  void onlineUserCountEvery30SecondsFromLoginedWithTheCurrentCount() {
    MediaLog aliceLog = log();
    MediaLog bobLog = log();
    ExpressEngine alice = engine(aliceLog, AudioCaptureSource.silence());
    ExpressEngine bob = engine(bobLog, AudioCaptureSource.silence());
    assertEquals(0, alice.loginRoom("room1", User.of("alice")));
    scheduler.runUntilIdle();
    long logined = scheduler.nanoTime();
    assertTrue(aliceLog.events.contains("onRoomStateChanged LOGINED 0"));
    scheduler.advance(29 * SECOND);
    assertEquals(List.of(), aliceLog.only("onRoomOnlineUserCountUpdate"), "nothing before 30 s");
    scheduler.advance(SECOND);
    assertEquals(
        List.of("onRoomOnlineUserCountUpdate room1 1"),
        aliceLog.only("onRoomOnlineUserCountUpdate"));
    assertEquals(List.of(logined + 30 * SECOND), aliceLog.countTimes);

    assertEquals(0, bob.loginRoom("room1", User.of("bob")));
    scheduler.advance(30 * SECOND);
    assertEquals(
        List.of("onRoomOnlineUserCountUpdate room1 1", "onRoomOnlineUserCountUpdate room1 2"),
        aliceLog.only("onRoomOnlineUserCountUpdate"));
    assertEquals(logined + 60 * SECOND, aliceLog.countTimes.get(1), "every 30 s");
    assertEquals(
        List.of("onRoomOnlineUserCountUpdate room1 2"), bobLog.only("onRoomOnlineUserCountUpdate"));

    assertEquals(0, bob.logoutRoom());
    scheduler.advance(30 * SECOND);
    assertEquals(
        "onRoomOnlineUserCountUpdate room1 1", aliceLog.events.get(aliceLog.events.size() - 1));
    scheduler.advance(60 * SECOND);
    assertEquals(
        List.of("onRoomOnlineUserCountUpdate room1 2"),
        bobLog.only("onRoomOnlineUserCountUpdate"),
        "nothing after logout");
    assertEquals(5, aliceLog.countTimes.size());
  }
}
