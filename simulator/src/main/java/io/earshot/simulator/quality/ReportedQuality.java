package io.earshot.simulator.quality;

import io.earshot.engine.PlayStreamQuality;
import java.util.List;

/**
 * What the engines' quality callbacks said about each played stream: the MOS and loss a real SDK
 * would report (its own parametric estimate), kept apart from what the harness measures.
 *
 * <p>The engine's {@code onPlayerQualityUpdate(streamID, PlayStreamQuality)} (every 3 s, contract
 * §4.2) feeds it through {@link ReportedQualityLog#record}; a sentence about reported quality with
 * no callbacks to read fails saying so.
 */
public interface ReportedQuality {
  /**
   * One quality callback.
   *
   * @param atNanos scenario time of the callback
   * @param quality what the engine reported
   */
  record Sample(long atNanos, PlayStreamQuality quality) {
    /** The reported MOS, -1 when the engine does not know. */
    public double mos() {
      return quality.mos();
    }

    /** The reported downlink loss before recovery, 0..1. */
    public double packetLostRate() {
      return quality.packetLostRate();
    }
  }

  /** The callbacks {@code listener} received for {@code streamId}, in time order. */
  List<Sample> samples(String listener, String streamId);
}
