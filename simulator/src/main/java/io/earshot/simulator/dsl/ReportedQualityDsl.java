package io.earshot.simulator.dsl;

import io.earshot.engine.InboundAudioStats;
import io.earshot.engine.PlayStreamQuality;
import io.earshot.netem.Direction;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.quality.ReportedQuality;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Sentences about what a listener's engine reports (its quality callbacks and its inbound
 * statistics, contract §4.2, quality-metrics §2): loss against what the network dropped, burst
 * ratio, residual loss, concealment, jitter, round trip, playout delay and break rate. The engine's
 * own figures, kept apart from what the harness measures.
 */
public final class ReportedQualityDsl {
  private static final double Z = 4;

  private final ScenarioDsl dsl;
  private final Simulation sim;

  ReportedQualityDsl(ScenarioDsl dsl) {
    this.dsl = dsl;
    this.sim = dsl.simulation();
  }

  /**
   * The loss the listener reports (mean of its callbacks) agrees with the share of the leg's first
   * transmissions its downlink dropped, within the binomial tolerance {@code 4·sqrt(p(1−p)/n)}.
   */
  public void lossAgreesWithDownlink(String listener, String streamId) {
    VirtualUser u = sim.user(listener);
    double reported = mean(listener, streamId, PlayStreamQuality::packetLostRate);
    Map<String, Long> c = u.engine().counters();
    String p = "play." + streamId + ".";
    long ssrc = c.getOrDefault(p + "ssrc", -1L);
    long first = c.getOrDefault(p + "seq_first", -1L);
    long span = c.getOrDefault(p + "seq_span", 0L);
    if (span <= 0) {
      throw dsl.failure(u, "expected packets of \"" + streamId + "\" to compare, found none");
    }
    long dropped = u.rtpDrops().distinctDroppedInRange(Direction.DOWNLINK, ssrc, first, span);
    double realised = (double) dropped / span;
    double tolerance = Z * Math.sqrt(Math.max(realised * (1 - realised), 1.0 / span) / span);
    if (!(Math.abs(reported - realised) <= tolerance)) {
      throw dsl.failure(
          u,
          String.format(
              Locale.ROOT,
              "expected the packet loss \"%s\" reports for \"%s\" (%.2f%%, mean of its quality"
                  + " callbacks) to agree with what its downlink dropped: %d of %d packets ="
                  + " %.2f%% ± %.2f%% (4 binomial standard deviations)",
              listener,
              streamId,
              100 * reported,
              dropped,
              span,
              100 * realised,
              100 * tolerance));
    }
  }

  /**
   * The mean end-to-end loss of the listener's callbacks ({@code peerToPeerPacketLostRate}, uplink
   * and downlink before recovery) lies in [low, high].
   */
  public void endToEndLossBetween(String listener, String streamId, double low, double high) {
    double loss = mean(listener, streamId, PlayStreamQuality::peerToPeerPacketLostRate);
    check(
        listener,
        loss >= low && loss <= high,
        "expected the end-to-end packet loss \"%s\" reports for \"%s\" to be between %.2f%% and"
            + " %.2f%%, found %.2f%% (mean of its quality callbacks)",
        streamId,
        100 * low,
        100 * high,
        100 * loss);
  }

  /** The burst ratio of the loss the listener saw before recovery is above {@code min}. */
  public void burstRatioAbove(String listener, String streamId, double min) {
    InboundAudioStats s = stats(listener, streamId);
    check(
        listener,
        s.burstRatio() > min,
        "expected the loss burst ratio \"%s\" reports for \"%s\" to be above %.2f, found %.2f",
        streamId,
        min,
        s.burstRatio());
  }

  /** What was still missing after NACK and FEC, as a share of played frames, is below. */
  public void residualLossBelow(String listener, String streamId, double max) {
    InboundAudioStats s = stats(listener, streamId);
    check(
        listener,
        s.residualLossRate() < max,
        "expected the residual loss \"%s\" reports for \"%s\" (after NACK and FEC) to be below"
            + " %.2f%%, found %.2f%% (loss before recovery %.2f%%)",
        streamId,
        100 * max,
        100 * s.residualLossRate(),
        100 * s.lossBeforeRecovery());
  }

