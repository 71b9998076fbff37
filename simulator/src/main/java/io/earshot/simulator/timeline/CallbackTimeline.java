package io.earshot.simulator.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every callback of one user, in delivery order. Appended on the engine's thread, read by
 * assertions on another; every access is synchronized, and appends notify waiters.
 */
public final class CallbackTimeline {
  private final String user;
  private final List<CallbackEvent> events = new ArrayList<>();
  private final Object changed;

  /**
   * @param changed the monitor notified on every append (shared by a simulation's timelines)
   */
  public CallbackTimeline(String user, Object changed) {
    this.user = user;
    this.changed = changed;
  }

  public String user() {
    return user;
  }

  void append(CallbackEvent event) {
    synchronized (this) {
      events.add(event);
    }
    synchronized (changed) {
      changed.notifyAll();
    }
  }

  /** How many callbacks the timeline holds. */
  public synchronized int size() {
    return events.size();
  }

  public synchronized List<CallbackEvent> events() {
    return List.copyOf(events);
  }

  /**
   * The first event at or after {@code fromNanos} (and at or before {@code toNanos}) that matches.
   */
  public synchronized Optional<CallbackEvent> find(
      Predicate<CallbackEvent> match, long fromNanos, long toNanos) {
    for (CallbackEvent e : events) {
      if (e.atNanos() >= fromNanos && e.atNanos() <= toNanos && match.test(e)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Like {@link #find}, but only among the events from index {@code cursor[0]} on, which it moves
   * past the events it looked at: an await that polls after every task looks at each event once.
   */
  public synchronized Optional<CallbackEvent> findNew(
      Predicate<CallbackEvent> match, long fromNanos, long toNanos, int[] cursor) {
    for (int i = cursor[0]; i < events.size(); i++) {
      CallbackEvent e = events.get(i);
      if (e.atNanos() >= fromNanos && e.atNanos() <= toNanos && match.test(e)) {
        cursor[0] = i;
        return Optional.of(e);
      }
    }
    cursor[0] = events.size();
    return Optional.empty();
  }

  /**
   * Whether the expected callbacks occur in this relative order (others may come between) among the
   * events up to {@code toNanos}; returns how many of them were found in order.
   */
  public synchronized int matchInOrder(List<Predicate<CallbackEvent>> expected, long toNanos) {
    int next = 0;
    for (CallbackEvent e : events) {
      if (next == expected.size() || e.atNanos() > toNanos) {
        break;
      }
      if (expected.get(next).test(e)) {
        next++;
      }
    }
    return next;
  }

  /** The whole timeline as text, one callback per line; what reports attach and QA diffs. */
  public synchronized String render() {
    StringBuilder out = new StringBuilder();
    out.append("# callbacks of ").append(user).append('\n');
    events.forEach(e -> out.append(e.render()).append('\n'));
    return out.toString();
  }
}
