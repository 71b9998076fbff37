package io.earshot.simulator.timeline;

import java.util.Locale;
import java.util.Map;

/**
 * Something the scenario itself did, with its scenario time: a step starting, a network change, a
 * server restart. Timelines show these between the callbacks they caused.
 *
 * @param atNanos scenario time
 * @param kind what sort of event
 * @param user the user it concerns, or {@link ScenarioEventLog#EVERY_USER}
 * @param text one line, as a reader should see it ({@code network of "alice" goes down for 10 s})
 * @param callbacksBefore for each user that existed, how many callbacks its timeline held when this
 *     was noted (a user missing from it had none): places the event exactly between callbacks of
 *     the same instant; {@code null} for an event placed by its time alone
 */
public record ScenarioEvent(
    long atNanos, Kind kind, String user, String text, Map<String, Integer> callbacksBefore) {
  /** What sort of event. */
  public enum Kind {
    /** A step of the scenario started. */
    STEP,
    /** A user's network changed: outage, profile, impairment. */
    NETWORK,
    /** The server changed: unreachable, restarted. */
    SERVER,
    /** Anything else a producer wants on the timeline. */
    NOTE
  }

  public ScenarioEvent {
    callbacksBefore = callbacksBefore == null ? null : Map.copyOf(callbacksBefore);
    if (text.contains("\n")) {
      throw new IllegalArgumentException("a scenario event is one line, found: " + text);
    }
  }

  /** Whether the event was placed by counting callbacks (else by its time alone). */
  public boolean counted() {
    return callbacksBefore != null;
  }

  /** Whether the event shows in {@code name}'s timeline. */
  public boolean concerns(String name) {
    return user.equals(ScenarioEventLog.EVERY_USER) || user.equals(name);
  }

  /** One timeline line: the time as callbacks show it, then the text. */
  public String render() {
    return String.format(Locale.ROOT, "%9.3f s", atNanos / 1e9) + "  " + text;
  }
}
