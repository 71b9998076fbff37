package io.earshot.simulator.quality;

import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.measure.BreakCriteria;
import io.earshot.simulator.measure.ChirpLatencyEstimator;
import io.earshot.simulator.measure.LatencyEstimate;
import io.earshot.simulator.measure.LatencySearch;
import io.earshot.simulator.measure.MeasuredBreak;
import io.earshot.simulator.measure.MeasuredBreakDetector;
import io.earshot.simulator.measure.MeasuredMos;
import io.earshot.simulator.measure.SpeechLatencyEstimator;
import io.earshot.simulator.measure.WindowedMeasuredMos;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Measures one pair from its recorded audio: latency (correlation for speech, files and noise;
 * markers for tones), measured MOS in windows from the moment the pair first heard audio, breaks on
 * the aligned signals, and the per-stage breakdown where the packets were observed. Pure apart from
 * reading the recordings; safe to run for several pairs at once.
 */
final class PairAnalyzer {
  private static final int RATE = 16_000;
  private static final double WINDOW_SECONDS = LatencySearch.defaults().windowSeconds();
  private static final SpeechLatencyEstimator SPEECH =
      new SpeechLatencyEstimator(LatencySearch.defaults());
  private static final ChirpLatencyEstimator CHIRPS = ChirpLatencyEstimator.withDefaults();
  private static final MeasuredBreakDetector BREAKS =
      new MeasuredBreakDetector(BreakCriteria.defaults());

  private PairAnalyzer() {}

  /** What one pair's analysis needs. */
  record Input(
      PairKey pair,
      SentStream sent,
      AudioTrack played,
      AudioSource source,
      OptionalLong firstAudibleNanos,
      PacketLog packets,
      OptionalLong ssrc) {}

  static PairMeasurement analyze(Input in) {
    float[] sent = in.sent().track().samples16k();
    float[] played = alignedPlayed(in);
    LatencyEstimate raw =
        switch (SourceTraits.latencyMethod(in.source())) {
          case CORRELATION -> SPEECH.estimate(sent, played);
          case MARKERS -> CHIRPS.estimate(played, sent.length / (double) RATE);
          case NONE -> new LatencyEstimate(List.of(), List.of());
        };
    double median = raw.percentileMs(50);
    double heardFrom = heardFromSeconds(in, median);
    int start = (int) Math.max(0, Math.round(heardFrom * RATE));
    int lag = Double.isNaN(median) ? 0 : (int) Math.round(median * RATE / 1000);
    int end = Math.min(sent.length, played.length - lag);
    LatencyEstimate latency = afterHeard(raw, heardFrom, end / (double) RATE - WINDOW_SECONDS);
    Optional<WindowedMeasuredMos> mos = Optional.empty();
    String absence = "";
    List<MeasuredBreak> breaks = List.of();
    double scored = Math.max(0, end - start) / (double) RATE;
    if (Double.isNaN(median)) {
      absence = "no latency could be measured: nothing played correlates with what was sent";
    } else if (end - start < RATE / 2) {
      absence = "less than 0.5 s of sent audio was played after it was first heard";
    } else {
      float[] sentPart = Arrays.copyOfRange(sent, start, end);
      float[] playedPart = Arrays.copyOfRange(played, start, played.length);
      breaks = BREAKS.detect(sentPart, playedPart, median, RATE);
      if (SourceTraits.scorable(in.source())) {
        mos = Optional.of(MeasuredMos.scoreWindows(sentPart, playedPart, median));
      } else {
        absence = "measured MOS needs speech, the stream carries " + in.source().describe();
      }
    }
    Optional<StageBreakdown> stages = Optional.empty();
    if (in.ssrc().isPresent() && in.played().frames() > 0) {
      long ssrc = in.ssrc().getAsLong();
      stages =
          in.packets()
              .uplink(ssrc)
              .flatMap(
                  up ->
                      in.packets()
                          .downlink(in.pair().listener(), ssrc)
                          .flatMap(
                              down ->
                                  StageCalculator.compute(
                                      up,
                                      down,
                                      in.sent(),
                                      in.played().firstFrameNanos(),
                                      in.played().lastFrameNanos(),
                                      latency.measurements().isEmpty()
                                          ? Double.NaN
                                          : mean(latency.latenciesMs()))));
    }
    return new PairMeasurement(
        in.pair(),
        in.sent().publisher(),
        in.source().describe(),
        in.firstAudibleNanos(),
        latency,
        mos,
        absence,
        breaks,
        scored,
        stages);
  }

  /** The played copy on the sent copy's axis (both start at the stream's first frame). */
  private static float[] alignedPlayed(Input in) {
    float[] played = in.played().samples16k();
    long shift = in.played().originNanos() - in.sent().track().originNanos();
    int samples = (int) Math.round(shift * RATE / 1e9);
    if (samples <= 0) {
      return played;
    }
    float[] out = new float[played.length + samples];
    System.arraycopy(played, 0, out, samples, played.length);
    return out;
  }

  /** Where, in sent-audio seconds, the listener first heard the stream; 0 if unknown. */
  private static double heardFromSeconds(Input in, double latencyMs) {
    if (in.firstAudibleNanos().isEmpty() || Double.isNaN(latencyMs)) {
      return 0;
    }
    long since = in.firstAudibleNanos().getAsLong() - in.sent().track().originNanos();
    return Math.max(0, since / 1e9 - latencyMs / 1000);
  }

  /**
   * Gaps before the pair first heard anything, where nothing was sent, or whose window reaches past
   * what was played, are not gaps.
   */
  private static LatencyEstimate afterHeard(
      LatencyEstimate raw, double heardFrom, double untilSeconds) {
    return new LatencyEstimate(
        raw.measurements(),
        raw.gaps().stream()
            .filter(g -> g.timeSeconds() >= heardFrom - 1e-9)
            .filter(g -> g.timeSeconds() <= untilSeconds)
            .filter(g -> g.reason() != LatencyEstimate.Reason.BEYOND_PLAYED)
            .filter(g -> g.reason() != LatencyEstimate.Reason.SILENT_SENT)
            .toList());
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
