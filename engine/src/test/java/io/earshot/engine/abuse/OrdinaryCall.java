package io.earshot.engine.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.AudioCaptureSource;
import io.earshot.engine.AudioRenderSink;
import io.earshot.engine.EngineEnvironment;
import io.earshot.engine.EngineProfile;
import io.earshot.engine.ExpressEngine;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.User;
import io.earshot.engine.events.EventRecorder;
import io.earshot.engine.scheduling.RealTimeScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.transport.SocketClientTransport;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ordinary call every abuse test keeps alive: two real engines over loopback sockets, alice
 * publishing a 440 Hz tone as {@code voice} and bob playing it. {@link #assertFlowing} checks that
 * bob still receives packets and hears the tone; {@link #timeLogin} measures a fresh user's login.
 */
final class OrdinaryCall implements AutoCloseable {
  static final String ROOM = "call";
  static final String STREAM = "voice";
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);

  private final EarshotServer server;
  // Alice, bob and the other engines (probes) each have threads of their own, as they would have
  // machines of their own: a flood of callbacks at alice must not delay a probe's login.
  private final List<EventLoopGroup> groups = new ArrayList<>();
  private final AtomicLong loudFrames = new AtomicLong();
  private final AtomicInteger logins = new AtomicInteger();
  final Recorder aliceLog = new Recorder();
  final Recorder bobLog = new Recorder();
  final ExpressEngine alice;
  final ExpressEngine bob;
  private final EventLoopGroup[] others;

  private OrdinaryCall(EarshotServer server) {
    this.server = server;
    long[] phase = {0};
    AudioCaptureSource tone =
        frame -> {
          for (int i = 0; i < frame.length; i++, phase[0]++) {
            frame[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * phase[0] / 48000.0));
          }
        };
    AudioRenderSink ear =
        (streamId, frame, at) -> {
          double energy = 0;
          for (short s : frame) {
            energy += (double) s * s;
          }
          if (Math.sqrt(energy / frame.length) > 1000) {
            loudFrames.incrementAndGet();
          }
        };
    alice = engine(aliceLog, tone, AudioRenderSink.discard(), 1, threads());
    bob = engine(bobLog, AudioCaptureSource.silence(), ear, 2, threads());
    others = threads();
  }

  /** Starts the call on {@code server} and waits until bob hears alice. */
  static OrdinaryCall start(EarshotServer server) throws InterruptedException {
    OrdinaryCall call = new OrdinaryCall(server);
    assertEquals(0, call.alice.loginRoom(ROOM, User.of("alice"), RoomConfig.defaults()));
    call.aliceLog.await("onRoomStateChanged LOGINED 0", 5, TimeUnit.SECONDS);
    assertEquals(0, call.bob.loginRoom(ROOM, User.of("bob"), RoomConfig.defaults()));
    call.bobLog.await("onRoomStateChanged LOGINED 0", 5, TimeUnit.SECONDS);
    assertEquals(0, call.alice.startPublishingStream(STREAM));
    call.aliceLog.await("onPublisherStateUpdate " + STREAM + " PUBLISHING 0", 5, TimeUnit.SECONDS);
    assertEquals(0, call.bob.startPlayingStream(STREAM));
    call.bobLog.await("onPlayerRecvAudioFirstFrame " + STREAM, 5, TimeUnit.SECONDS);
    call.assertFlowing("when the call started");
    return call;
  }

  /** An I/O loop and an engine loop. */
  private EventLoopGroup[] threads() {
    EventLoopGroup io = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup loop = new DefaultEventLoopGroup(1);
    groups.add(io);
    groups.add(loop);
    return new EventLoopGroup[] {io, loop};
  }

  private ExpressEngine engine(
      Recorder log,
      AudioCaptureSource source,
      AudioRenderSink sink,
      long seed,
      EventLoopGroup[] threads) {
    EngineEnvironment env =
        EngineEnvironment.builder(
                new RealTimeScheduler((EventLoop) threads[1].next()),
                new SocketClientTransport(threads[0], server.signalingUri(), server.mediaAddress()))
            .captureSource(source)
            .renderSink(sink)
            .seed(seed)
            .build();
    return ExpressEngine.createEngine(PROFILE, new EventRecorder(log), env);
  }

  /** Another engine on the call's event loops, recording into {@code log}. */
  ExpressEngine newEngine(Recorder log, long seed) {
    return engine(log, AudioCaptureSource.silence(), AudioRenderSink.discard(), seed, others);
  }

  /** Packets bob's player received so far. */
  long bobReceived() {
    return bob.counters().getOrDefault("play." + STREAM + ".packets_received", 0L);
  }

  /** The SSRC of alice's stream as bob learned it. */
  long voiceSsrc() {
    return bob.counters().get("play." + STREAM + ".ssrc");
  }

  /**
   * Bob receives at least 25 more packets (half a second of audio) and hears at least 10 more loud
   * frames of the tone within 3 s.
   */
  void assertFlowing(String when) throws InterruptedException {
    long packets = bobReceived();
    long loud = loudFrames.get();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (System.nanoTime() < deadline
        && (bobReceived() < packets + 25 || loudFrames.get() < loud + 10)) {
      synchronized (loudFrames) {
        loudFrames.wait(20);
      }
    }
    assertTrue(
        bobReceived() >= packets + 25 && loudFrames.get() >= loud + 10,
        "the ordinary call stalled "
            + when
            + ": bob received "
            + (bobReceived() - packets)
            + " packets and heard "
            + (loudFrames.get() - loud)
            + " loud frames in 3 s");
  }

  /**
   * A fresh engine logs into a room of its own and waits for LOGINED; returns how long it took,
   * then leaves. Fails if the login does not complete within 5 s.
   */
  Duration timeLogin() throws InterruptedException {
    Recorder log = new Recorder();
    ExpressEngine e = newEngine(log, 9);
    int n = logins.incrementAndGet();
    try {
      long start = System.nanoTime();
      assertEquals(0, e.loginRoom("probe" + n, User.of("probe" + n), RoomConfig.defaults()));
      log.await("onRoomStateChanged LOGINED 0", 5, TimeUnit.SECONDS);
      return Duration.ofNanos(System.nanoTime() - start);
    } finally {
      e.logoutRoom();
      e.destroyEngine();
    }
  }

  /** Asserts a fresh login completes within {@code limit}. */
  Duration assertLoginWithin(Duration limit, String when) throws InterruptedException {
    Duration took = timeLogin();
    assertTrue(
        took.compareTo(limit) <= 0,
        "an ordinary login took " + took.toMillis() + " ms " + when + " (limit " + limit + ")");
    return took;
  }

  @Override
  public void close() {
    alice.destroyEngine();
    bob.destroyEngine();
    groups.forEach(g -> g.shutdownGracefully(0, 1, TimeUnit.SECONDS));
    groups.forEach(g -> g.terminationFuture().syncUninterruptibly());
  }
}
