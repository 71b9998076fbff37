package io.earshot.simulator.load;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.netem.profile.NetworkPresets;
import io.earshot.simulator.RealTimeEpoch;
import io.earshot.simulator.RealTimeStopwatch;
import io.earshot.simulator.RemoteServer;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.SharedEncodingCodecs;
import io.earshot.simulator.audio.SteadySilenceCodecs;
import io.earshot.simulator.dsl.ScenarioDsl;
import io.earshot.simulator.load.LoadPopulation.Member;
import io.earshot.simulator.load.LoadProfile.Source;
import io.earshot.simulator.quality.SourceCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a load profile (or one shard of it) on a {@link Simulation}: users arrive over the ramp,
 * each speaker publishes and plays the other speakers of its room, each listener plays every
 * speaker; churn makes users leave and come back; every few seconds of scenario time a {@link
 * LoadSnapshot} goes to the progress listener. At the end the results are collected ({@link
 * LoadCollector}) and the thresholds judged.
 */
public final class LoadRun {
  private final LoadProfile profile;
  private final Shard shard;
  private final long progressNanos;
  private final Consumer<LoadSnapshot> progress;
  private final Map<String, List<Member>> present = new LinkedHashMap<>();
  private final Map<String, Set<String>> plays = new HashMap<>();
  private final Map<String, Set<String>> playing = new HashMap<>();
  private final Map<String, Integer> logins = new HashMap<>();
  private final PriorityQueue<Due> due = new PriorityQueue<>();
  private final NetworkPresets presets = NetworkPresets.standard();
  private Simulation sim;
  private ScenarioDsl dsl;
  private long sequence;
  private RemoteServer remote;
  private List<Member> members = List.of();
  private final Map<String, Integer> probesPerRoom = new HashMap<>();
  private long lastReportNanos = -1;

  private record Due(long atNanos, long seq, Runnable action) implements Comparable<Due> {
    @Override
    public int compareTo(Due o) {
      return atNanos != o.atNanos ? Long.compare(atNanos, o.atNanos) : Long.compare(seq, o.seq);
    }
  }

  /**
   * @param progressNanos scenario time between two snapshots
   * @param progress receives each snapshot (on the calling thread)
   */
  public LoadRun(
      LoadProfile profile, Shard shard, long progressNanos, Consumer<LoadSnapshot> progress) {
    this.profile = profile;
    this.shard = shard;
    this.progressNanos = progressNanos;
    this.progress = progress;
  }

  /**
   * Runs the users against {@code server} instead of an embedded one (real time only): how shards
   * in several processes share one server.
   */
  public LoadRun against(RemoteServer server) {
    if (server == null) {
      return this;
    }
    if (profile.mode() != TimeMode.REAL_TIME) {
      throw new IllegalArgumentException(
          "a server elsewhere needs real time (mode: realtime or --mode realtime)");
    }
    this.remote = server;
    return this;
  }

  /**
   * A short unmeasured real-time run of one room of two speakers, so that the JIT compiles the
   * media and measurement paths before a real-time run: compiling them during the run makes the
   * first seconds' clocks late, and on two cores that alone would mark a small run overloaded.
   */
  public static void warmUp(long seed) {
    LoadProfile warm =
        LoadProfile.speakers(
            "warm-up", TimeMode.REAL_TIME, seed, Duration.ofSeconds(5), 1, 2, Duration.ZERO, 1);
    new LoadRun(warm, Shard.WHOLE, 5_000_000_000L, s -> {}).run();
  }

