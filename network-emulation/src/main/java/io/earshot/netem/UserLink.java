package io.earshot.netem;

import io.earshot.netem.internal.link.ConnectionStreamPath;
import io.earshot.netem.internal.link.DatagramCounters;
import io.earshot.netem.internal.link.DecisionLog;
import io.earshot.netem.internal.link.DirectionSettings;
import io.earshot.netem.internal.link.StagedDatagramLink;
import io.earshot.netem.internal.link.StagedStreamLink;
import io.earshot.netem.internal.link.StreamCounters;
import io.earshot.netem.internal.random.RandomStreams;
import io.earshot.netem.internal.stage.DelayConfig;
import io.earshot.netem.internal.stage.DelayStage;
import io.earshot.netem.internal.stage.FifoOrderStage;
import io.earshot.netem.internal.stage.LossAsStallStage;
import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.OutageGateStage;
import io.earshot.netem.internal.stage.PacketStage;
import io.earshot.netem.internal.stage.RandomLossConfig;
import io.earshot.netem.internal.stage.RandomLossStage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One virtual user's emulated access link: an uplink and a downlink for datagrams (media) and for
 * byte streams (signaling), sharing one set of settings per direction and one outage gate.
 *
 * <p>Each direction is a chain of stages in the spec's order (section 1.2):
 * datagrams {@code outage -> loss -> delay -> order}; streams {@code [held while down] ->
 * loss-as-stall -> delay -> order}. Every random stage draws from its own stream derived from
 * {@code (masterSeed, linkId, direction, "datagram" | "stream-<n>", stageName)}, so the same seed
 * gives the same per-packet decisions, and settings of one link never shift another link's draws.
 *
 * <p>Threading: the setters, {@link #goDown()}, {@link #comeBack()}, {@link #cutStreams()} and
 * {@link #stats()} may be called from any thread; a change applies to packets sent after it, and
 * packets in flight keep their decisions. Traffic ({@code send}, {@code write}) and path opening
 * must happen on the scheduler's executor.
 */
public final class UserLink {

    private final String linkId;
    private final long masterSeed;
    private final EmulationScheduler scheduler;
    private final RandomStreams randomStreams;
    private final OutageGate gate = new OutageGate();
    private final Map<Direction, DirectionSettings> settings = new EnumMap<>(Direction.class);
    private final Map<Direction, DatagramCounters> datagramCounters = new EnumMap<>(Direction.class);
    private final Map<Direction, StreamCounters> streamCounters = new EnumMap<>(Direction.class);
    private final Map<Direction, DecisionLog> decisionLogs = new EnumMap<>(Direction.class);
    private final Set<ConnectionStreamPath> openStreams = ConcurrentHashMap.newKeySet();
    private final AtomicInteger streamOrdinals = new AtomicInteger();
    private volatile DatagramPath datagramPath;

    /**
     * @param linkId names the link in reports and seeds its random streams (usually the user
     *     name); non-blank
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
        for (Direction direction : Direction.values()) {
            settings.put(direction, new DirectionSettings());
            datagramCounters.put(direction, new DatagramCounters());
            streamCounters.put(direction, new StreamCounters());
            decisionLogs.put(direction, new DecisionLog());
        }
    }

    public String linkId() {
        return linkId;
    }

    public long masterSeed() {
        return masterSeed;
    }

    public EmulationScheduler scheduler() {
        return scheduler;
    }

    /**
     * Sets Bernoulli loss on one direction: datagrams are dropped with {@code probability}, stream
     * segments are "lost" and stall for one retransmission timeout with it.
     *
     * @param probability in [0, 1] (5% is 0.05)
     */
    public void setRandomLoss(Direction direction, double probability) {
        settings.get(Objects.requireNonNull(direction, "direction"))
                .loss(new RandomLossConfig(probability));
    }

    /** Sets Bernoulli loss on both directions; see {@link #setRandomLoss(Direction, double)}. */
    public void setRandomLoss(double probability) {
        RandomLossConfig loss = new RandomLossConfig(probability);
        settings.values().forEach(s -> s.loss(loss));
    }

    /** Sets the fixed one-way delay of one direction, for datagrams and streams; in [0, 1 h]. */
    public void setDelay(Direction direction, Duration delay) {
        settings.get(Objects.requireNonNull(direction, "direction")).delay(DelayConfig.fixed(delay));
    }

    /** Sets the fixed one-way delay of both directions. */
    public void setDelay(Duration delay) {
        DelayConfig config = DelayConfig.fixed(delay);
        settings.values().forEach(s -> s.delay(config));
    }

    /** Current random loss probability of a direction. */
    public double randomLoss(Direction direction) {
        return settings.get(direction).loss().probability();
    }

    /** Current fixed delay of a direction. */
    public Duration delay(Direction direction) {
        return settings.get(direction).delay().fixed();
    }

    /** Takes the link down: datagrams are dropped (cause OUTAGE), streams stall without closing. */
    public void goDown() {
        gate.goDown();
    }

    /** Brings the link back: held stream data is released in order. */
    public void comeBack() {
        gate.comeBack();
    }

    /** Takes the link down now and schedules {@link #comeBack()} after {@code duration}. */
    public void goDownFor(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("outage duration must be > 0, found " + duration);
        }
        goDown();
        scheduler.schedule(scheduler.nowNanos() + duration.toNanos(), this::comeBack);
    }

    public boolean isDown() {
        return gate.isDown();
    }

    /** Resets every open stream connection (their transports' cut hooks, e.g. a TCP RST). */
    public void cutStreams() {
        List.copyOf(openStreams).forEach(ConnectionStreamPath::cut);
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
        datagramPath = new DatagramPath(datagramLink(Direction.UPLINK, toServer),
                datagramLink(Direction.DOWNLINK, toClient));
        return datagramPath;
    }

    /**
     * Opens the stream directions of one more connection (each connection has its own random
     * streams, numbered in opening order).
     *
     * @param toServer receives what the uplink delivers
     * @param toClient receives what the downlink delivers
     * @param onCut resets the connection when {@link #cutStreams()} is called
     */
    public StreamPath openStreamPath(StreamSink toServer, StreamSink toClient, Runnable onCut) {
        int ordinal = streamOrdinals.getAndIncrement();
        StagedStreamLink up = streamLink(Direction.UPLINK, ordinal, toServer);
        StagedStreamLink down = streamLink(Direction.DOWNLINK, ordinal, toClient);
        return ConnectionStreamPath.open(ordinal, up, down, onCut, gate, openStreams);
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
        return new LinkStats(linkId, masterSeed,
                datagramCounters.get(Direction.UPLINK).snapshot(),
                datagramCounters.get(Direction.DOWNLINK).snapshot(),
                streamCounters.get(Direction.UPLINK).snapshot(),
                streamCounters.get(Direction.DOWNLINK).snapshot());
    }

    @Override
    public String toString() {
        return "UserLink[" + linkId + ", seed " + masterSeed + (isDown() ? ", down]" : "]");
    }

    private StagedDatagramLink datagramLink(Direction direction, Consumer<byte[]> sink) {
        DirectionSettings live = settings.get(direction);
        RandomStreams streams = randomStreams.child(direction.label(), "datagram");
        List<PacketStage> stages = List.of(
                new OutageGateStage(gate),
                new RandomLossStage(live::loss, streams.stream(RandomLossStage.NAME)),
                new DelayStage(live::delay, streams.stream(DelayStage.NAME)),
                new FifoOrderStage());
        return new StagedDatagramLink(direction, scheduler, stages,
                datagramCounters.get(direction), decisionLogs.get(direction), sink);
    }

    private StagedStreamLink streamLink(Direction direction, int ordinal, StreamSink sink) {
        DirectionSettings live = settings.get(direction);
        RandomStreams streams = randomStreams.child(direction.label(), "stream-" + ordinal);
        List<PacketStage> stages = List.of(
                new LossAsStallStage(live::loss, streams.stream(LossAsStallStage.NAME),
                        LossAsStallStage.DEFAULT_RTO),
                new DelayStage(live::delay, streams.stream(DelayStage.NAME)),
                new FifoOrderStage());
        StreamCounters counters = streamCounters.get(direction);
        counters.connectionOpened();
        return new StagedStreamLink(direction, scheduler, gate, stages, counters, sink);
    }
}
