package io.earshot.engine.internal.server;

import io.earshot.engine.internal.rtcp.LegReceiver;

/**
 * One published stream as the relay receives it (publisher → relay): the leg's receiver (RFC 3550
 * statistics on the publisher's own sequence numbers, NACK bookkeeping for the relay's requests to
 * the publisher) and the loss of the last second, which the relay passes on to the stream's
 * players. Confined to the media scheduler.
 */
final class Uplink {
  final String key;
  final LegReceiver receiver;
  private LegReceiver.Mark secondMark = LegReceiver.Mark.NONE;
  private double lastSecondLoss;

  Uplink(String key, long ssrc) {
    this.key = key;
    this.receiver = new LegReceiver(ssrc);
  }

  /** Closes the one-second interval (called once a second, before the reports go out). */
  void closeSecond() {
    lastSecondLoss = receiver.lossBeforeRecoverySince(secondMark);
    secondMark = receiver.mark();
  }

  /** Loss before recovery in the last closed second, 0..1. */
  double lastSecondLoss() {
    return lastSecondLoss;
  }
}