  /** Runs the profile to its end and judges it (once per {@code LoadRun}). */
  public LoadOutcome run() {
    if (sim != null) {
      throw new IllegalStateException("a LoadRun runs once; make a new one for another run");
    }
    RealTimeStopwatch wall = new RealTimeStopwatch();
    try (Simulation s =
        Simulation.create(profile.mode(), profile.seed(), RealTimeEpoch.nowMillis())) {
      sim = s;
      dsl = new ScenarioDsl(s);
      s.codecs(sharedEncoding(profile));
      if (remote != null) {
        s.useServer(remote);
      }
      s.startServer();
      members = LoadPopulation.of(profile, shard);
      members.stream()
          .filter(Member::probe)
          .forEach(m -> probesPerRoom.merge(m.room(), 1, Integer::sum));
      members.forEach(m -> at(m.arrivalNanos(), () -> join(m)));
      long end = profile.duration().toNanos();
      LoadTicker ticker = new LoadTicker(progressNanos, this::churn, () -> report(wall));
      while (s.clock().nowNanos() < end) {
        long next =
            Math.min(end, Math.min(ticker.nextNanos(), due.isEmpty() ? end : due.peek().atNanos()));
        s.clock().pass(Math.max(0, next - s.clock().nowNanos()));
        long now = s.clock().nowNanos();
        while (!due.isEmpty() && due.peek().atNanos() <= now && now < end) {
          due.poll().action().run();
        }
        ticker.runDue(now);
      }
      if (lastReportNanos < end) {
        report(wall);
      }
      LoadResults results = new LoadCollector(s).collect(members, plays, logins);
      return LoadOutcome.judge(profile, shard, results, wall.elapsedNanos());
    }
  }

  /**
   * Speakers of one fixture share its Opus payloads; kept long enough for the last arrival of the
   * ramp to reach what the first encoded (50 frames a second, a few dozen histories at once).
   */
  private static SharedEncodingCodecs sharedEncoding(LoadProfile profile) {
    long frames = 50 * (profile.ramp().toSeconds() + 30) * 64;
    return new SharedEncodingCodecs(
        new SteadySilenceCodecs(AudioCodecFactory.opus()),
        (int) Math.max(10_000, Math.min(2_000_000, frames)));
  }

  private void at(long atNanos, Runnable action) {
    due.add(new Due(atNanos, sequence++, action));
  }

  private void join(Member m) {
    VirtualUser u = sim.addUser(m.name(), m.name());
    if (!m.network().equals("perfect")) {
      u.link().apply(presets.profile(m.network()));
    }
    if (!m.probe()) {
      sim.stopMeasuring(m.name());
    }
    if (!probeHears(m)) {
      u.stopMeasuringSent();
    }
    enter(m);
  }

  /** Whether a probe other than {@code m} is in its room (then its sent audio is recorded). */
  private boolean probeHears(Member m) {
    return probesPerRoom.getOrDefault(m.room(), 0) - (m.probe() ? 1 : 0) > 0;
  }

  /** Logs in, publishes if a speaker, and plays and is played by the others present. */
  private void enter(Member m) {
    logins.merge(m.name(), 1, Integer::sum);
    dsl.logsIn(m.name(), m.room());
    if (m.speaker()) {
      dsl.publishes(
          m.name(),
          m.name(),
          profile.source() == Source.SPEECH
              ? SourceCatalog.speech(m.speakerIndex())
              : SourceCatalog.tone(440));
    }
    List<Member> room = present.computeIfAbsent(m.room(), r -> new ArrayList<>());
    for (Member other : room) {
      if (other.speaker()) {
        play(m, other);
      }
      if (m.speaker()) {
        play(other, m);
      }
    }
    room.add(m);
  }

  /** Plays unless already playing since the listener's last login. */
  private void play(Member listener, Member speaker) {
    if (playing.computeIfAbsent(listener.name(), k -> new HashSet<>()).add(speaker.name())) {
      plays.computeIfAbsent(listener.name(), k -> new LinkedHashSet<>()).add(speaker.name());
      dsl.plays(listener.name(), speaker.name());
    }
  }

  /** Once a second: each user present leaves with the churn's probability, and comes back later. */
  private void churn(long second) {
    double p = profile.churn().perMinute() / 60;
    if (p <= 0) {
      return;
    }
    for (List<Member> room : present.values()) {
      for (Member m : List.copyOf(room)) {
        if (LoadPopulation.uniform(profile.seed(), "churn-" + second, m.name()) < p) {
          room.remove(m);
          playing.remove(m.name());
          dsl.logsOut(m.name());
          at(sim.clock().nowNanos() + profile.churn().rejoinAfter().toNanos(), () -> enter(m));
        }
      }
    }
  }

  private void report(RealTimeStopwatch wall) {
    lastReportNanos = sim.clock().nowNanos();
    progress.accept(
        LoadProgressSampler.snapshot(sim, profile, present, members.size(), wall.elapsedNanos()));
  }
}
