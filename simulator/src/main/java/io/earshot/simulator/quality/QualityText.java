package io.earshot.simulator.quality;

import io.earshot.simulator.measure.LatencyEstimate;
import io.earshot.simulator.measure.WindowedMeasuredMos;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A pair's measurements as text, for failure messages and the report. */
public final class QualityText {
  private QualityText() {}

  /**
   * A latency for a failure message: "66.4 ms", or "no latency estimate" for NaN (none accepted).
   */
  public static String ms(double latencyMs) {
    return Double.isNaN(latencyMs)
        ? "no latency estimate"
        : String.format(Locale.ROOT, "%.1f ms", latencyMs);
  }

  /** "5th", "50th", "95th", "99.9th", "1st", "2nd", "3rd", "21st". */
  public static String ordinal(double percentile) {
    String n =
        percentile == Math.rint(percentile)
            ? Long.toString((long) percentile)
            : String.format(Locale.ROOT, "%s", percentile);
    if (!n.matches("\\d+")) {
      return n + "th";
    }
    long v = Long.parseLong(n);
    String suffix =
        v % 100 >= 11 && v % 100 <= 13
            ? "th"
            : switch ((int) (v % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /** Several lines: MOS and windows, latency and gaps, breaks, diagnostics, stages. */
  public static String describe(PairMeasurement m) {
    StringBuilder out = new StringBuilder();
    out.append(
        f(
            "measured for %s (published by \"%s\", %s), heard from %s, %.1f s compared:\n",
            m.pair(),
            m.publisher(),
            m.source(),
            m.heardFromNanos().isPresent()
                ? f("%.3f s", m.heardFromNanos().getAsLong() / 1e9)
                : "never",
            m.scoredSeconds()));
    if (m.mos().isPresent()) {
      WindowedMeasuredMos mos = m.mos().get();
      out.append(f("  MOS %.2f over %d windows:", m.mosMean(), mos.windows().size()));
      mos.windows().forEach(w -> out.append(f(" %.2f@%.0fs", w.score().mos(), w.startSeconds())));
      out.append(
          f(
              "\n  level %+.1f dB, bandwidth %.0f Hz, concealment %.1f %%\n",
              m.levelDifferenceDb(), m.bandwidthHz(), 100 * m.concealmentRatio()));
    } else {
      out.append("  no MOS: ").append(m.mosAbsence()).append('\n');
    }
    LatencyEstimate l = m.latency();
    out.append(
        f(
            "  latency mean %.1f ms, 50th %.1f ms, 95th %.1f ms over %d estimates; %d gaps",
            m.latencyMeanMs(),
            m.latencyPercentileMs(50),
            m.latencyPercentileMs(95),
            l.measurements().size(),
            l.gaps().size()));
    Map<LatencyEstimate.Reason, Integer> reasons = new TreeMap<>();
    l.gaps().forEach(g -> reasons.merge(g.reason(), 1, Integer::sum));
    if (!reasons.isEmpty()) {
      out.append(' ').append(reasons);
    }
    out.append(f("\n  %d breaks", m.breaks().size()));
    m.breaks()
        .forEach(
            b -> out.append(f(" [%.2f s, %.2f s long]", b.startSeconds(), b.durationSeconds())));
    m.stages().ifPresent(s -> out.append('\n').append(stages(s)));
    return out.toString();
  }

  /** The per-stage breakdown in one line. */
  public static String stages(StageBreakdown s) {
    return f(
        "  stages (ms): capture+encoder %.1f, uplink %.1f, server %.1f, downlink %.1f, jitter"
            + " buffer %.1f, decoder+playout %.1f; RTP-timestamp latency %.1f ms over %d packets,"
            + " cross-check %s (%+.1f ms)",
        s.captureAndEncoderMs(),
        s.uplinkMs(),
        s.serverDwellMs(),
        s.downlinkMs(),
        s.jitterBufferMs(),
        s.decoderAndPlayoutMs(),
        s.rtpLatencyMs(),
        s.packets(),
        s.crossCheckAgrees() ? "agrees" : "DISAGREES",
        s.crossCheckDifferenceMs());
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
