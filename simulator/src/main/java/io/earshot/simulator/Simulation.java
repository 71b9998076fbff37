package io.earshot.simulator;

import io.earshot.engine.EngineProfile;
import io.earshot.engine.Scenario;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.netem.UserLink;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.internal.RealTimeNetwork;
import io.earshot.simulator.internal.RealTimeSimulationClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario's world: the reference server, the virtual users and their links, the clock, and the seed
 * every random choice derives from. Steps drive it through this class's methods; assertions read users'
 * timelines and recorders.
 */
public final class Simulation implements AutoCloseable {
  private final TimeMode mode;
  private final long seed;
  private final Object changed = new Object();
  private final SimulationClock clock;
  private final Map<String, VirtualUser> users = new LinkedHashMap<>();
  private final Map<String, AudioSource> publishedAudio = new LinkedHashMap<>();
  private final Map<String, String> lastPublisher = new LinkedHashMap<>();
  private ServerConfig serverConfig = ServerConfig.defaults();
  private RealTimeNetwork network;
  private long lastActionNanos;

  private Simulation(TimeMode mode, long seed) {
    if (mode != TimeMode.REAL_TIME) {
      throw new UnsupportedOperationException("simulated time is not available yet; use real time");
    }
    this.mode = mode;
    this.seed = seed;
    this.clock = new RealTimeSimulationClock(changed);
  }

  public static Simulation create(TimeMode mode, long seed) {
    return new Simulation(mode, seed);
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

  /** Starts the reference server (idempotent); users created before it start it too. */
  public void startServer() {
    if (network == null) {
      network = new RealTimeNetwork(serverConfig);
    }
  }

  public boolean serverRunning() {
    return network != null;
  }

  /** The server's counters (refused messages, relayed packets), for reports. */
  public Map<String, Long> serverCounters() {
    return network == null ? Map.of() : network.server().counters();
  }

  /** Creates a user named {@code name} with user ID {@code userId}, on a perfect network. */
  public VirtualUser addUser(String name, String userId) {
    if (users.containsKey(name)) {
      throw new ScenarioFailure("a user named \"" + name + "\" already exists in this scenario");
    }
    startServer();
    RealTimeNetwork.Wiring wiring = network.connect(name, seed);
    long userSeed = seed ^ (name.hashCode() * 0x9E3779B97F4A7C15L);
    VirtualUser user = new VirtualUser(name, userId, defaultProfile(), new Wired(wiring), clock, changed, userSeed);
    users.put(name, user);
    return user;
  }

  /** The user named {@code name}, or a failure that lists the users that exist. */
  public VirtualUser user(String name) {
    VirtualUser user = users.get(name);
    if (user == null) {
      throw new ScenarioFailure("no user named \"" + name + "\" in this scenario; known users: "
          + (users.isEmpty() ? "none (add one with: Given a user \"" + name + "\")" : String.join(", ", users.keySet())));
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
      throw new ScenarioFailure("nobody in this scenario published stream \"" + streamId + "\"; published: "
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

  @Override
  public void close() {
    for (VirtualUser user : users.values()) {
      user.close();
    }
    users.clear();
    if (network != null) {
      network.close();
      network = null;
    }
  }

  private static EngineProfile defaultProfile() {
    return new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), Scenario.DEFAULT);
  }

  /** Adapts the real-time wiring to {@link UserWiring}. */
  private record Wired(RealTimeNetwork.Wiring wiring) implements UserWiring {
    @Override
    public Scheduler scheduler() {
      return wiring.scheduler();
    }

    @Override
    public ClientTransport transport() {
      return wiring.transport();
    }

    @Override
    public UserLink link() {
      return wiring.link();
    }

    @Override
    public void close() {
      wiring.close();
    }
  }
}
