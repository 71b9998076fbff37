package io.earshot.simulator.quality;

import io.earshot.engine.PlayStreamQuality;
import java.util.List;
import java.util.Locale;

/**
 * What each listener's engine reported about each stream it played, as a text table per listener
 * and stream (one row per {@code onPlayerQualityUpdate}), for the report: level, MOS, loss on its
 * leg and end to end, round trip, delays, receive rate and breaks.
 */
public final class ReportedQualityTable {
  private static final String HEADER =
      String.format(
          Locale.ROOT,
          "%9s  %-9s %5s %7s %8s %6s %8s %7s %6s %7s %6s%n",
          "time",
          "level",
          "MOS",
          "loss",
          "p2pLoss",
          "rtt",
          "p2pDelay",
          "delay",
          "kbps",
          "recvFPS",
          "breaks");

  private ReportedQualityTable() {}

  /** A (listener, stream) pair to show. */
  public record Pair(String listener, String streamId) {}

  /** The tables of {@code pairs} that have samples, one after another; "" when none has. */
  public static String render(ReportedQuality reported, List<Pair> pairs) {
    StringBuilder out = new StringBuilder();
    for (Pair p : pairs) {
      List<ReportedQuality.Sample> samples = reported.samples(p.listener(), p.streamId());
      if (samples.isEmpty()) {
        continue;
      }
      out.append(String.format("\"%s\" playing \"%s\"%n", p.listener(), p.streamId()));
      out.append(HEADER);
      samples.forEach(s -> out.append(row(s)));
      out.append('\n');
    }
    return out.toString();
  }

  private static String row(ReportedQuality.Sample s) {
    PlayStreamQuality q = s.quality();
    return String.format(
        Locale.ROOT,
        "%7.3f s  %-9s %5s %6.2f%% %7.2f%% %3d ms %5d ms %4d ms %6.1f %7.1f %6d%n",
        s.atNanos() / 1e9,
        q.level(),
        q.mos() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", q.mos()),
        100 * q.packetLostRate(),
        100 * q.peerToPeerPacketLostRate(),
        q.rtt(),
        q.peerToPeerDelay(),
        q.delay(),
        q.audioKBPS(),
        q.audioRecvFPS(),
        q.audioCumulativeBreakCount());
  }
}
