package io.earshot.engine.internal.client;

import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.relay.LevelReport;
import io.earshot.engine.internal.relay.PublisherSide;
import io.earshot.engine.scheduling.Cancellable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code onNetworkQuality} every 2 s while publishing or playing (contract §3.6): this user ({@code
 * ""}) with the worst level among its publishes (up) and plays (down), then one call per remote
 * user whose stream is played, with that user's own levels as the relay last heard them; one missed
 * heartbeat of that user makes both UNKNOWN, three make both DIE. Also the levels this engine tells
 * the relay ({@link LevelReport}).
 */
final class NetworkQualityReporter {
  static final long PERIOD_NANOS = 2_000_000_000L;

  private final ClientContext ctx;
  private final Supplier<Collection<PublishSession>> publishes;
  private final Supplier<Collection<PlaySession>> plays;
  private final Function<String, String> publisherOf;
  private final ClientReports reports;
  private Cancellable clock = Cancellable.NONE;

  NetworkQualityReporter(
      ClientContext ctx,
      Supplier<Collection<PublishSession>> publishes,
      Supplier<Collection<PlaySession>> plays,
      Function<String, String> publisherOf,
      ClientReports reports) {
    this.ctx = ctx;
    this.publishes = publishes;
    this.plays = plays;
    this.publisherOf = publisherOf;
    this.reports = reports;
  }

  /** Starts the 2 s clock (once; it reports only while something is published or played). */
  void start() {
    if (clock == Cancellable.NONE) {
      clock = ctx.scheduler.scheduleAtFixedRate(this::report, PERIOD_NANOS, PERIOD_NANOS);
    }
  }

  void stop() {
    clock.cancel();
    clock = Cancellable.NONE;
  }

  /** This engine's own levels, as it tells the relay every second. */
  LevelReport levels() {
    return new LevelReport(up(), down(), reports.rttMillis());
  }

  private StreamQualityLevel up() {
    StreamQualityLevel worst = StreamQualityLevel.UNKNOWN;
    for (PublishSession p : publishes.get()) {
      worst = worse(worst, p.quality == null ? StreamQualityLevel.UNKNOWN : p.quality.level);
    }
    return worst;
  }

  private StreamQualityLevel down() {
    StreamQualityLevel worst = StreamQualityLevel.UNKNOWN;
    for (PlaySession s : plays.get()) {
      worst = worse(worst, s.quality == null ? StreamQualityLevel.UNKNOWN : s.quality.level);
    }
    return worst;
  }

  /** The worse of two levels; UNKNOWN only when both are. */
  static StreamQualityLevel worse(StreamQualityLevel a, StreamQualityLevel b) {
    if (a == StreamQualityLevel.UNKNOWN) {
      return b;
    }
    if (b == StreamQualityLevel.UNKNOWN) {
      return a;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  private void report() {
    if (publishes.get().isEmpty() && plays.get().isEmpty()) {
      return;
    }
    StreamQualityLevel up = up();
    StreamQualityLevel down = down();
    ctx.callbacks.post(h -> h.onNetworkQuality("", up, down));
    Map<String, PublisherSide> remote = new LinkedHashMap<>();
    for (PlaySession s : plays.get()) {
      String user = publisherOf.apply(s.streamId);
      if (user != null) {
        PublisherSide side = s.receiver == null ? null : s.receiver.publisher;
        if (remote.get(user) == null) {
          remote.put(user, side);
        }
      }
    }
    remote.forEach(
        (user, side) -> {
          StreamQualityLevel[] levels = remoteLevels(side);
          ctx.callbacks.post(h -> h.onNetworkQuality(user, levels[0], levels[1]));
        });
  }

  private static StreamQualityLevel[] remoteLevels(PublisherSide side) {
    if (side == null || side.missedHeartbeats() >= 1 && side.missedHeartbeats() < 3) {
      return new StreamQualityLevel[] {StreamQualityLevel.UNKNOWN, StreamQualityLevel.UNKNOWN};
    }
    if (side.missedHeartbeats() >= 3) {
      return new StreamQualityLevel[] {StreamQualityLevel.DIE, StreamQualityLevel.DIE};
    }
    return new StreamQualityLevel[] {side.up(), side.down()};
  }
}
