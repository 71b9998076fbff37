package io.earshot.netem;

import io.earshot.netem.internal.link.DatagramCounters;
import io.earshot.netem.internal.link.DecisionLog;
import io.earshot.netem.internal.link.DirectionState;
import io.earshot.netem.internal.link.FaultSwitches;
import io.earshot.netem.internal.link.StageStreams;
import io.earshot.netem.internal.link.StagedDatagramLink;
import io.earshot.netem.internal.link.StreamCounters;
import io.earshot.netem.internal.link.StreamPaths;
import io.earshot.netem.internal.random.RandomStreams;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.LossModel;
import io.earshot.netem.profile.ProfileSchedule;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One virtual user's emulated access link: an uplink and a downlink for datagrams (media) and for
 * byte streams (signaling), each direction configured by a {@link DirectionProfile}, with manual
 * faults: the whole link down ({@link #goDown}), the signaling alone stalled ({@link
 * #stallSignaling}), the media alone down ({@link #takeMediaDown}), the connections reset ({@link
 * #cutStreams}); {@link #stats()} counts each (how many, how long).
 *
 * <p>Each datagram direction is a chain of stages in the spec's order (section 1.2): {@code
 * outage-gate -> outage -> duplicate -> [loss before queue] -> queue (rate, AQM, hold) -> [loss] ->
 * corrupt -> delay + jitter -> reorder -> order}; streams run {@code [held while down] ->
 * loss-as-stall -> delay + jitter -> order}. Every random stage draws from its own stream derived
 * from {@code (masterSeed, linkId, direction, "datagram" | "stream-<n>", stageName)}, so the same
 * seed gives the same per-packet decisions, and settings of one link never shift another link's
 * draws. {@link #apply(LinkProfile)} replaces a direction's chain; the setters ({@link
 * #setRandomLoss}, {@link #setDelay}) are edits of the current profile.
 *
 * <p>Threading: the setters, the fault switches and {@link #stats()} may be called from any thread;
 * a change applies to packets sent after it, and packets in flight keep their decisions. Traffic
 * ({@code send}, {@code write}) and path opening must happen on the scheduler's executor.
 */
public final class UserLink {

  private static final Logger LOG = LoggerFactory.getLogger(UserLink.class);

  private final String linkId;
  private final long masterSeed;
  private final EmulationScheduler scheduler;
  private final RandomStreams randomStreams;
  private final FaultSwitches faults;
  private final Map<Direction, DirectionState> settings = new EnumMap<>(Direction.class);
  private final Map<Direction, DatagramCounters> datagramCounters = new EnumMap<>(Direction.class);
  private final Map<Direction, StreamCounters> streamCounters = new EnumMap<>(Direction.class);
  private final Map<Direction, DecisionLog> decisionLogs = new EnumMap<>(Direction.class);
  private final StreamPaths streamPaths;
  private final List<DropListener> dropListeners = new CopyOnWriteArrayList<>();
  private volatile DatagramPath datagramPath;
  private volatile String profileName = LinkProfile.IDEAL.name();

  /**
   * @param linkId names the link in reports and seeds its random streams (usually the user name);
   *     non-blank
   * @param masterSeed the scenario seed
   * @param scheduler the link's only source of time
   */
  public UserLink(String linkId, long masterSeed, EmulationScheduler scheduler) {
    Objects.requireNonNull(linkId, "linkId");
    if (linkId.isBlank()) {
      throw new IllegalArgumentException(
          "link id must be a non-blank name such as the user name, found '" + linkId + "'");
    }
    this.linkId = linkId;
    this.masterSeed = masterSeed;
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.randomStreams = new RandomStreams(masterSeed, linkId);
    this.faults = new FaultSwitches(scheduler);
    long now = scheduler.nowNanos();
    for (Direction direction : Direction.values()) {
      StageStreams streams = new StageStreams(randomStreams.child(direction.label(), "datagram"));
      settings.put(direction, new DirectionState(streams, faults.datagramGate(), now));
      datagramCounters.put(direction, new DatagramCounters());
      streamCounters.put(direction, new StreamCounters());
      decisionLogs.put(direction, new DecisionLog());
    }
    this.streamPaths =
        new StreamPaths(scheduler, randomStreams, settings, streamCounters, faults.streamGate());
  }

  /** The link's id. */
  public String linkId() {
    return linkId;
  }

  /** The scenario seed the link's random streams derive from. */
  public long masterSeed() {
    return masterSeed;
  }

  /** The link's only source of time. */
  public EmulationScheduler scheduler() {
    return scheduler;
  }

  /**
   * Applies a profile to both directions: each direction's chain is replaced, and the change
   * applies to packets sent after it (packets in flight, including those waiting in a queue, keep
   * their decisions; a queue keeps its contents). Stages whose setting is unchanged keep their
   * state. Outage and trace times of the profile count from now. Any thread.
   */
  public void apply(LinkProfile profile) {
    Objects.requireNonNull(profile, "profile");
    apply(Direction.UPLINK, profile.uplink());
    apply(Direction.DOWNLINK, profile.downlink());
    profileName = profile.name();
  }

  /** Applies a profile to one direction; see {@link #apply(LinkProfile)}. */
  public void apply(Direction direction, DirectionProfile profile) {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(profile, "profile");
    profile
        .delay()
        .clampWarning()
        .ifPresent(warning -> LOG.warn("link {} {}: {}", linkId, direction.label(), warning));
    settings.get(direction).apply(profile, scheduler.nowNanos());
    profileName = "custom";
  }

  /** The profile in force on one direction. */
  public DirectionProfile profile(Direction direction) {
    return settings.get(Objects.requireNonNull(direction, "direction")).profile();
  }

  /**
   * The profiles in force, named after the last {@link #apply(LinkProfile)} ("custom" after a
   * direction was changed on its own).
   */
  public LinkProfile profile() {
    return new LinkProfile(profileName, profile(Direction.UPLINK), profile(Direction.DOWNLINK));
  }

  /**
   * Follows a time-varying schedule: each step's profile is applied at now + its offset, through
   * the scheduler (so in simulated time the changes happen at exact instants).
   */
  public void follow(ProfileSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    long start = scheduler.nowNanos();
    for (ProfileSchedule.Step step : schedule.steps()) {
      LinkProfile next = step.profile();
      scheduler.schedule(start + step.at().toNanos(), () -> apply(next));
    }
  }

  /**
   * Sets Bernoulli loss on one direction (an edit of its profile: any other loss model is
   * replaced): datagrams are dropped with {@code probability}, stream segments are "lost" and stall
   * for one retransmission timeout with it.
   *
   * @param probability in [0, 1] (5% is 0.05)
   */
  public void setRandomLoss(Direction direction, double probability) {
    Objects.requireNonNull(direction, "direction");
    LossModel loss = LossModel.random(probability);
    edit(direction, p -> p.toBuilder().loss(loss).build());
  }

  /** Sets Bernoulli loss on both directions; see {@link #setRandomLoss(Direction, double)}. */
  public void setRandomLoss(double probability) {
    LossModel.random(probability);
    for (Direction direction : Direction.values()) {
      setRandomLoss(direction, probability);
    }
  }

  /**
   * Sets the base one-way delay of one direction, for datagrams and streams, keeping any jitter; in
   * [0, 1 h].
   */
  public void setDelay(Direction direction, Duration delay) {
    Objects.requireNonNull(direction, "direction");
    DelayModel.fixed(delay);
    edit(direction, p -> p.toBuilder().delay(delay).build());
  }

  /** Sets the base one-way delay of both directions. */
  public void setDelay(Duration delay) {
    DelayModel.fixed(delay);
    for (Direction direction : Direction.values()) {
      setDelay(direction, delay);
    }
  }

  /**
   * Current loss probability of a direction: the Bernoulli probability, or the long-run loss rate
   * of another loss model (0 without one).
   */
  public double randomLoss(Direction direction) {
    LossModel loss = profile(direction).loss();
    return loss == null ? 0.0 : loss.lossRate();
  }

  /** Current base delay of a direction. */
  public Duration delay(Direction direction) {
    return profile(direction).delay().base();
  }

  private void edit(Direction direction, UnaryOperator<DirectionProfile> f) {
    settings.get(direction).edit(f, scheduler.nowNanos());
    profileName = "custom";
  }

  /** Takes the link down: datagrams are dropped (cause OUTAGE), streams stall without closing. */
  public void goDown() {
    faults.start(LinkFault.OUTAGE);
  }

  /** Brings the link back: held stream data is released in order. */
  public void comeBack() {
    faults.end(LinkFault.OUTAGE);
  }

  /** Takes the link down now and schedules {@link #comeBack()} after {@code duration} (> 0). */
  public void goDownFor(Duration duration) {
    faults.startFor(LinkFault.OUTAGE, duration);
  }

  /** True while the whole link is down ({@link #goDown()}). */
  public boolean isDown() {
    return faults.isActive(LinkFault.OUTAGE);
  }

  /**
   * Stalls the signaling alone: stream data is held both ways (connections stay open, new ones
   * stall too) while datagrams flow.
   */
  public void stallSignaling() {
    faults.start(LinkFault.SIGNALING_STALL);
  }

  /** Ends a signaling stall: held stream data is released in order. */
  public void resumeSignaling() {
    faults.end(LinkFault.SIGNALING_STALL);
  }

  /** Stalls the signaling now and resumes it after {@code duration} (> 0). */
  public void stallSignalingFor(Duration duration) {
    faults.startFor(LinkFault.SIGNALING_STALL, duration);
  }

  /** Takes the media alone down: datagrams are dropped (cause OUTAGE) while streams flow. */
  public void takeMediaDown() {
    faults.start(LinkFault.MEDIA_OUTAGE);
  }

  /** Ends a media outage. */
  public void bringMediaBack() {
    faults.end(LinkFault.MEDIA_OUTAGE);
  }

  /** Takes the media down now and brings it back after {@code duration} (> 0). */
  public void takeMediaDownFor(Duration duration) {
    faults.startFor(LinkFault.MEDIA_OUTAGE, duration);
  }

  /** Whether a manual fault is in force now (a reset never is). */
  public boolean isFaulty(LinkFault fault) {
    return faults.isActive(Objects.requireNonNull(fault, "fault"));
  }

  /**
   * Resets every open stream connection (their transports' cut hooks, e.g. a TCP RST); counted as a
   * signaling reset.
   */
  public void cutStreams() {
    faults.resetHappened();
    streamPaths.cutAll();
  }

  /** Tells {@code listener} of every manual fault's start and end from now on. Any thread. */
  public void addFaultListener(FaultListener listener) {
    faults.addListener(listener);
  }

  /**
   * Opens the datagram directions; once per link.
   *
   * @param toServer receives what the uplink delivers
   * @param toClient receives what the downlink delivers
   * @throws IllegalStateException if the datagram path is already open
   */
  public synchronized DatagramPath openDatagramPath(
      Consumer<byte[]> toServer, Consumer<byte[]> toClient) {
    if (datagramPath != null) {
      throw new IllegalStateException(
          "the datagram path of link '" + linkId + "' is already open; open it once");
    }
    datagramPath =
        new DatagramPath(
            datagramLink(Direction.UPLINK, toServer), datagramLink(Direction.DOWNLINK, toClient));
    return datagramPath;
  }

  /**
   * Opens the stream directions of one more connection (each connection has its own random streams,
   * numbered in opening order).
   *
   * @param toServer receives what the uplink delivers
   * @param toClient receives what the downlink delivers
   * @param onCut resets the connection when {@link #cutStreams()} is called
   */
  public StreamPath openStreamPath(StreamSink toServer, StreamSink toClient, Runnable onCut) {
    return streamPaths.open(toServer, toClient, onCut);
  }

  /**
   * Tells {@code listener} of every datagram either direction drops from now on, with its payload
   * and cause (on the scheduler's executor). Any thread.
   */
  public void addDropListener(DropListener listener) {
    dropListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Starts recording up to {@code capacity} datagram decisions per direction (off by default). */
  public void enableDecisionLog(int capacity) {
    decisionLogs.values().forEach(log -> log.enable(capacity));
  }

  /** The datagram decisions recorded so far in one direction (empty unless enabled). */
  public List<PacketDecision> decisionLog(Direction direction) {
    return decisionLogs.get(direction).entries();
  }

  /** Snapshot of every counter. */
  public LinkStats stats() {
    return new LinkStats(
        linkId,
        masterSeed,
        datagramCounters.get(Direction.UPLINK).snapshot(),
        datagramCounters.get(Direction.DOWNLINK).snapshot(),
        streamCounters.get(Direction.UPLINK).snapshot(),
        streamCounters.get(Direction.DOWNLINK).snapshot(),
        faults.snapshot());
  }

  @Override
  public String toString() {
    return "UserLink[" + linkId + ", seed " + masterSeed + (isDown() ? ", down]" : "]");
  }

  private StagedDatagramLink datagramLink(Direction direction, Consumer<byte[]> sink) {
    DirectionState live = settings.get(direction);
    StagedDatagramLink link =
        new StagedDatagramLink(
            direction,
            scheduler,
            live::chain,
            datagramCounters.get(direction),
            decisionLogs.get(direction),
            sink);
    link.observeDrops(
        (d, payload, cause) -> {
          for (DropListener listener : dropListeners) {
            listener.dropped(d, payload, cause);
          }
        });
    return link;
  }
}
