package io.earshot.simulator;

import io.earshot.engine.EngineProfile;
import io.earshot.engine.Scenario;
import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.ServerLimits;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.LookaheadCodecs;
import io.earshot.simulator.audio.PcmRecordings;
import io.earshot.simulator.audio.RecordedPcm;
import io.earshot.simulator.audio.SteadySilenceCodecs;
import io.earshot.simulator.capture.MediaCapture;
import io.earshot.simulator.capture.MediaCaptures;
import io.earshot.simulator.internal.RealTimeSimulationClock;
import io.earshot.simulator.internal.SimulatedClock;
import io.earshot.simulator.internal.UserWiring;
import io.earshot.simulator.metrics.LoadSeries;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.ReportFiles;
import io.earshot.simulator.quality.AudioKeeping;
import io.earshot.simulator.quality.CallMeasurements;
import io.earshot.simulator.quality.PacketPoint;
import io.earshot.simulator.quality.QualityRecorder;
import io.earshot.simulator.recovery.Outage;
import io.earshot.simulator.recovery.OutageLog;
import io.earshot.simulator.recovery.Recovery;
import io.earshot.simulator.recovery.RecoveryText;
import io.earshot.simulator.timeline.ScenarioEvent;
import io.earshot.simulator.timeline.ScenarioEventLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One scenario's world: the reference server, the virtual users and their links, the clock, and the
 * seed every random choice derives from. Real time runs on loopback sockets; simulated time runs
 * the same engine, server and emulator in memory on a virtual clock, single-threaded and
 * reproducible. Steps drive it through this class; assertions read users' timelines and recorders.
 */
public final class Simulation implements AutoCloseable {
  static final ServerLimits HARNESS_LIMITS = ServerHost.HARNESS_LIMITS;

  private final TimeMode mode;
  private final long seed;
  private final Object changed = new Object();
  private final SimulationClock clock;
  private final VirtualScheduler virtualScheduler;
  private final Map<String, VirtualUser> users = new LinkedHashMap<>();
  private final PublishedStreams published = new PublishedStreams();
  private AudioCodecFactory codecs = new SteadySilenceCodecs(AudioCodecFactory.opus());
  private final ServerHost server;
  private long lastActionNanos;
  private LinkProfile everyUserProfile;
  private final SimulationQuality quality = new SimulationQuality();
  private int speechPublishers;
  private final ScenarioNotes notes = new ScenarioNotes(this);
  private final MetricRegistry metrics = new MetricRegistry();
  private PcmRecordings pcmRecordings = PcmRecordings.NONE;
  private RecordedPcm recordedPcm;
  private final ReportFiles reportFiles = new ReportFiles();

  /** The load figures (users, streams, percentiles), made with the first user. */
  LoadSeries loadSeries;

  private final OutageLog outages;
  private MediaCaptures captures;

  private Simulation(TimeMode mode, long seed, long epochAnchorMillis) {
    this.mode = mode;
    this.seed = seed;
    if (mode == TimeMode.SIMULATED) {
      this.virtualScheduler = new VirtualScheduler(epochAnchorMillis);
      this.clock = new SimulatedClock(virtualScheduler);
    } else {
      this.virtualScheduler = null;
      this.clock = new RealTimeSimulationClock(changed);
    }
    this.outages = new OutageLog(clock::nowNanos);
    this.server = new ServerHost(seed, virtualScheduler, this::observePacket);
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
    this.codecs = Objects.requireNonNull(factory, "codecs");
  }

  /** Tasks the virtual scheduler has run (0 in real time): a measure of simulation work. */
  public long tasksRun() {
    return virtualScheduler == null ? 0 : virtualScheduler.tasksRun();
  }

  /**
   * Changes the server's configuration; a running server applies it to logins and rooms from now
   * on.
   */
  public void configureServer(UnaryOperator<ServerConfig.Builder> change) {
    server.configure(change);
  }

  public ServerConfig serverConfig() {
    return server.config();
  }

  /** Unix time in seconds as the server sees it (virtual in simulated time), for making tokens. */
  public long epochSeconds() {
    return (virtualScheduler != null ? virtualScheduler.epochMillis() : RealTimeEpoch.nowMillis())
        / 1000;
  }

  /** Starts the reference server (idempotent); creating a user starts it too. */
  public void startServer() {
    server.network();
  }

  /** Users log in to {@code remote}, a server elsewhere (real time, before the first user). */
  public void useServer(RemoteServer remote) {
    server.useRemote(remote);
  }

  public boolean serverRunning() {
    return server.running();
  }

  /** The server stops: state lost, connections refused until {@link #serverComesBack()}. */
  public void serverGoesDown() {
    server.goesDown();
  }

  /** A new server with empty state and a fresh seed takes the old one's addresses. */
  public void serverComesBack() {
    server.comesBack();
  }

  public boolean serverDown() {
    return server.down();
  }

  /** Every outage so far (users' link faults, the server's), for recovery figures. */
  public OutageLog outages() {
    return outages;
  }

  /** The server's counters (refused messages, relayed packets), for reports. */
  public Map<String, Long> serverCounters() {
    return server.counters();
  }

  /**
   * Which audio the run keeps as 48 kHz files ({@link AudioKeeping#NONE} unless set); only before
   * the first user is created.
   */
  public void keepAudio(AudioKeeping keeping) {
    quality.keep(keeping, !users.isEmpty());
  }

