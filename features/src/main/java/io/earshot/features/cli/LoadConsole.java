package io.earshot.features.cli;

import io.earshot.simulator.load.LoadSnapshot;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Live progress of a load run: on a terminal, one bar redrawn in place with elapsed and remaining
 * time, users, streams, the reported quality of the last interval and the harness's health;
 * elsewhere (CI logs, pipes), one plain line per snapshot.
 */
final class LoadConsole {
  private static final int BAR = 30;

  private final PrintStream out;
  private final boolean terminal;

  LoadConsole(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void show(LoadSnapshot s) {
    String line = line(s);
    if (terminal) {
      out.print("\r" + bar(s) + " " + line + "\u001b[K");
      if (s.elapsedNanos() >= s.totalNanos()) {
        out.println();
      }
    } else {
      out.println(line);
    }
    out.flush();
  }

  static String line(LoadSnapshot s) {
    double elapsed = s.elapsedNanos() / 1e9;
    double total = s.totalNanos() / 1e9;
    double wall = s.wallNanos() / 1e9;
    double speed = elapsed > 0 ? wall / elapsed : 0;
    return String.format(
        Locale.ROOT,
        "%5.1f/%.0f s  wall %.1f s  remaining ~%.0f s  users %d/%d  streams %d  reported MOS"
            + " p5 %s p50 %s  clocks %.3f%% on time%s",
        elapsed,
        total,
        wall,
        Math.max(0, (total - elapsed) * speed),
        s.joined(),
        s.users(),
        s.streamsPlaying(),
        mos(s.reportedMosP5()),
        mos(s.reportedMosP50()),
        s.health().onTimeRatio() * 100,
        s.health().overloaded() ? " (HARNESS OVERLOADED)" : "");
  }

  private static String bar(LoadSnapshot s) {
    int done = (int) Math.min(BAR, BAR * s.elapsedNanos() / Math.max(1, s.totalNanos()));
    return "[" + "#".repeat(done) + ".".repeat(BAR - done) + "]";
  }

  private static String mos(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }
}
