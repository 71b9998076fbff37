package io.earshot.simulator.timeline;

import java.util.List;

/**
 * One user's timeline as text with the scenario's own events between its callbacks, so a cause
 * stands right above its effect:
 *
 * <pre>
 *     5.000 s  When the network of "alice" goes down for 10 seconds
 *     5.000 s  network of "alice" goes down for 10 s
 *     5.412 s  onRoomStateChanged RECONNECTING 1002051
 * </pre>
 *
 * An event goes after exactly the callbacks the user had received when it was noted (none if the
 * user did not exist yet); an event placed by time alone goes before the first later callback.
 */
public final class InterleavedTimeline {
  private InterleavedTimeline() {}

  /**
   * @param user whose timeline
   * @param callbacks the user's callbacks in delivery order
   * @param events the events that concern the user, in the order noted
   * @param untilNanos events later than this (an outage's end after the scenario ended) are left
   *     out
   */
  public static String render(
      String user, List<CallbackEvent> callbacks, List<ScenarioEvent> events, long untilNanos) {
    StringBuilder out = new StringBuilder();
    out.append("# timeline of ").append(user).append(" (callbacks and scenario events)\n");
    int next = 0;
    for (ScenarioEvent e : events) {
      if (e.atNanos() > untilNanos) {
        continue;
      }
      int before = placeOf(user, e, callbacks);
      while (next < before && next < callbacks.size()) {
        out.append(callbacks.get(next++).render()).append('\n');
      }
      out.append(e.render()).append('\n');
    }
    while (next < callbacks.size()) {
      out.append(callbacks.get(next++).render()).append('\n');
    }
    return out.toString();
  }

  /** How many of the user's callbacks come before the event. */
  private static int placeOf(String user, ScenarioEvent e, List<CallbackEvent> callbacks) {
    if (e.counted()) {
      return e.callbacksBefore().getOrDefault(user, 0);
    }
    int i = 0;
    while (i < callbacks.size() && callbacks.get(i).atNanos() <= e.atNanos()) {
      i++;
    }
    return i;
  }
}
