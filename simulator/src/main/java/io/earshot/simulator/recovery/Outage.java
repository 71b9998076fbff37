package io.earshot.simulator.recovery;

import io.earshot.netem.LinkFault;
import java.util.Locale;

/**
 * One outage of a scenario: what failed, whose (null: the server, which every user needs), and when
 * it started and ended in scenario time ({@link #OPEN} while it goes on; a reset or a restart ends
 * when it starts).
 *
 * @param kind what failed
 * @param user the user whose link failed, or null for the server
 * @param startNanos when it started
 * @param endNanos when it ended, or {@link #OPEN}
 * @param plannedEndNanos when it is due to end by itself ("goes down for N"), or {@link #OPEN}
 */
public record Outage(Kind kind, String user, long startNanos, long endNanos, long plannedEndNanos) {

  /** The end of an outage that goes on. */
  public static final long OPEN = Long.MAX_VALUE;

  /** What failed. */
  public enum Kind {
    NETWORK("the network of %s went down"),
    SIGNALING_STALL("the signaling of %s stalled"),
    MEDIA("the media of %s went down"),
    SIGNALING_RESET("the signaling connection of %s was reset"),
    SERVER_DOWN("the server went down"),
    SERVER_RESTART("the server restarted");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** The kind of a user link's manual fault. */
    public static Kind of(LinkFault fault) {
      return switch (fault) {
        case OUTAGE -> NETWORK;
        case SIGNALING_STALL -> SIGNALING_STALL;
        case MEDIA_OUTAGE -> MEDIA;
        case SIGNALING_RESET -> SIGNALING_RESET;
      };
    }
  }

  /** Whether the outage hit {@code name}: its own link's, or the server's. */
  public boolean affects(String name) {
    return user == null || user.equals(name);
  }

  public boolean ended() {
    return endNanos != OPEN;
  }

  /** The same outage, ended at {@code nanos}. */
  Outage endedAt(long nanos) {
    return new Outage(kind, user, startNanos, nanos, plannedEndNanos);
  }

  /** The same outage, due to end at {@code nanos}. */
  Outage plannedToEndAt(long nanos) {
    return new Outage(kind, user, startNanos, endNanos, nanos);
  }

  /** "the network of "alice" went down, 5.000 s to 15.000 s (10.000 s)". */
  public String describe() {
    String what = String.format(Locale.ROOT, kind.text, "\"" + user + "\"");
    if (startNanos == endNanos) {
      return what + String.format(Locale.ROOT, " at %.3f s", startNanos / 1e9);
    }
    if (!ended()) {
      return what + String.format(Locale.ROOT, " at %.3f s and is still down", startNanos / 1e9);
    }
    return what
        + String.format(
            Locale.ROOT,
            ", %.3f s to %.3f s (%.3f s)",
            startNanos / 1e9,
            endNanos / 1e9,
            (endNanos - startNanos) / 1e9);
  }
}
