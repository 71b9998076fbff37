package io.earshot.netem.internal.link;

import io.earshot.netem.Direction;
import io.earshot.netem.EmulationScheduler;
import io.earshot.netem.StreamSink;
import io.earshot.netem.internal.random.RandomStreams;
import io.earshot.netem.internal.stage.FifoOrderStage;
import io.earshot.netem.internal.stage.JitterDelayStage;
import io.earshot.netem.internal.stage.LossAsStallStage;
import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.PacketStage;
import io.earshot.netem.internal.stage.StreamRateStage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stream connections of one user link: opens each connection's two directions (rate, loss as
 * stall, delay, FIFO order, held while the stream gate is down), numbers them in opening order
 * (each has random streams of its own) and keeps the open ones, to be cut.
 */
public final class StreamPaths {

  private final EmulationScheduler scheduler;
  private final RandomStreams randomStreams;
  private final Map<Direction, DirectionState> settings;
  private final Map<Direction, StreamCounters> counters;
  private final OutageGate gate;
  private final Set<ConnectionStreamPath> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger ordinals = new AtomicInteger();

  /**
   * @param settings each direction's live configuration
   * @param counters each direction's stream counters
   * @param gate holds the streams while down
   */
  public StreamPaths(
      EmulationScheduler scheduler,
      RandomStreams randomStreams,
      Map<Direction, DirectionState> settings,
      Map<Direction, StreamCounters> counters,
      OutageGate gate) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.randomStreams = Objects.requireNonNull(randomStreams, "randomStreams");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.counters = Objects.requireNonNull(counters, "counters");
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  /** Opens one more connection's directions; {@code onCut} resets the transport connection. */
  public ConnectionStreamPath open(StreamSink toServer, StreamSink toClient, Runnable onCut) {
    int ordinal = ordinals.getAndIncrement();
    StagedStreamLink up = link(Direction.UPLINK, ordinal, toServer);
    StagedStreamLink down = link(Direction.DOWNLINK, ordinal, toClient);
    return ConnectionStreamPath.open(ordinal, up, down, onCut, gate, open);
  }

  /** Runs the cut hook of every open connection. */
  public void cutAll() {
    List.copyOf(open).forEach(ConnectionStreamPath::cut);
  }

  private StagedStreamLink link(Direction direction, int ordinal, StreamSink sink) {
    DirectionState live = settings.get(direction);
    RandomStreams streams = randomStreams.child(direction.label(), "stream-" + ordinal);
    List<PacketStage> stages =
        List.of(
            new StreamRateStage(() -> live.profile().rate()),
            new LossAsStallStage(
                live::streamLoss,
                streams.stream(LossAsStallStage.NAME),
                LossAsStallStage.DEFAULT_RTO),
            new JitterDelayStage(
                () -> live.profile().delay(), streams.stream(JitterDelayStage.NAME)),
            new FifoOrderStage());
    StreamCounters directionCounters = counters.get(direction);
    directionCounters.connectionOpened();
    return new StagedStreamLink(direction, scheduler, gate, stages, directionCounters, sink);
  }
}
