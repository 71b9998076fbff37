package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.events.EngineEvent;
import io.earshot.engine.events.EngineEvent.NetworkQuality;
import io.earshot.engine.events.EngineEvent.PlayerMediaEventUpdate;
import io.earshot.engine.events.EngineEvent.PlayerQualityUpdate;
import io.earshot.engine.events.EngineEvent.PublisherQualityUpdate;
import io.earshot.engine.events.EventRecorder;
import io.earshot.engine.internal.quality.EngineMosEstimator;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The engine's own quality reports on the virtual clock (contract §3.6, §4; quality-metrics §1,
 * §7): every field of both quality callbacks on a clean call with a known round trip, the loss a
 * listener reports against what its downlink dropped, uplink loss that only the end-to-end figure
 * shows, what NACK and FEC buy, bursty loss, the break of an outage, and network quality.
 */
class QualityReportsTest {
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);
  private static final long SECOND = 1_000_000_000L;
  private static final long MS = 1_000_000L;

  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final InMemoryNetwork net = new InMemoryNetwork(scheduler, ServerConfig.defaults());

  /** What one engine's handler received, with the virtual time of each callback. */
  private final class Log {
    final List<EngineEvent> events = new ArrayList<>();
    final List<Long> times = new ArrayList<>();
    final EventRecorder handler =
        new EventRecorder(
            e -> {
              events.add(e);
              times.add(scheduler.nanoTime());
            });

    <T> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<PlayStreamQuality> plays(String stream) {
      return of(PlayerQualityUpdate.class).stream()
          .filter(q -> q.streamId().equals(stream))
          .map(PlayerQualityUpdate::quality)
          .toList();
    }
  }

  private ExpressEngine engine(Log log, DatagramPath up, DatagramPath down, long seed) {
    return engine(log, up, down, seed, true, new CheapCodecs());
  }

  private ExpressEngine engine(
      Log log,
      DatagramPath up,
      DatagramPath down,
      long seed,
      boolean recovery,
      AudioCodecFactory codecs) {
    EngineEnvironment env =
        EngineEnvironment.builder(scheduler, net.newTransport(up, down))
            .seed(seed)
            .codecs(codecs)
            .lossRecovery(recovery)
            .build();
    ExpressEngine e = ExpressEngine.createEngine(PROFILE, log.handler, env);
    assertEquals(0, e.loginRoom("room1", User.of("user" + seed)));
    return e;
  }

  private static double mean(List<PlayStreamQuality> qs, ToDoubleFunction<PlayStreamQuality> f) {
    return qs.stream().mapToDouble(f).average().orElseThrow();
  }

  @Test
  void everyFieldOfBothCallbacksOnACleanCallWithA40MsRoundTrip() {
    Log alice = new Log();
    Log bob = new Log();
    DatagramPath twenty = DatagramPath.delayed(scheduler, 20 * MS);
    ExpressEngine a = engine(alice, twenty, twenty, 1);
    ExpressEngine b = engine(bob, twenty, twenty, 2);
    scheduler.advance(SECOND);
    a.startPublishingStream("s1");
    b.startPlayingStream("s1");
    scheduler.advance(13 * SECOND);

    List<PlayStreamQuality> plays = bob.plays("s1");
    assertEquals(4, plays.size(), "every 3 s from PLAYING: " + plays);
    PlayStreamQuality q = plays.get(plays.size() - 1);
    assertEquals(50, q.audioRecvFPS(), 1);
    assertEquals(50, q.audioDejitterFPS(), 1);
    assertEquals(50, q.audioDecodeFPS(), 1);
    assertEquals(50, q.audioRenderFPS(), 1);
    // 12-byte RTP header + 4-byte payload, 50 a second.
    assertEquals(16 * 8 * 50 / 1000.0, q.audioKBPS(), 0.2);
    assertEquals(0, q.audioBreakRate());
    assertEquals(40, q.rtt(), 1, "XR RRTR/DLRR over 20 ms each way");
    assertEquals(0, q.packetLostRate());
    assertEquals(40, q.peerToPeerDelay(), 1, "half of 40 + 0 dwell + half of 40");
    assertEquals(0, q.peerToPeerPacketLostRate());
    assertTrue(q.mos() >= 1 && q.mos() <= 4.5, "mos " + q.mos());
    assertEquals(EngineMosEstimator.level(q.mos()), q.level());
    assertTrue(q.delay() >= 20 + 20 && q.delay() <= 20 + 120, "jitter buffer + 20: " + q.delay());
    assertTrue(q.totalRecvBytes() > 0);
    assertEquals(q.totalRecvBytes(), q.audioRecvBytes());
    assertEquals(0, q.audioCumulativeBreakCount());
    assertEquals(0, q.audioCumulativeBreakTime());
    assertEquals(0, q.audioCumulativeBreakRate());
    assertTrue(
        q.audioCumulativeDecodeTime() >= 11_000, "ms decoded: " + q.audioCumulativeDecodeTime());
    assertEquals(0, q.muteAudio());
    assertEquals(0, q.avTimestampDiff());

    List<PublisherQualityUpdate> pubs = alice.of(PublisherQualityUpdate.class);
    assertEquals(4, pubs.size());
    PublishStreamQuality p = pubs.get(pubs.size() - 1).quality();
    assertEquals(50, p.audioCaptureFPS(), 1);
    assertEquals(50, p.audioSendFPS(), 1);
    assertEquals(16 * 8 * 50 / 1000.0, p.audioKBPS(), 0.2);
    assertEquals(40, p.rtt(), 1, "RR LSR/DLSR over 20 ms each way");
    assertEquals(0, p.packetLostRate());
    assertNotEquals(StreamQualityLevel.DIE, p.level());
    assertNotEquals(StreamQualityLevel.UNKNOWN, p.level());
    assertTrue(p.totalSendBytes() > 0);
    assertEquals(p.totalSendBytes(), p.audioSendBytes());

    List<NetworkQuality> bobsNetwork = bob.of(NetworkQuality.class);
    NetworkQuality local = bobsNetwork.get(bobsNetwork.size() - 2);
    NetworkQuality remote = bobsNetwork.get(bobsNetwork.size() - 1);
    assertEquals("", local.userId());
    assertEquals(StreamQualityLevel.UNKNOWN, local.up(), "bob publishes nothing");
    assertEquals(q.level(), local.down());
    assertEquals("user1", remote.userId());
    assertEquals(p.level(), remote.up(), "alice's own level, relayed");
  }

  @Test
  void aLossyListenerReportsItsDownlinkLossAndACleanOneNone() {
    Log alice = new Log();
    Log lossy = new Log();
    Log clean = new Log();
    DatagramPath.RtpLoss down = DatagramPath.RtpLoss.random(7, 0.05, DatagramPath.CLEAN);
    ExpressEngine a = engine(alice, DatagramPath.CLEAN, DatagramPath.CLEAN, 1);
    ExpressEngine l = engine(lossy, DatagramPath.CLEAN, down, 2);
    ExpressEngine c = engine(clean, DatagramPath.CLEAN, DatagramPath.CLEAN, 3);
    scheduler.advance(SECOND);
    a.startPublishingStream("s1");
    l.startPlayingStream("s1");
    c.startPlayingStream("s1");
    scheduler.advance(61 * SECOND);

    double realised = down.realisedLoss();
    double tolerance = 4 * Math.sqrt(realised * (1 - realised) / down.rtpCarried);
    double reported = mean(lossy.plays("s1"), PlayStreamQuality::packetLostRate);
    assertEquals(realised, reported, tolerance, "reported vs what the downlink dropped");
    assertEquals(0.05, reported, tolerance + 0.01);
    for (PlayStreamQuality q : lossy.plays("s1")) {
      assertEquals(q.packetLostRate(), q.peerToPeerPacketLostRate(), 1e-12, "no uplink loss");
    }
    assertEquals(0, mean(clean.plays("s1"), PlayStreamQuality::packetLostRate));
    InboundAudioStats stats = l.getInboundAudioStats("s1");
    assertTrue(stats.nackedPackets() > 0 && stats.retransmissionsReceived() > 0, stats.toString());
    assertTrue(stats.residualLossRate() < 0.01, "NACK recovered: " + stats);
  }

  @Test
  void uplinkLossShowsEndToEndButNotOnTheListenersLeg() {
    Log alice = new Log();
    Log bob = new Log();
    DatagramPath.RtpLoss up = DatagramPath.RtpLoss.random(11, 0.10, DatagramPath.CLEAN);
    ExpressEngine a = engine(alice, up, DatagramPath.CLEAN, 1, false, new CheapCodecs());
    ExpressEngine b =
        engine(bob, DatagramPath.CLEAN, DatagramPath.CLEAN, 2, false, new CheapCodecs());
    scheduler.advance(SECOND);
    a.startPublishingStream("s1");
    b.startPlayingStream("s1");
    scheduler.advance(31 * SECOND);
    List<PlayStreamQuality> plays = bob.plays("s1");
    assertEquals(0, mean(plays, PlayStreamQuality::packetLostRate), "the relay renumbers its leg");
    double tolerance = 4 * Math.sqrt(0.1 * 0.9 / up.rtpCarried) + 0.02;
    assertEquals(
        up.realisedLoss(), mean(plays, PlayStreamQuality::peerToPeerPacketLostRate), tolerance);
    double publisherLoss =
        alice.of(PublisherQualityUpdate.class).stream()
            .mapToDouble(q -> q.quality().packetLostRate())
            .average()
            .orElseThrow();
    assertEquals(up.realisedLoss(), publisherLoss, tolerance, "the relay's RR on the uplink");
    assertEquals(
        0, b.counters().get("play.s1.packets_missed"), "no sequence gap on the listener's leg");
    assertTrue(b.counters().get("play.s1.frames_missed") > 0, "but frames are missing");
  }

  @Test
  void recoveryHelpsAt5PercentLossWhenTheRoundTripAllowsIt() {
    long[] concealed = new long[2];
    for (int i = 0; i < 2; i++) {
      boolean recovery = i == 0;
      Log alice = new Log();
      Log bob = new Log();
      DatagramPath.RtpLoss down =
          DatagramPath.RtpLoss.random(5, 0.05, DatagramPath.delayed(scheduler, 20 * MS));
      ExpressEngine a =
          engine(
              alice,
              DatagramPath.CLEAN,
              DatagramPath.CLEAN,
              10 + i,
              recovery,
              AudioCodecFactory.opus());
      ExpressEngine b =
          engine(bob, DatagramPath.CLEAN, down, 20 + i, recovery, AudioCodecFactory.opus());
      scheduler.advance(SECOND);
      a.startPublishingStream("s" + i);
      b.startPlayingStream("s" + i);
      scheduler.advance(30 * SECOND);
      InboundAudioStats stats = b.getInboundAudioStats("s" + i);
      concealed[i] = stats.concealedSamples();
      if (recovery) {
        assertTrue(stats.residualLossRate() < 0.01, "residual after recovery: " + stats);
      } else {
        assertEquals(down.realisedLoss(), stats.residualLossRate(), 0.02, stats.toString());
        assertEquals(0, stats.retransmissionsReceived());
      }
      a.destroyEngine();
      b.destroyEngine();
    }
    assertTrue(
        concealed[0] * 3 < concealed[1],
        "concealed with/without: " + concealed[0] + "/" + concealed[1]);
  }

  @Test
  void lossInBurstsOfFourIsReportedWithItsBurstRatio() {
    Log alice = new Log();
    Log bob = new Log();
    DatagramPath.RtpLoss down = DatagramPath.RtpLoss.bursts(3, 0.10, 4, DatagramPath.CLEAN);
    ExpressEngine a = engine(alice, DatagramPath.CLEAN, DatagramPath.CLEAN, 1);
    ExpressEngine b = engine(bob, DatagramPath.CLEAN, down, 2);
    scheduler.advance(SECOND);
    a.startPublishingStream("s1");
    b.startPlayingStream("s1");
    scheduler.advance(61 * SECOND);
    double reported = mean(bob.plays("s1"), PlayStreamQuality::packetLostRate);
    assertTrue(reported >= 0.07 && reported <= 0.13, "reported " + reported);
    assertTrue(
        b.getInboundAudioStats("s1").burstRatio() > 1.5, b.getInboundAudioStats("s1").toString());
  }

  @Test
  void aThreeSecondOutageIsExactlyOneBreak() {
    Log alice = new Log();
    Log bob = new Log();
    DatagramPath outage = DatagramPath.outage(scheduler, 10 * SECOND, 3 * SECOND);
    ExpressEngine a = engine(alice, DatagramPath.CLEAN, DatagramPath.CLEAN, 1);
    ExpressEngine b = engine(bob, outage, outage, 2);
    scheduler.advance(SECOND);
    a.startPublishingStream("s1");
    b.startPlayingStream("s1");
    scheduler.advance(20 * SECOND);
    List<PlayerMediaEventUpdate> breaks = bob.of(PlayerMediaEventUpdate.class);
    assertEquals(
        List.of(PlayerMediaEvent.AUDIO_BREAK_OCCUR, PlayerMediaEvent.AUDIO_BREAK_RESUME),
        breaks.stream().map(PlayerMediaEventUpdate::event).toList());
    int occur = bob.events.indexOf(breaks.get(0));
    int resume = bob.events.indexOf(breaks.get(1));
    long start = bob.times.get(occur) - 200 * MS;
    assertEquals(10 * SECOND, start, 100 * MS, "the break starts with the outage");
    assertEquals(13 * SECOND, bob.times.get(resume), 200 * MS, "and ends with it");
    PlayStreamQuality last = bob.plays("s1").get(bob.plays("s1").size() - 1);
    assertEquals(1, last.audioCumulativeBreakCount());
    assertEquals(3000, last.audioCumulativeBreakTime(), 200);
  }
}