  /** {@code better} concealed fewer samples of the stream than {@code worse}. */
  public void concealsFewerThan(String better, String streamId, String worse) {
    long a = stats(better, streamId).concealedSamples();
    long b = stats(worse, streamId).concealedSamples();
    check(
        better,
        a < b,
        "expected \"%s\" to conceal fewer samples of \"%s\" than \"%s\", found %d against %d",
        streamId,
        worse,
        a,
        b);
  }

  /** The RFC 3550 jitter the listener's engine measures is below {@code maxMs}. */
  public void jitterBelow(String listener, String streamId, double maxMs) {
    double jitterMs = stats(listener, streamId).jitterSeconds() * 1000;
    check(
        listener,
        jitterMs < maxMs,
        "expected the jitter \"%s\" reports for \"%s\" to be below %.1f ms, found %.1f ms",
        streamId,
        maxMs,
        jitterMs);
  }

  /** The mean round trip of the listener's quality callbacks lies in [lowMs, highMs]. */
  public void roundTripBetween(String listener, String streamId, double lowMs, double highMs) {
    double rtt = mean(listener, streamId, q -> q.rtt());
    check(
        listener,
        rtt >= lowMs && rtt <= highMs,
        "expected the round trip \"%s\" reports for \"%s\" to be between %.0f ms and %.0f ms,"
            + " found %.1f ms (mean of its quality callbacks)",
        streamId,
        lowMs,
        highMs,
        rtt);
  }

  /** The mean playout delay (jitter buffer + decode) of the callbacks is below {@code maxMs}. */
  public void playoutDelayBelow(String listener, String streamId, double maxMs) {
    double delay = mean(listener, streamId, q -> q.delay());
    check(
        listener,
        delay < maxMs,
        "expected the playout delay \"%s\" reports for \"%s\" to be below %.0f ms, found %.1f ms"
            + " (mean of its quality callbacks)",
        streamId,
        maxMs,
        delay);
  }

  /** Breaks the engine counted per 10 s of play, from its last quality callback. */
  public void breakRateBelow(String listener, String streamId, double maxPerTenSeconds) {
    List<ReportedQuality.Sample> samples = samples(listener, streamId);
    PlayStreamQuality last = samples.get(samples.size() - 1).quality();
    double seconds = samples.size() * 3.0;
    double rate = last.audioCumulativeBreakCount() * 10 / seconds;
    check(
        listener,
        rate < maxPerTenSeconds,
        "expected the audio break rate \"%s\" reports for \"%s\" to be below %.2f per 10 seconds,"
            + " found %.2f (%d breaks in %.0f s of quality callbacks)",
        streamId,
        maxPerTenSeconds,
        rate,
        last.audioCumulativeBreakCount(),
        seconds);
  }

  private void check(String listener, boolean ok, String format, Object... args) {
    if (!ok) {
      Object[] all = new Object[args.length + 1];
      all[0] = listener;
      System.arraycopy(args, 0, all, 1, args.length);
      throw dsl.failure(sim.user(listener), String.format(Locale.ROOT, format, all));
    }
  }

  private InboundAudioStats stats(String listener, String streamId) {
    VirtualUser u = sim.user(listener);
    InboundAudioStats s = u.engine().getInboundAudioStats(streamId);
    if (s == null) {
      throw dsl.failure(
          u, "expected \"" + listener + "\" to be playing \"" + streamId + "\", but it is not");
    }
    return s;
  }

  private List<ReportedQuality.Sample> samples(String listener, String streamId) {
    sim.user(listener);
    List<ReportedQuality.Sample> samples = sim.quality().reported().samples(listener, streamId);
    if (samples.isEmpty()) {
      throw new ScenarioFailure(
          "no quality callbacks received for "
              + streamId
              + " at "
              + listener
              + " (expected onPlayerQualityUpdate every 3 s while it plays)");
    }
    return samples;
  }

  private double mean(String listener, String streamId, ToDoubleFunction<PlayStreamQuality> field) {
    return samples(listener, streamId).stream()
        .map(ReportedQuality.Sample::quality)
        .mapToDouble(field)
        .average()
        .orElseThrow();
  }
}
