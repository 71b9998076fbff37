package io.earshot.engine.internal.client;

import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.internal.rtcp.ReportBlock;
import io.earshot.engine.internal.rtcp.RoundTripTime;
import io.earshot.engine.internal.rtcp.SmoothedRoundTrip;

/**
 * What a publisher learns from the server about its stream: the uplink loss (RR fraction lost,
 * before recovery), the round trip (LSR/DLSR of RFC 3550 §6.4.1), and the worst downlink loss among
 * its players; and the in-band FEC decision that follows from the loss (on above 3 %, off again
 * below 1 %).
 */
final class PublishFeedback {
  private static final double FEC_ON = 0.03;
  private static final double FEC_OFF = 0.01;

  /**
   * The loss the encoder is told to expect is capped: beyond about 10 % libopus spends so much on
   * redundancy that every listener, the clean ones too, hears a much poorer signal (measured MOS of
   * a clean listener 4.22 without FEC, 3.63 with 20 % expected loss).
   */
  private static final int MAX_EXPECTED_LOSS_PERCENT = 10;

  final SmoothedRoundTrip rtt = new SmoothedRoundTrip();
  private final AudioEncoder encoder;
  private final boolean fecAllowed;
  double uplinkLoss;
  double worstDownlinkLoss;
  private double lossSum;
  private int lossReports;
  private long reports;
  private boolean fecOn;
  private int expectedPercent;

  PublishFeedback(AudioEncoder encoder, boolean fecAllowed) {
    this.encoder = encoder;
    this.fecAllowed = fecAllowed;
  }

  /** The server's report block on this stream, received at compact NTP time {@code arrival}. */
  void onReportBlock(ReportBlock block, long arrivalCompactNtp) {
    uplinkLoss = block.fractionLost() / 256.0;
    lossSum += uplinkLoss;
    lossReports++;
    reports++;
    RoundTripTime.millis(
            arrivalCompactNtp, block.lastSenderReport(), block.delaySinceLastSenderReport())
        .ifPresent(ms -> rtt.addSample(ms));
    updateFec();
  }

  /** The worst loss among the stream's players, as the server relays it. */
  void onDownlinkLoss(double loss) {
    worstDownlinkLoss = loss;
    updateFec();
  }

  /** The mean uplink loss of the reports since the last call; 0 without reports. */
  double takeIntervalLoss() {
    double mean = lossReports == 0 ? 0 : lossSum / lossReports;
    lossSum = 0;
    lossReports = 0;
    return mean;
  }

  /** Report blocks received on the stream so far. */
  long reports() {
    return reports;
  }

  int rttMillis() {
    return (int) rtt.millis().orElse(0);
  }

  boolean fecOn() {
    return fecOn;
  }

  private void updateFec() {
    double loss = Math.max(uplinkLoss, worstDownlinkLoss);
    boolean want = fecAllowed && (fecOn ? loss > FEC_OFF : loss > FEC_ON);
    int percent = (int) Math.min(MAX_EXPECTED_LOSS_PERCENT, Math.ceil(loss * 100));
    int expected = want ? Math.max(1, percent) : 0;
    if (want != fecOn || expected != expectedPercent) {
      fecOn = want;
      expectedPercent = expected;
      encoder.protectAgainstLoss(want, expected);
    }
  }
}
