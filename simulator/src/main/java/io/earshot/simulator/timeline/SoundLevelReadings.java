package io.earshot.simulator.timeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * The sound-level callbacks of one user (contract §3.6), with their scenario times. Kept apart from
 * the timeline: they arrive every 100–3000 ms and would drown it. The most recent {@value #KEPT}
 * readings of each source are kept (over 16 minutes at the default 100 ms). Written on the engine's
 * thread, read by assertions on another; every method is synchronized.
 */
public final class SoundLevelReadings {
  /** Readings kept per source (the captured level, each played stream). */
  public static final int KEPT = 10_000;

  /** One reading: when it was reported and the level (0–100). */
  public record Reading(long atNanos, double level) {}

  private final Deque<Reading> captured = new ArrayDeque<>();
  private final Map<String, Deque<Reading>> remote = new HashMap<>();

  synchronized void captured(long atNanos, double level) {
    add(captured, new Reading(atNanos, level));
  }

  synchronized void remote(long atNanos, Map<String, Double> levels) {
    levels.forEach(
        (stream, level) ->
            add(
                remote.computeIfAbsent(stream, k -> new ArrayDeque<>()),
                new Reading(atNanos, level)));
  }

  /** The latest captured level, if the monitor ever reported one. */
  public synchronized Optional<Reading> latestCaptured() {
    return Optional.ofNullable(captured.peekLast());
  }

  /** The latest level of a played stream, if the monitor ever reported one. */
  public synchronized Optional<Reading> latestRemote(String streamId) {
    Deque<Reading> readings = remote.get(streamId);
    return readings == null ? Optional.empty() : Optional.ofNullable(readings.peekLast());
  }

  /**
   * Whether a captured level reported in [{@code fromNanos}, {@code toNanos}] satisfies {@code
   * test}.
   */
  public synchronized boolean anyCaptured(long fromNanos, long toNanos, DoublePredicate test) {
    return any(captured, fromNanos, toNanos, test);
  }

  /**
   * Whether a level of the stream reported in [{@code fromNanos}, {@code toNanos}] satisfies {@code
   * test}.
   */
  public synchronized boolean anyRemote(
      String streamId, long fromNanos, long toNanos, DoublePredicate test) {
    Deque<Reading> readings = remote.get(streamId);
    return readings != null && any(readings, fromNanos, toNanos, test);
  }

  private static boolean any(
      Deque<Reading> readings, long fromNanos, long toNanos, DoublePredicate test) {
    for (var it = readings.descendingIterator(); it.hasNext(); ) {
      Reading r = it.next();
      if (r.atNanos() < fromNanos) {
        return false;
      }
      if (r.atNanos() <= toNanos && test.test(r.level())) {
        return true;
      }
    }
    return false;
  }

  private static void add(Deque<Reading> readings, Reading r) {
    if (readings.size() == KEPT) {
      readings.removeFirst();
    }
    readings.addLast(r);
  }
}
