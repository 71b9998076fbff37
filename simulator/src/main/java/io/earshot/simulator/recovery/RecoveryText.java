package io.earshot.simulator.recovery;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The recovery section of a scenario's timeline file: each outage, then from its end the time to
 * each affected user's {@code RECONNECTED} and to the first audio each affected listener heard.
 * Deterministic in simulated time (scenario times only).
 */
public final class RecoveryText {
  /** The section's first line. */
  public static final String HEADER =
      "# recovery (from the end of each outage to RECONNECTED and to the first 100 ms of audio"
          + " heard)\n";

  private RecoveryText() {}

  /** The section, or "" when the scenario had no outage. */
  public static String render(List<Outage> outages, Function<Outage, Recovery> of) {
    if (outages.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(HEADER);
    for (Outage o : outages) {
      out.append(o.describe()).append('\n');
      if (o.ended()) {
        out.append(figures(of.apply(o)));
      }
    }
    return out.toString();
  }

  /** The figures of one outage, one line each, indented. */
  public static String figures(Recovery r) {
    StringBuilder out = new StringBuilder();
    long end = r.outage().endNanos();
    for (Recovery.Session s : r.sessions()) {
      out.append("  \"").append(s.user()).append("\" ");
      out.append(
          switch (s.status()) {
            case NO_RECONNECTING -> "did not go RECONNECTING";
            case RECONNECTED -> "RECONNECTED after " + seconds(s.atNanos() - end);
            case STILL_RECONNECTING -> "was still RECONNECTING";
            case ENDED ->
                "ended with "
                    + s.how()
                    + " "
                    + seconds(s.atNanos() - r.outage().startNanos())
                    + " after the outage started";
          });
      out.append('\n');
    }
    for (Recovery.Audio a : r.audio()) {
      out.append("  \"").append(a.listener()).append("\" ");
      if (!a.stopped()) {
        out.append("heard ").append(a.stream()).append(" throughout (its audio did not stop)");
      } else if (a.heardAtNanos().isPresent()) {
        out.append("heard ").append(a.stream()).append(" again after ");
        out.append(seconds(a.heardAtNanos().getAsLong() - end));
      } else {
        out.append("did not hear ").append(a.stream()).append(" again");
      }
      out.append('\n');
    }
    return out.toString();
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }
}
