package io.earshot.simulator.quality;

import java.util.List;

/**
 * What the engines' quality callbacks said about each played stream: the MOS and loss a real SDK
 * would report (its own parametric estimate), kept apart from what the harness measures.
 *
 * <p>The engine's {@code onPlayerQualityUpdate(streamID, PlayStreamQuality)} (every 3 s, contract
 * §4.2) feeds it: {@link ReportedQualityLog#record} is the one call to make from the callback.
 * Until the callbacks exist, nothing is recorded and every sentence about reported quality fails
 * saying that no callbacks were received.
 */
public interface ReportedQuality {
  /**
   * One quality callback.
   *
   * @param atNanos scenario time of the callback
   * @param mos the reported MOS, -1 when the engine does not know yet
   * @param packetLostRate the reported downlink loss, 0..1
   */
  record Sample(long atNanos, double mos, double packetLostRate) {}

  /** The callbacks {@code listener} received for {@code streamId}, in time order. */
  List<Sample> samples(String listener, String streamId);
}
