package io.earshot.engine.abuse;

import io.earshot.engine.Stream;
import io.earshot.engine.UpdateType;
import io.earshot.engine.events.EngineEvent;
import io.earshot.engine.events.EngineEvent.RoomStreamUpdate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An engine's callbacks as lines (bounded, since an attack may cause thousands), plus the set of
 * stream IDs announced by ADD and not yet deleted. Thread-safe; awaits with a deadline.
 */
final class Recorder implements Consumer<EngineEvent> {
  private static final int MAX_LINES = 2_000;

  private final List<String> lines = new ArrayList<>();
  private final Set<String> streams = new HashSet<>();
  private long streamAddCallbacks;

  @Override
  public synchronized void accept(EngineEvent event) {
    if (event instanceof RoomStreamUpdate u) {
      for (Stream s : u.streams()) {
        if (u.type() == UpdateType.ADD) {
          streams.add(s.streamID());
        } else {
          streams.remove(s.streamID());
        }
      }
      if (u.type() == UpdateType.ADD) {
        streamAddCallbacks++;
      }
    }
    if (lines.size() < MAX_LINES) {
      lines.add(event.summary());
    }
    notifyAll();
  }

  synchronized Set<String> streams() {
    return Set.copyOf(streams);
  }

  synchronized long streamAddCallbacks() {
    return streamAddCallbacks;
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Waits for a callback line starting with {@code prefix}; fails after the timeout. */
  synchronized String await(String prefix, long timeout, TimeUnit unit)
      throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (true) {
      for (String line : lines) {
        if (line.startsWith(prefix)) {
          return line;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "no callback '" + prefix + "' within " + timeout + " " + unit + "; got " + lines);
      }
      wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    }
  }

  /** Waits until at least {@code n} streams are announced; returns how many are. */
  synchronized int awaitStreams(int n, long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (streams.size() < n) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    }
    return streams.size();
  }
}
