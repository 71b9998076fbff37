package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.events.EngineEvent;
import io.earshot.engine.events.EngineEvent.NetworkQuality;
import io.earshot.engine.events.EngineEvent.PlayerQualityUpdate;
import io.earshot.engine.events.EngineEvent.PublisherQualityUpdate;
import io.earshot.engine.events.EventRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quality callbacks in real time, over loopback sockets: the RTCP the engines and the relay
 * exchange on real UDP gives both callbacks every field (the virtual-clock test, {@code
 * QualityReportsTest}, checks each value exactly; here they must be there and plausible).
 */
class QualityCallbacksSocketTest {
  private SocketEngines engines;

  @BeforeEach
  void start() {
    engines = new SocketEngines();
  }

  @AfterEach
  void stop() {
    engines.close();
  }

  /** Every event, thread-safe, with a wait for one that matches. */
  private static final class Events implements Consumer<EngineEvent> {
    private final List<EngineEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(EngineEvent e) {
      events.add(e);
      notifyAll();
    }

    synchronized <T> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    synchronized void await(String what, Predicate<EngineEvent> match, long seconds)
        throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (events.stream().noneMatch(match)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no " + what + " within " + seconds + " s; got " + events);
        }
        wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  private ExpressEngine engine(Events events, AudioCaptureSource source, long seed) {
    return engines.engine(new EventRecorder(events), source, AudioRenderSink.discard(), seed);
  }

  @Test
  void bothQualityCallbacksCarryEveryFieldOnRealSockets() throws InterruptedException {
    Events alice = new Events();
    Events bob = new Events();
    long[] phase = {0};
    AudioCaptureSource tone =
        frame -> {
          for (int i = 0; i < frame.length; i++, phase[0]++) {
            frame[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * phase[0] / 48000.0));
          }
        };
    ExpressEngine a = engine(alice, tone, 1);
    ExpressEngine b = engine(bob, AudioCaptureSource.silence(), 2);
    assertEquals(0, a.loginRoom("room1", User.of("alice"), RoomConfig.defaults()));
    assertEquals(0, b.loginRoom("room1", User.of("bob"), RoomConfig.defaults()));
    assertEquals(0, a.startPublishingStream("s1"));
    assertEquals(0, b.startPlayingStream("s1"));
    // Three quality intervals after PLAYING: the round trip needs a report each way first.
    Predicate<EngineEvent> thirdPlay = e -> bob.of(PlayerQualityUpdate.class).size() >= 3;
    bob.await("third onPlayerQualityUpdate", thirdPlay, 20);
    alice.await(
        "second onPublisherQualityUpdate",
        e -> alice.of(PublisherQualityUpdate.class).size() >= 2,
        10);

    PlayStreamQuality q = bob.of(PlayerQualityUpdate.class).get(2).quality();
    assertEquals(50, q.audioRecvFPS(), 5, "packets a second: " + q);
    assertEquals(50, q.audioDecodeFPS(), 5);
    assertEquals(50, q.audioRenderFPS(), 5);
    assertTrue(q.audioKBPS() > 10 && q.audioKBPS() < 100, "kbps " + q.audioKBPS());
    assertTrue(q.rtt() >= 0 && q.rtt() < 100, "loopback round trip " + q.rtt());
    assertTrue(q.packetLostRate() < 0.02, "loss on loopback " + q.packetLostRate());
    assertTrue(q.mos() >= 3.5 && q.mos() <= 4.5, "mos " + q.mos());
    assertNotEquals(StreamQualityLevel.UNKNOWN, q.level());
    assertNotEquals(StreamQualityLevel.DIE, q.level());
    assertTrue(q.delay() >= 20 && q.delay() < 400, "playout delay " + q.delay());
    assertTrue(q.totalRecvBytes() > 0 && q.audioRecvBytes() == q.totalRecvBytes());
    assertTrue(q.audioCumulativeDecodeTime() > 0, "decoded ms " + q.audioCumulativeDecodeTime());

    PublishStreamQuality p = alice.of(PublisherQualityUpdate.class).get(1).quality();
    assertEquals(50, p.audioCaptureFPS(), 5, "frames a second: " + p);
    assertEquals(50, p.audioSendFPS(), 5);
    assertTrue(p.audioKBPS() > 10 && p.audioKBPS() < 100, "kbps " + p.audioKBPS());
    assertTrue(p.rtt() >= 0 && p.rtt() < 100, "round trip " + p.rtt());
    assertTrue(p.packetLostRate() < 0.02, "uplink loss " + p.packetLostRate());
    assertNotEquals(StreamQualityLevel.UNKNOWN, p.level());
    assertTrue(p.totalSendBytes() > 0);

    bob.await(
        "onNetworkQuality for alice",
        e -> e instanceof NetworkQuality n && n.userId().equals("alice"),
        5);
    a.destroyEngine();
    b.destroyEngine();
  }
}
