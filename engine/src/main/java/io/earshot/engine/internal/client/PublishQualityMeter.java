package io.earshot.engine.internal.client;

import io.earshot.engine.PublishStreamQuality;
import io.earshot.engine.PublisherState;
import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.quality.CalibratedOpusImpairment;
import io.earshot.engine.internal.quality.EngineMosEstimator;
import io.earshot.engine.internal.quality.OpusImpairmentTable;
import io.earshot.engine.internal.quality.PlayQualityRecipe;

/**
 * The publish-stream quality callback of one publish (contract §4.1), one interval at a time:
 * frames captured and sent, RTP bytes sent, the round trip and uplink loss the relay's reports
 * gave, and the level from the same E-model the player uses, on the uplink alone (half the round
 * trip plus capture and codec delay, the uplink loss, no jitter buffer). While {@code
 * PUBLISH_REQUESTING}, or when no report came from the relay in the interval, the level is DIE and
 * the bit rate 0.
 */
final class PublishQualityMeter {
  private static final EngineMosEstimator MOS =
      new EngineMosEstimator(new CalibratedOpusImpairment(OpusImpairmentTable.RateControl.VBR));
  private static final int BITRATE = 48_000;

  private long lastNanos;
  private long capturedMark;
  private long packetsMark;
  private long bytesMark;
  private long reportsMark;

  /** The level of the last interval; UNKNOWN before the first. */
  StreamQualityLevel level = StreamQualityLevel.UNKNOWN;

  PublishQualityMeter(long startNanos) {
    this.lastNanos = startNanos;
  }

  /** The quality of the interval since the last call, which starts the next interval. */
  PublishStreamQuality take(PublishSession s, long nowNanos) {
    double seconds = Math.max(1e-9, (nowNanos - lastNanos) / 1e9);
    lastNanos = nowNanos;
    long captured = s.framesCaptured - capturedMark;
    long packets = s.sender.sent.packets() - packetsMark;
    long bytes = s.sender.sent.bytes() - bytesMark;
    long reports = s.feedback.reports() - reportsMark;
    capturedMark = s.framesCaptured;
    packetsMark = s.sender.sent.packets();
    bytesMark = s.sender.sent.bytes();
    reportsMark = s.feedback.reports();
    double loss = s.feedback.takeIntervalLoss();
    int rtt = s.feedback.rttMillis();
    boolean live = s.state == PublisherState.PUBLISHING && reports > 0;
    if (live) {
      double ta = rtt / 2.0 + PlayQualityRecipe.CAPTURE_AND_CODEC_MS;
      level = EngineMosEstimator.level(MOS.estimate(ta, loss * 100, 1, BITRATE).mos());
    } else {
      level = StreamQualityLevel.DIE;
    }
    double kbps = s.state == PublisherState.PUBLISHING ? bytes * 8 / 1000.0 / seconds : 0;
    return new PublishStreamQuality(
        captured / seconds,
        packets / seconds,
        kbps,
        rtt,
        loss,
        level,
        s.sender.sent.bytes(),
        s.sender.sent.bytes());
  }
}
