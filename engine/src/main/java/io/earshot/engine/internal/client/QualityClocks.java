package io.earshot.engine.internal.client;

import io.earshot.engine.PlayStreamQuality;
import io.earshot.engine.PublishStreamQuality;
import io.earshot.engine.scheduling.Cancellable;

/**
 * The 3 s quality callbacks (contract §3.6): each publish and each play gets its clock at its first
 * {@code PUBLISHING} / {@code PLAYING} and keeps it until it ends, reporting through an interval
 * meter ({@link PublishQualityMeter}, {@link PlayQualityMeter}); the network-quality clock starts
 * with the first of them.
 */
final class QualityClocks {
  static final long PERIOD_NANOS = 3_000_000_000L;

  private final ClientContext ctx;
  private final LegFeedback feedback;
  private final NetworkQualityReporter network;

  QualityClocks(ClientContext ctx, LegFeedback feedback, NetworkQualityReporter network) {
    this.ctx = ctx;
    this.feedback = feedback;
    this.network = network;
  }

  void started(PlaySession s) {
    if (s.quality != null) {
      return;
    }
    s.quality = new PlayQualityMeter(ctx.scheduler.nanoTime());
    s.qualityClock =
        ctx.scheduler.scheduleAtFixedRate(
            () -> {
              PlayStreamQuality q =
                  s.quality.take(s, feedback.rttMillis(), ctx.scheduler.nanoTime());
              ctx.callbacks.post(h -> h.onPlayerQualityUpdate(s.streamId, q));
            },
            PERIOD_NANOS,
            PERIOD_NANOS);
    network.start();
  }

  void started(PublishSession p) {
    if (p.quality != null) {
      return;
    }
    p.quality = new PublishQualityMeter(ctx.scheduler.nanoTime());
    p.qualityClock =
        ctx.scheduler.scheduleAtFixedRate(
            () -> {
              PublishStreamQuality q = p.quality.take(p, ctx.scheduler.nanoTime());
              ctx.callbacks.post(h -> h.onPublisherQualityUpdate(p.streamId, q));
            },
            PERIOD_NANOS,
            PERIOD_NANOS);
    network.start();
  }

  static void ended(PlaySession s) {
    s.qualityClock.cancel();
    s.qualityClock = Cancellable.NONE;
  }

  static void ended(PublishSession p) {
    p.qualityClock.cancel();
    p.qualityClock = Cancellable.NONE;
  }
}
