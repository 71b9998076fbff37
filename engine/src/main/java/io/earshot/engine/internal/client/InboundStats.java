package io.earshot.engine.internal.client;

import io.earshot.engine.InboundAudioStats;
import io.earshot.engine.internal.media.JitterBufferStats;
import io.earshot.engine.internal.quality.LossRunStats;
import io.earshot.engine.internal.rtcp.LegReceiver;

/** A play's {@link InboundAudioStats}, read from its leg receiver, jitter buffer and decoder. */
final class InboundStats {
  private static final int SAMPLES = DecodeStats.SAMPLES;

  private InboundStats() {}

  static InboundAudioStats of(PlaySession s) {
    LegReceiver leg = s.receiver == null ? null : s.receiver.leg;
    JitterBufferStats js = s.playout == null ? null : s.playout.buffer.stats();
    DecodeStats d = s.counters.decode;
    LossRunStats residual = s.counters.residual.cumulative();
    LossRunStats network = leg == null ? LossRunStats.EMPTY : leg.firstTimeRuns();
    return new InboundAudioStats(
        leg == null ? 0 : leg.statistics().received(),
        leg == null ? 0 : leg.statistics().cumulativeLost(),
        leg == null ? 0 : leg.statistics().jitterMillis() / 1000,
        js == null ? 0 : js.jitterBufferDelaySeconds(),
        js == null ? 0 : js.emittedSamples(),
        js == null ? 0 : js.targetDelaySeconds(),
        js == null ? 0 : js.minimumDelaySeconds(),
        d.totalSamplesReceived(),
        d.concealedSamples(),
        d.silentConcealed * SAMPLES,
        d.concealmentEvents,
        js == null ? 0 : js.insertedFrames() * SAMPLES,
        js == null ? 0 : js.removedFrames() * SAMPLES,
        d.totalAudioEnergy,
        d.rendered * SAMPLES / 48_000.0,
        leg == null ? 0 : leg.retransmissions(),
        leg == null ? 0 : leg.nacks().requested(),
        d.fecRecovered,
        leg == null ? 0 : leg.lossBeforeRecoverySince(LegReceiver.Mark.NONE),
        network.burstR(),
        residual.ppl() / 100,
        residual.burstR());
  }
}
