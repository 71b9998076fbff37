package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real two-party call over loopback sockets, without an emulator: engine and server end to end.
 */
class EngineCallSocketTest {
  private SocketEngines engines;

  @BeforeEach
  void start() {
    engines = new SocketEngines();
  }

  @AfterEach
  void stop() {
    engines.close();
  }

  private ExpressEngine engine(
      EventLog handler, AudioCaptureSource source, AudioRenderSink sink, long seed) {
    return engines.engine(handler, source, sink, seed);
  }

  @Test
  void publisherIsHeardByPlayerAndBothLeaveCleanly() throws InterruptedException {
    EventLog alice = new EventLog();
    EventLog bob = new EventLog();
    long[] phase = {0};
    AudioCaptureSource tone =
        frame -> {
          for (int i = 0; i < frame.length; i++, phase[0]++) {
            frame[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * phase[0] / 48000.0));
          }
        };
    AtomicLong loudFrames = new AtomicLong();
    AudioRenderSink sink =
        (streamId, frame, at) -> {
          double energy = 0;
          for (short s : frame) {
            energy += (double) s * s;
          }
          if (Math.sqrt(energy / frame.length) > 1000) {
            loudFrames.incrementAndGet();
          }
        };
    ExpressEngine a = engine(alice, tone, AudioRenderSink.discard(), 1);
    ExpressEngine b = engine(bob, AudioCaptureSource.silence(), sink, 2);
    RoomConfig notify = RoomConfig.defaults().withUserStatusNotify(true);

    assertEquals(0, a.loginRoom("room1", User.of("alice"), notify));
    alice.await("onRoomStateChanged LOGINED 0", 5, TimeUnit.SECONDS);
    assertEquals(0, b.loginRoom("room1", User.of("bob"), notify));
    bob.await("onRoomStateChanged LOGINED 0", 5, TimeUnit.SECONDS);
    // Bob's LOGINED does not mean Alice has heard of him yet: wait, or the order asserted below is
    // a race.
    alice.await("onRoomUserUpdate ADD bob", 5, TimeUnit.SECONDS);
    assertEquals(0, a.startPublishingStream("s1"));
    alice.await("onPublisherStateUpdate s1 PUBLISHING 0", 5, TimeUnit.SECONDS);
    bob.await("onRoomStreamUpdate ADD s1", 5, TimeUnit.SECONDS);
    assertEquals(0, b.startPlayingStream("s1"));
    bob.await("onPlayerRecvAudioFirstFrame s1", 5, TimeUnit.SECONDS);
    synchronized (loudFrames) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (loudFrames.get() < 25 && System.nanoTime() < deadline) {
        loudFrames.wait(20);
      }
    }
    assertTrue(loudFrames.get() >= 25, "bob played " + loudFrames.get() + " loud frames");

    assertEquals(0, a.logoutRoom());
    alice.await("onRoomStateChanged LOGOUT 0", 5, TimeUnit.SECONDS);
    bob.await("onRoomStreamUpdate DELETE s1", 5, TimeUnit.SECONDS);
    bob.await("onRoomUserUpdate DELETE alice", 5, TimeUnit.SECONDS);
    a.destroyEngine();
    b.destroyEngine();

    assertEquals(
        List.of(
            "onRoomStateChanged LOGINING 0",
            "onRoomStateUpdate CONNECTING 0",
            "onRoomStateChanged LOGINED 0",
            "onRoomStateUpdate CONNECTED 0",
            "onRoomUserUpdate ADD bob",
            "onEngineStateUpdate START",
            "onPublisherStateUpdate s1 PUBLISH_REQUESTING 0",
            "onPublisherCapturedAudioFirstFrame",
            "onPublisherStateUpdate s1 PUBLISHING 0",
            "onPublisherStateUpdate s1 NO_PUBLISH 0",
            "onEngineStateUpdate STOP",
            "onRoomStateChanged LOGOUT 0",
            "onRoomStateUpdate DISCONNECTED 0"),
        alice.events().stream().filter(e -> !e.startsWith("onPublisherStream")).toList());
    assertEquals(ErrorCode.COMMON_ENGINE_NOT_CREATE, a.startPublishingStream("s1"));
  }
}
