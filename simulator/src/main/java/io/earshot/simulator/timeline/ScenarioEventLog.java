package io.earshot.simulator.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's own events (steps, network changes, server restarts) in the order they were noted,
 * and the intervals they span (outages, a loss that rises for a while) as bands for charts. Noted
 * from the test thread and from scheduler tasks; every method is synchronized.
 */
public final class ScenarioEventLog {
  /** The user of an event that concerns everyone (a step). */
  public static final String EVERY_USER = "";

  /** A band still open (an outage without an end yet) ends here. */
  public static final long OPEN = Long.MAX_VALUE;

  /**
   * An interval a chart shades: {@code label} over [{@code fromNanos}, {@code toNanos}) for {@code
   * user} (or every user); {@code toNanos} is {@link #OPEN} while it lasts.
   */
  public record Band(String user, String label, long fromNanos, long toNanos) {
    /** Whether the band concerns {@code name} (its own band, or one of every user). */
    public boolean concerns(String name) {
      return user.equals(EVERY_USER) || user.equals(name);
    }
  }

  private final List<ScenarioEvent> events = new ArrayList<>();
  private final List<Band> bands = new ArrayList<>();

  /** Appends an event. */
  public synchronized void add(ScenarioEvent event) {
    events.add(event);
  }

  /** Every event, in the order noted. */
  public synchronized List<ScenarioEvent> events() {
    return List.copyOf(events);
  }

  /** The events that show in {@code user}'s timeline, in the order noted. */
  public synchronized List<ScenarioEvent> eventsFor(String user) {
    return events.stream().filter(e -> e.concerns(user)).toList();
  }

  /** Opens a band; {@link #closeBand} ends the latest open band of that user and label. */
  public synchronized void openBand(String user, String label, long fromNanos) {
    bands.add(new Band(user, label, fromNanos, OPEN));
  }

  /** Ends the most recent open band of {@code user} and {@code label}; no-op if none is open. */
  public synchronized void closeBand(String user, String label, long toNanos) {
    for (int i = bands.size() - 1; i >= 0; i--) {
      Band b = bands.get(i);
      if (b.user().equals(user) && b.label().equals(label) && b.toNanos() == OPEN) {
        bands.set(i, new Band(user, label, b.fromNanos(), toNanos));
        return;
      }
    }
  }

  /** Every band, in the order opened. */
  public synchronized List<Band> bands() {
    return List.copyOf(bands);
  }

  /** Convenience for tests and producers without timelines: an event placed by time alone. */
  public void note(long atNanos, String user, String text) {
    add(new ScenarioEvent(atNanos, ScenarioEvent.Kind.NOTE, user, text, null));
  }
}
