package io.earshot.simulator;

import io.earshot.engine.EngineProfile;
import io.earshot.engine.Scenario;
import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.ServerLimits;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.internal.RealTimeNetwork;
import io.earshot.simulator.internal.RealTimeSimulationClock;
import io.earshot.simulator.internal.SimulatedClock;
import io.earshot.simulator.internal.SimulatedNetwork;
import io.earshot.simulator.internal.SimulationNetwork;
import io.earshot.simulator.quality.AudioKeeping;
import io.earshot.simulator.quality.CallMeasurements;
import io.earshot.simulator.quality.PacketPoint;
import io.earshot.simulator.quality.QualityRecorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario's world: the reference server, the virtual users and their links, the clock, and the
 * seed every random choice derives from. Real time runs on loopback sockets; simulated time runs
 * the same engine, server and emulator in memory on a virtual clock, single-threaded and
 * reproducible. Steps drive it through this class; assertions read users' timelines and recorders.
 */
public final class Simulation implements AutoCloseable {
  /**
   * The embedded server's limits: in real time every virtual user reaches it from 127.0.0.1, so the
   * per-address budgets (meant for strangers on a network) are raised to what crowds need.
   */
  static final ServerLimits HARNESS_LIMITS =
      ServerLimits.builder()
          .set("loginsPerAddressPerSecond", 1_000_000)
          .set("roomsPerAddressPerSecond", 1_000_000)
          .build();

  private final TimeMode mode;
  private final long seed;
  private final Object changed = new Object();
  private final SimulationClock clock;
  private final VirtualScheduler virtualScheduler;
  private final Map<String, VirtualUser> users = new LinkedHashMap<>();
  private final Map<String, AudioSource> publishedAudio = new LinkedHashMap<>();
  private final Map<String, String> lastPublisher = new LinkedHashMap<>();
  private ServerConfig serverConfig;
  private AudioCodecFactory codecs =
      new io.earshot.simulator.audio.SteadySilenceCodecs(AudioCodecFactory.opus());
  private SimulationNetwork network;
  private long lastActionNanos;
  private io.earshot.netem.profile.LinkProfile everyUserProfile;
  private QualityRecorder quality = new QualityRecorder(AudioKeeping.NONE);
  private CallMeasurements measurements;
  private int speechPublishers;
  private final io.earshot.simulator.recovery.OutageLog outages;
  private int serverRestarts;

  private Simulation(TimeMode mode, long seed, long epochAnchorMillis) {
    this.mode = mode;
    this.seed = seed;
    this.serverConfig =
        ServerConfig.builder()
            .seed(SeededRandom.derive(seed, "server"))
            .limits(HARNESS_LIMITS)
            .build();
    if (mode == TimeMode.SIMULATED) {
      this.virtualScheduler = new VirtualScheduler(epochAnchorMillis);
      this.clock = new SimulatedClock(virtualScheduler);
    } else {
      this.virtualScheduler = null;
      this.clock = new RealTimeSimulationClock(changed);
    }
    this.outages = new io.earshot.simulator.recovery.OutageLog(clock::nowNanos);
  }

  /**
   * A new simulation; in simulated time, virtual time 0 stands for {@code epochAnchorMillis} (token
   * expiry needs real dates), and the calling thread drives the clock.
   */
  public static Simulation create(TimeMode mode, long seed, long epochAnchorMillis) {
    return new Simulation(mode, seed, epochAnchorMillis);
  }

  public TimeMode mode() {
    return mode;
  }

  public long seed() {
    return seed;
  }

  public SimulationClock clock() {
    return clock;
  }

  /** The codec of users created from now on (a benchmark wraps it to measure codec CPU time). */
  public void codecs(AudioCodecFactory factory) {
    this.codecs = java.util.Objects.requireNonNull(factory, "codecs");
  }

  /** Tasks the virtual scheduler has run (0 in real time): a measure of simulation work. */
  public long tasksRun() {
    return virtualScheduler == null ? 0 : virtualScheduler.tasksRun();
  }

  /**
   * Changes the server's configuration; a running server applies it to logins and rooms from now
   * on.
   */
  public void configureServer(java.util.function.UnaryOperator<ServerConfig.Builder> change) {
    serverConfig = change.apply(serverConfig.toBuilder()).build();
    if (network != null && !network.serverDown()) {
      network.server().reconfigure(serverConfig);
    }
  }

  public ServerConfig serverConfig() {
    return serverConfig;
  }

  /** Unix time in seconds as the server sees it (virtual in simulated time), for making tokens. */
  public long epochSeconds() {
    if (virtualScheduler != null) {
      return virtualScheduler.epochMillis() / 1000;
    }
    startServer();
    return network.server().scheduler().epochMillis() / 1000;
  }

  /** Starts the reference server (idempotent); creating a user starts it too. */
  public void startServer() {
    if (network == null) {
      network =
          mode == TimeMode.SIMULATED
              ? new SimulatedNetwork(serverConfig, virtualScheduler, this::observePacket)
              : new RealTimeNetwork(serverConfig);
    }
  }

  public boolean serverRunning() {
    return network != null;
  }

  /**
   * The server stops (starting it first if need be): every connection ends and its state is lost;
   * until {@link #serverComesBack()} connections are refused and datagrams to it lost.
   */
  public void serverGoesDown() {
    startServer();
    network.serverGoesDown();
  }

  /**
   * A new server with the scenario's configuration and empty state takes the old one's addresses;
   * its seed derives from the scenario's and the number of restarts, so its nonces differ.
   */
  public void serverComesBack() {
    serverRestarts++;
    long restartSeed = SeededRandom.derive(seed, "server", "restart " + serverRestarts);
    network.serverComesBack(serverConfig.toBuilder().seed(restartSeed).build());
  }

