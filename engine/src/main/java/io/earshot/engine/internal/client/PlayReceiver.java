package io.earshot.engine.internal.client;

import io.earshot.engine.internal.relay.PublisherSide;
import io.earshot.engine.internal.rtcp.LegReceiver;

/**
 * The network side of one played stream: the relay → player leg's receiver (statistics on the
 * relay's per-leg sequence numbers, NACK bookkeeping, bytes and packets) and what the relay last
 * said about the publisher's side (uplink loss, its round trip, the relay's dwell, its network
 * levels and missed heartbeats).
 */
final class PlayReceiver {
  final LegReceiver leg;
  private final long ssrc;

  /** The relay's latest word on the publisher's side; null until the first. */
  PublisherSide publisher;

  PlayReceiver(long ssrc) {
    this.ssrc = ssrc;
    this.leg = new LegReceiver(ssrc);
  }

  long ssrc() {
    return ssrc;
  }

  private double uplinkLossSum;
  private int uplinkLossReports;

  /** The relay's word on the publisher's side, once a second. */
  void heard(PublisherSide side) {
    publisher = side;
    uplinkLossSum += side.uplinkLoss();
    uplinkLossReports++;
  }

  /**
   * Uplink loss of the publisher's leg: the mean of the relay's one-second figures since the last
   * call (a quality interval holds three), the last one if none came since, 0 until known.
   */
  double takeUplinkLoss() {
    if (uplinkLossReports == 0) {
      return publisher == null ? 0 : publisher.uplinkLoss();
    }
    double mean = uplinkLossSum / uplinkLossReports;
    uplinkLossSum = 0;
    uplinkLossReports = 0;
    return mean;
  }
}