  /** The scenario's sent and played audio, packets and reported quality. */
  public QualityRecorder quality() {
    return quality.recorder();
  }

  /** The scenario's measured quality, pair by pair. */
  public CallMeasurements measurements() {
    return quality.measurements(this);
  }

  /** Counts speech publishers, so that each gets the next fixture; returns this one's index. */
  public int nextSpeechPublisher() {
    return speechPublishers++;
  }

  private void observePacket(String user, PacketPoint point, byte[] datagram, long nanos) {
    quality.observe(user, point, datagram, clock.toScenarioNanos(nanos));
  }

  /** Creates a user named {@code name} with user ID {@code userId}, on a perfect network. */
  public VirtualUser addUser(String name, String userId) {
    if (users.containsKey(name)) {
      throw new ScenarioFailure("a user named \"" + name + "\" already exists in this scenario");
    }
    VirtualUser user =
        new VirtualUser(
            name,
            userId,
            defaultProfile(),
            wire(name, server.network().connect(name, SeededRandom.derive(seed, "link", name))),
            clock,
            changed,
            SeededRandom.derive(seed, "user", name, "engine"),
            LookaheadCodecs.perUser(codecs, mode == TimeMode.SIMULATED),
            quality.recorder());
    users.put(name, user);
    BuiltInSeries.register(this, user);
    if (recordedPcm != null) {
      user.recordPcm(recordedPcm);
    }
    user.link().addFaultListener(outages.listenerFor(name));
    if (everyUserProfile != null) {
      user.link().apply(everyUserProfile);
    }
    return user;
  }

  private UserWiring wire(String name, UserWiring wiring) {
    return captures == null ? wiring : captures.wrap(name, wiring);
  }

  /**
   * Captures every datagram of the users created from now on, for pcap files ({@code earshot run
   * --capture}).
   */
  public void captureMedia() {
    if (captures == null) {
      captures = new MediaCaptures();
    }
  }

  /** The media captures, empty unless {@link #captureMedia()} was called before users existed. */
  public List<MediaCapture> captures() {
    return captures == null ? List.of() : captures.all();
  }

  /**
   * Applies {@code profile} to every user's link: the users that exist now and every user created
   * later in the scenario (until another call replaces it).
   */
  public void everyUserUses(LinkProfile profile) {
    everyUserProfile = Objects.requireNonNull(profile, "profile");
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

  /**
   * Plays {@code name}'s audio without recording or measuring it (a load run's listener that is not
   * a probe): neither its played audio nor its downlink packets are kept.
   */
  public void stopMeasuring(String name) {
    user(name).stopMeasuring();
    quality.stopMeasuring(name);
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
    published.publishedBy(streamId, user.name(), audio);
  }

  public AudioSource audioOf(String streamId) {
    return published.audioOf(streamId);
  }

  /** The user who last started publishing {@code streamId}. */
  public VirtualUser lastPublisherOf(String streamId) {
    return user(published.lastPublisherOf(streamId));
  }

  /**
   * The scenario's own events (steps, network changes, server events), noted on its clock and shown
   * between the callbacks they caused; their spans are the bands of the charts.
   */
  public ScenarioNotes notes() {
    return notes;
  }

  /** Notes {@code text} now, in every user's timeline. */
  public void note(String text) {
    notes.note(ScenarioEventLog.EVERY_USER, ScenarioEvent.Kind.NOTE, text);
  }

  /** Files that explain the scenario (captures, logs) for its report, added by producers. */
  public ReportFiles reportFiles() {
    return reportFiles;
  }

  /** What producers measured over time, per (listener, stream) pair, for the report's charts. */
  public MetricRegistry metrics() {
    return metrics;
  }

  /** Where reports find raw sent and played audio for WAV clips (none unless installed). */
  public PcmRecordings pcmRecordings() {
    return pcmRecordings;
  }

  /** Installs the source of raw audio that reports cut clips from. */
  public void pcmRecordings(PcmRecordings recordings) {
    this.pcmRecordings = Objects.requireNonNull(recordings, "recordings");
  }

  /**
   * Keeps every user's captured and played audio in memory from now on (96 KB per second per
   * track), so reports can attach it as WAV clips.
   */
  public void recordAudio() {
    if (recordedPcm == null) {
      recordedPcm = new RecordedPcm();
      pcmRecordings = recordedPcm;
      users.values().forEach(u -> u.recordPcm(recordedPcm));
    }
  }

  /** One user's timeline with the scenario's events between its callbacks. */
  public String renderTimeline(VirtualUser user) {
    return notes.render(user);
  }

  /** Every user's timeline, user by user, as one text: what the report attaches and QA diffs. */
  public String renderTimelines() {
    StringBuilder out = new StringBuilder();
    out.append("# mode ").append(mode).append(", seed ").append(seed).append('\n');
    users.values().forEach(u -> out.append(notes.render(u)));
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
    return RecoveryText.render(outages.all(), this::recovery);
  }

  /** How the call came back after an ended outage, for every user it affected. */
  public Recovery recovery(Outage outage) {
    return Recovery.of(outage, users(), outages, null);
  }

  @Override
  public void close() {
    for (VirtualUser user : users.values()) {
      user.close();
    }
    users.clear();
    quality.close();
    server.close();
  }

  private static EngineProfile defaultProfile() {
    return new EngineProfile(
        AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), Scenario.DEFAULT);
  }
}