  public boolean serverDown() {
    return network != null && network.serverDown();
  }

  /**
   * Every outage of the scenario so far (users' link faults, the server's), for recovery figures.
   */
  public io.earshot.simulator.recovery.OutageLog outages() {
    return outages;
  }

  /** The server's counters (refused messages, relayed packets), for reports. */
  public Map<String, Long> serverCounters() {
    return network == null ? Map.of() : network.server().counters();
  }

  /**
   * Which audio the run keeps as 48 kHz files ({@link AudioKeeping#NONE} unless set); only before
   * the first user is created.
   */
  public void keepAudio(AudioKeeping keeping) {
    if (!users.isEmpty()) {
      throw new IllegalStateException("audio keeping must be chosen before the first user exists");
    }
    quality.close();
    quality = new QualityRecorder(keeping);
  }

  /** The scenario's sent and played audio, packets and reported quality. */
  public QualityRecorder quality() {
    return quality;
  }

  /** The scenario's measured quality, pair by pair. */
  public synchronized CallMeasurements measurements() {
    if (measurements == null || measurements.recorder() != quality) {
      measurements = new CallMeasurements(quality, new MeasurementContext(this));
    }
    return measurements;
  }

  /** Counts speech publishers, so that each gets the next fixture; returns this one's index. */
  public int nextSpeechPublisher() {
    return speechPublishers++;
  }

  private void observePacket(String user, PacketPoint point, byte[] datagram, long nanos) {
    quality.packets().observe(user, point, datagram, clock.toScenarioNanos(nanos));
  }

  /** Creates a user named {@code name} with user ID {@code userId}, on a perfect network. */
  public VirtualUser addUser(String name, String userId) {
    if (users.containsKey(name)) {
      throw new ScenarioFailure("a user named \"" + name + "\" already exists in this scenario");
    }
    startServer();
    VirtualUser user =
        new VirtualUser(
            name,
            userId,
            defaultProfile(),
            network.connect(name, SeededRandom.derive(seed, "link", name)),
            clock,
            changed,
            SeededRandom.derive(seed, "user", name, "engine"),
            codecs,
            quality);
    users.put(name, user);
    user.link().addFaultListener(outages.listenerFor(name));
    if (everyUserProfile != null) {
      user.link().apply(everyUserProfile);
    }
    return user;
  }

  /**
   * Applies {@code profile} to every user's link: the users that exist now and every user created
   * later in the scenario (until another call replaces it).
   */
  public void everyUserUses(io.earshot.netem.profile.LinkProfile profile) {
    everyUserProfile = java.util.Objects.requireNonNull(profile, "profile");
    users.values().forEach(u -> u.link().apply(profile));
  }

  /** The user named {@code name}, or a failure that lists the users that exist. */
  public VirtualUser user(String name) {
    VirtualUser user = users.get(name);
    if (user == null) {
      throw new ScenarioFailure(
          "no user named \""
              + name
              + "\" in this scenario; known users: "
              + (users.isEmpty()
                  ? "none (add one with: Given a user \"" + name + "\")"
                  : String.join(", ", users.keySet())));
    }
    return user;
  }

  public List<VirtualUser> users() {
    return new ArrayList<>(users.values());
  }

  /** Marks the start of an action step: "within" windows count from here. */
  public void markAction() {
    lastActionNanos = clock.nowNanos();
  }

  public long lastActionNanos() {
    return lastActionNanos;
  }

  /** Remembers who publishes a stream with which audio, for "hears" assertions. */
  public void publishedBy(String streamId, VirtualUser user, AudioSource audio) {
    publishedAudio.put(streamId, audio);
    lastPublisher.put(streamId, user.name());
  }

  public AudioSource audioOf(String streamId) {
    AudioSource audio = publishedAudio.get(streamId);
    if (audio == null) {
      throw new ScenarioFailure(
          "nobody in this scenario published stream \""
              + streamId
              + "\"; published: "
              + (publishedAudio.isEmpty() ? "none" : String.join(", ", publishedAudio.keySet())));
    }
    return audio;
  }

  /** The user who last started publishing {@code streamId}. */
  public VirtualUser lastPublisherOf(String streamId) {
    String name = lastPublisher.get(streamId);
    if (name == null) {
      throw new ScenarioFailure("nobody in this scenario published stream \"" + streamId + "\"");
    }
    return user(name);
  }

  /** Every user's timeline, user by user, as one text: what the report attaches and QA diffs. */
  public String renderTimelines() {
    StringBuilder out = new StringBuilder();
    out.append("# mode ").append(mode).append(", seed ").append(seed).append('\n');
    users.values().forEach(u -> out.append(u.timeline().render()));
    out.append("# network\n");
    users.values().forEach(u -> out.append(u.link().stats().render()));
    out.append(renderRecovery());
    return out.toString();
  }

  /**
   * The recovery figures of every outage so far (the last section of {@link #renderTimelines()}),
   * or "" when there was none.
   */
  public String renderRecovery() {
    return io.earshot.simulator.recovery.RecoveryText.render(outages.all(), this::recovery);
  }

  /** How the call came back after an ended outage, for every user it affected. */
  public io.earshot.simulator.recovery.Recovery recovery(
      io.earshot.simulator.recovery.Outage outage) {
    return io.earshot.simulator.recovery.Recovery.of(outage, users(), outages, null);
  }

  @Override
  public void close() {
    for (VirtualUser user : users.values()) {
      user.close();
    }
    users.clear();
    quality.close();
    if (network != null) {
      network.close();
      network = null;
    }
  }

  private static EngineProfile defaultProfile() {
    return new EngineProfile(
        AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), Scenario.DEFAULT);
  }
}
