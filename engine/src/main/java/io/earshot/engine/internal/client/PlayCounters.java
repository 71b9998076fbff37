package io.earshot.engine.internal.client;

import io.earshot.engine.PlayerMediaEvent;
import io.earshot.engine.internal.quality.LossRunTracker;
import java.util.function.Consumer;

/**
 * The counts of one play that last from its start to its end, across a new SSRC (the stream
 * published again): decoded and concealed frames, the residual loss runs after recovery, and the
 * audio breaks.
 */
final class PlayCounters {
  final DecodeStats decode = new DecodeStats();
  final LossRunTracker residual = new LossRunTracker();
  final BreakDetector breaks;

  PlayCounters(Consumer<PlayerMediaEvent> mediaEvents) {
    this.breaks = new BreakDetector(mediaEvents);
  }
}
