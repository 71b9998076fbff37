package io.earshot.engine.internal.client;

import java.util.List;

/** What a play needs from the engine's RTCP: the round trip to the relay, and a way to NACK. */
interface LegFeedback {
  /** The smoothed round trip to the relay, ms (0 until measured). */
  int rttMillis();

  /** Asks the relay again for {@code sequenceNumbers} of the leg carrying {@code mediaSsrc}. */
  void nack(long mediaSsrc, List<Integer> sequenceNumbers);
}
