package io.earshot.engine.internal.client;

import io.earshot.engine.PlayStreamQuality;
import io.earshot.engine.PlayerState;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.media.AdaptiveJitterBuffer;
import io.earshot.engine.internal.media.JitterBufferStats;
import io.earshot.engine.internal.quality.CalibratedOpusImpairment;
import io.earshot.engine.internal.quality.EngineMosEstimator;
import io.earshot.engine.internal.quality.LossRunStats;
import io.earshot.engine.internal.quality.OpusImpairmentTable;
import io.earshot.engine.internal.quality.PlayQualityRecipe;
import io.earshot.engine.internal.rtcp.LegReceiver;

/**
 * The play-stream quality callback of one play (contract §4.2, quality-metrics §7.2), one interval
 * at a time: rates from the differences of the cumulative counters since the last callback, loss
 * before recovery on the relay → player leg, the end-to-end figures from what the relay says about
 * the publisher's side, and the engine's MOS from the wideband E-model over the residual loss the
 * decoder saw. A new SSRC (the stream published again) starts the leg and buffer figures afresh.
 */
final class PlayQualityMeter {
  private static final EngineMosEstimator MOS =
      new EngineMosEstimator(new CalibratedOpusImpairment(OpusImpairmentTable.RateControl.VBR));
  private static final JitterBufferStats NO_BUFFER_STATS =
      new JitterBufferStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  private static final int DEFAULT_BITRATE = 48_000;
  private static final double FRAME_MILLIS = 20;

  private final long startNanos;
  private long lastNanos;
  private PlayReceiver markedReceiver;
  private LegReceiver.Mark legMark = LegReceiver.Mark.NONE;
  private AdaptiveJitterBuffer markedBuffer;
  private JitterBufferStats bufferMark = NO_BUFFER_STATS;
  private long renderedMark;
  private long decodedMark;
  private long breaksMark;

  /** The level of the last interval; UNKNOWN before the first. */
  StreamQualityLevel level = StreamQualityLevel.UNKNOWN;

  PlayQualityMeter(long startNanos) {
    this.startNanos = startNanos;
    this.lastNanos = startNanos;
  }

  /** The quality of the interval since the last call, which starts the next interval. */
  PlayStreamQuality take(PlaySession s, int rttMillis, long nowNanos) {
    double seconds = Math.max(1e-9, (nowNanos - lastNanos) / 1e9);
    lastNanos = nowNanos;
    PlayReceiver r = s.receiver;
    LegReceiver.Mark since = r != null && r == markedReceiver ? legMark : LegReceiver.Mark.NONE;
    LegReceiver.Mark now = r == null ? LegReceiver.Mark.NONE : r.leg.mark();
    markedReceiver = r;
    legMark = now;
    AdaptiveJitterBuffer buffer = s.playout == null ? null : s.playout.buffer;
    JitterBufferStats base =
        buffer != null && buffer == markedBuffer ? bufferMark : NO_BUFFER_STATS;
    JitterBufferStats js = buffer == null ? NO_BUFFER_STATS : buffer.stats();
    markedBuffer = buffer;
    bufferMark = js;
    DecodeStats decode = s.counters.decode;
    long rendered = decode.rendered - renderedMark;
    long decoded = decode.decoded - decodedMark;
    long breaks = s.counters.breaks.count() - breaksMark;
    renderedMark = decode.rendered;
    decodedMark = decode.decoded;
    breaksMark = s.counters.breaks.count();
    LossRunStats residual = s.counters.residual.takeInterval();

    long packets = now.packets() - since.packets();
    long bytes = now.bytes() - since.bytes();
    boolean audio = packets > 0 && s.state == PlayerState.PLAYING;
    double downLoss = r == null ? 0 : r.leg.lossBeforeRecoverySince(since);
    double upLoss = r == null ? 0 : r.takeUplinkLoss();
    int publisherRtt = r == null || r.publisher == null ? 0 : r.publisher.publisherRttMillis();
    int dwell = r == null || r.publisher == null ? 0 : r.publisher.dwellMillis();
    double p2pDelay = PlayQualityRecipe.peerToPeerDelayMs(publisherRtt, dwell, rttMillis);
    double delay = PlayQualityRecipe.playoutDelayMs(js.averageDelayMillisSince(base));
    double mos = -1;
    if (audio) {
      long payloadBits = (now.payloadBytes() - since.payloadBytes()) * 8;
      int bitrate = payloadBits > 0 ? (int) (payloadBits / seconds) : DEFAULT_BITRATE;
      double ta = PlayQualityRecipe.mouthToEarDelayMs(p2pDelay, delay);
      mos = MOS.estimate(ta, residual.ppl(), residual.burstR(), Math.max(1, bitrate)).mos();
    }
    level = audio ? EngineMosEstimator.level(mos) : StreamQualityLevel.DIE;
    long breakMillis = s.counters.breaks.timeMillis(nowNanos);
    double playMillis = Math.max(1, (nowNanos - startNanos) / 1e6);
    long recvBytes = r == null ? 0 : r.leg.bytes();
    return new PlayStreamQuality(
        packets / seconds,
        (js.played() - base.played()) / seconds,
        decoded / seconds,
        rendered / seconds,
        bytes * 8 / 1000.0 / seconds,
        breaks * 10.0 / seconds,
        mos,
        rttMillis,
        downLoss,
        (int) Math.round(p2pDelay),
        PlayQualityRecipe.endToEndLossRate(upLoss, downLoss),
        level,
        (int) Math.round(delay),
        recvBytes,
        recvBytes,
        s.counters.breaks.count(),
        breakMillis,
        Math.min(100, breakMillis * 100.0 / playMillis),
        (long) (decode.decoded * FRAME_MILLIS),
        s.remoteMicState == RemoteDeviceState.MUTE ? 1 : 0);
  }
}
