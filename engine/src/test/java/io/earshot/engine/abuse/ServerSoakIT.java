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
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.transport.SocketClientTransport;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The soak (run by {@code mvn -Psoak -pl engine verify}, never by the default build): a standalone
 * server in this JVM with the standalone defaults (a generated app, the default limits), and real
 * engines churning against it in real time for {@code -Dearshot.soak.minutes} (30 in the profile, 2
 * without it): users log in and out of three rooms, publish a tone, stop, play each other's streams
 * and stop. Heap after a full GC, live threads and open file descriptors are taken after a warm-up
 * (a first round of the same churn, everyone gone) and again after the soak (everyone gone, the
 * session timeout passed); they must return to that baseline within the tolerances below.
 *
 * <p>Tolerances: heap +16 MiB (allocation-site caches, JIT-generated and class data that a first
 * round does not settle, and collector noise; a leak of per-login state of even 5 KiB over the
 * thousands of logins of a 30-minute soak exceeds it); threads +2 (the JDK's and Netty's on-demand
 * helper threads, such as Netty's GlobalEventExecutor, come and go on their own); file descriptors
 * +4 (jars the class loader opens lazily). The server must end with no connection open and as many
 * closed as opened.
 */
class ServerSoakIT {
  private static final int USERS = Integer.getInteger("earshot.soak.users", 12);
  private static final int ROOMS = 3;
  private static final long TICK_MILLIS = 250;
  private static final long HEAP_TOLERANCE = 16L << 20;
  private static final int THREAD_TOLERANCE = 2;
  private static final int FD_TOLERANCE = 4;

  private final Random random = new Random(20261130L);
  private final Map<String, AtomicLong> churn = new TreeMap<>();
  private EarshotServer server;
  private EngineProfile profile;
  private EventLoopGroup io;
  private EventLoopGroup loops;

  private void count(String what) {
    churn.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  /** One simulated user: offline, logging in, or in a room publishing and playing. */
  private final class Slot {
    final int index;
    ExpressEngine engine;
    Recorder log;
    String room;
    String publishing;
    final List<String> playing = new ArrayList<>();
    long leaveAt;
    long loginAt;
    int generation;

    Slot(int index) {
      this.index = index;
    }

    void tick(long now) {
      if (engine == null) {
        if (random.nextInt(8) == 0) {
          login(now);
        }
        return;
      }
      List<String> lines = log.lines();
      if (room == null) {
        if (lines.stream().anyMatch(l -> l.startsWith("onRoomStateChanged LOGINED"))) {
          room = "soak" + (index % ROOMS);
          count("logins.succeeded");
        } else if (lines.stream().anyMatch(l -> l.startsWith("onRoomStateChanged LOGIN_FAILED"))
            || now - loginAt > 10_000) {
          count("logins.failed");
          leave(false);
        }
        return;
      }
      if (now >= leaveAt) {
        leave(random.nextInt(5) != 0);
        return;
      }
      if (publishing == null && random.nextInt(4) == 0) {
        publishing = "u" + index + "g" + generation + "s" + random.nextInt(1_000);
        engine.startPublishingStream(publishing);
        count("publishes");
      } else if (publishing != null && random.nextInt(60) == 0) {
        engine.stopPublishingStream();
        publishing = null;
        count("publish_stops");
      }
      List<String> available = new ArrayList<>(log.streams());
      available.removeAll(playing);
      if (playing.size() < 2 && !available.isEmpty() && random.nextInt(4) == 0) {
        String id = available.get(random.nextInt(available.size()));
        engine.startPlayingStream(id);
        playing.add(id);
        count("plays");
      } else if (!playing.isEmpty() && random.nextInt(40) == 0) {
        engine.stopPlayingStream(playing.remove(random.nextInt(playing.size())));
        count("play_stops");
      }
    }

    void login(long now) {
      generation++;
      log = new Recorder();
      EngineEnvironment env =
          EngineEnvironment.builder(
                  new RealTimeScheduler((EventLoop) loops.next()),
                  new SocketClientTransport(io, server.signalingUri(), server.mediaAddress()))
              .captureSource(tone(220 + 40 * index))
              .renderSink(AudioRenderSink.discard())
              .seed(index * 1_000L + generation)
              .build();
      engine = ExpressEngine.createEngine(profile, new EventRecorder(log), env);
      String roomId = "soak" + (index % ROOMS);
      engine.loginRoom(roomId, User.of("user" + index), RoomConfig.defaults());
      loginAt = now;
      leaveAt = now + 10_000 + random.nextInt(50_000);
      count("logins");
    }

    /** Leaves with a logout, or by destroying the engine (which logs out as it goes). */
    void leave(boolean logout) {
      if (engine == null) {
        return;
      }
      engine.counters().entrySet().stream()
          .filter(e -> e.getKey().endsWith(".packets_received"))
          .forEach(
              e ->
                  churn
                      .computeIfAbsent("rtp.received_by_players", k -> new AtomicLong())
                      .addAndGet(e.getValue()));
      if (logout && room != null) {
        engine.logoutRoom();
        count("logouts");
      }
      engine.destroyEngine();
      count("leaves");
      engine = null;
      room = null;
      publishing = null;
      playing.clear();
    }
  }

  private static AudioCaptureSource tone(double hz) {
    long[] phase = {0};
    return frame -> {
      for (int i = 0; i < frame.length; i++, phase[0]++) {
        frame[i] = (short) (6000 * Math.sin(2 * Math.PI * hz * phase[0] / 48000.0));
      }
    };
  }

  /** Runs the churn for {@code duration}, then makes everyone leave. */
  private void churn(List<Slot> slots, Duration duration, Duration sampleEvery, String phase)
      throws InterruptedException {
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    long start = System.nanoTime();
    AtomicLong nextSample = new AtomicLong(sampleEvery.toMillis());
    try {
      ticker
          .scheduleAtFixedRate(
              () -> {
                long now = (System.nanoTime() - start) / 1_000_000;
                for (Slot s : slots) {
                  s.tick(now);
                }
                if (now >= nextSample.get()) {
                  nextSample.addAndGet(sampleEvery.toMillis());
                  long online = slots.stream().filter(s -> s.room != null).count();
                  System.out.println(
                      phase + " " + Sample.now(false).line(now / 1000, online, server));
                }
              },
              0,
              TICK_MILLIS,
              TimeUnit.MILLISECONDS)
          .get(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // The phase is over.
    } catch (ExecutionException e) {
      throw new AssertionError("the churn failed", e.getCause());
    } finally {
      ticker.shutdownNow();
      ticker.awaitTermination(10, TimeUnit.SECONDS);
    }
    for (Slot s : slots) {
      s.leave(true);
    }
  }

  /** Waits until the server has no connection and a session timeout has passed. */
  private void awaitEveryoneGone() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    CountDownLatch never = new CountDownLatch(1);
    while (server.connectionCount() > 0 && System.nanoTime() < deadline) {
      never.await(100, TimeUnit.MILLISECONDS);
    }
    assertEquals(0, server.connectionCount(), "connections left open on the server");
    // Sessions whose connection dropped without a logout end at the session timeout.
    never.await(ServerConfig.defaults().sessionTimeout().toSeconds() + 2, TimeUnit.SECONDS);
  }

  record Sample(long heap, int threads, int fds) {
    static Sample now(boolean gc) {
      long heap = Long.MAX_VALUE;
      for (int i = 0; i < (gc ? 3 : 1); i++) {
        if (gc) {
          System.gc();
        }
        heap = Math.min(heap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      }
      return new Sample(heap, ManagementFactory.getThreadMXBean().getThreadCount(), openFds());
    }

    static int openFds() {
      String[] fds = new File("/proc/self/fd").list();
      return fds == null ? -1 : fds.length;
    }

    String line(long seconds, long online, EarshotServer server) {
      return String.format(
          "t=%4ds online=%2d connections=%2d heap=%5.1f MiB threads=%3d fds=%4d",
          seconds, online, server.connectionCount(), heap / 1048576.0, threads, fds);
    }

    @Override
    public String toString() {
      return String.format("heap %.1f MiB, %d threads, %d fds", heap / 1048576.0, threads, fds);
    }
  }

  @Test
  void heapThreadsAndDescriptorsReturnToTheirBaseline() throws Exception {
    double minutes = Double.parseDouble(System.getProperty("earshot.soak.minutes", "2"));
    Duration soak = Duration.ofMillis((long) (minutes * 60_000));
    Duration warmUp = Duration.ofSeconds(Math.min(90, Math.max(20, soak.toSeconds() / 10)));
    Duration sampleEvery = Duration.ofSeconds(soak.toMinutes() >= 10 ? 60 : 15);

    // The standalone server's configuration: its own app with a random AppSign, default limits.
    SecureRandom secure = new SecureRandom();
    byte[] sign = new byte[32];
    secure.nextBytes(sign);
    byte[] secret = new byte[16];
    secure.nextBytes(secret);
    AppConfig app =
        new AppConfig(
            2_000_000_002L, HexFormat.of().formatHex(sign), HexFormat.of().formatHex(secret), 0);
    ServerConfig config =
        ServerConfig.builder().removeApp(AppConfig.DEFAULT.appId()).app(app).build();
    profile = new EngineProfile(app.appId(), app.appSign(), null);
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    server = EarshotServer.startOnSockets(config, any, any);
    io = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    loops = new DefaultEventLoopGroup(2);
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      slots.add(new Slot(i));
    }
    StringBuilder report = new StringBuilder();
    try {
      churn(slots, warmUp, sampleEvery, "warm-up");
      awaitEveryoneGone();
      Sample baseline = Sample.now(true);
      Map<String, Long> countersBefore = server.counters();
      churn.clear();

      long start = System.nanoTime();
      churn(slots, soak, sampleEvery, "soak");
      long soakSeconds = (System.nanoTime() - start) / 1_000_000_000L;
      Sample peak = Sample.now(false);
      awaitEveryoneGone();
      Sample after = Sample.now(true);
      Map<String, Long> counters = server.counters();

      report
          .append(String.format("soak: %d users, %d rooms, %d s%n", USERS, ROOMS, soakSeconds))
          .append("baseline (after warm-up, everyone gone, GC): ")
          .append(baseline)
          .append('\n')
          .append("at the end of the churn (no GC):            ")
          .append(peak)
          .append('\n')
          .append("after (everyone gone, GC):                  ")
          .append(after)
          .append('\n')
          .append("churn: ")
          .append(churn)
          .append('\n')
          .append("server counters during the soak: ")
          .append(delta(countersBefore, counters))
          .append('\n');
      System.out.print(report);
      writeQuietly(Path.of("target", "soak-report.txt"), report.toString());

      assertTrue(churn.get("logins.succeeded").get() > 0, "nobody logged in: " + churn);
      assertEquals(
          counters.getOrDefault("connections.opened", 0L),
          counters.getOrDefault("connections.closed", 0L),
          "connections opened and closed: " + counters);
      assertTrue(
          after.heap() <= baseline.heap() + HEAP_TOLERANCE,
          "heap " + after + " against the baseline " + baseline);
      assertTrue(
          after.threads() <= baseline.threads() + THREAD_TOLERANCE,
          "threads " + after + " against the baseline " + baseline);
      assertTrue(
          after.fds() <= baseline.fds() + FD_TOLERANCE,
          "descriptors " + after + " against the baseline " + baseline);
    } finally {
      for (Slot s : slots) {
        s.leave(false);
      }
      server.close();
      loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      io.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> d = new TreeMap<>();
    after.forEach(
        (k, v) -> {
          long diff = v - before.getOrDefault(k, 0L);
          if (diff != 0) {
            d.put(k, diff);
          }
        });
    return d;
  }

  static void writeQuietly(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      System.err.println("cannot write " + file + ": " + e.getMessage());
    }
  }
}
