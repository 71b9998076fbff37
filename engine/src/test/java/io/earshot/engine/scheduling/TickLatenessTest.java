package io.earshot.engine.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** A fixed-rate clock reports each tick's lateness against its due time, never its last firing. */
class TickLatenessTest {
  /** A scheduler whose time the test sets and whose timers fire when the test says. */
  private static final class ManualScheduler implements Scheduler {
    long now;
    final Queue<Runnable> timers = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      task.run();
    }

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public long epochMillis() {
      return now / 1_000_000;
    }

    @Override
    public Cancellable schedule(Runnable task, long delayNanos) {
      timers.add(task);
      return () -> timers.remove(task);
    }

    @Override
    public boolean inEventLoop() {
      return true;
    }

    /** Fires the pending timer at {@code atNanos}. */
    void fireAt(long atNanos) {
      now = atNanos;
      timers.poll().run();
    }
  }

  private static final long MS = 1_000_000L;

  @Test
  void lateTicksAreCountedAgainstTheirDueTimes() {
    ManualScheduler s = new ManualScheduler();
    TickLateness lateness = new TickLateness();
    int[] runs = {0};
    s.scheduleAtFixedRate(() -> runs[0]++, 0, 20 * MS, lateness);
    s.fireAt(0); // due 0: on time
    s.fireAt(25 * MS); // due 20: 5 ms late, within the 10 ms
    s.fireAt(71 * MS); // due 40: 31 ms late
    s.fireAt(72 * MS); // due 60: 12 ms late (catching up)
    s.fireAt(81 * MS); // due 80: 1 ms late
    assertEquals(5, runs[0]);
    assertEquals(5, lateness.ticks());
    assertEquals(2, lateness.late());
    assertEquals(31 * MS, lateness.worstNanos());
  }

  @Test
  void aVirtualClockIsNeverLate() {
    VirtualScheduler v = new VirtualScheduler(0);
    TickLateness lateness = new TickLateness();
    v.scheduleAtFixedRate(() -> {}, 0, 20 * MS, lateness);
    v.advance(1_000 * MS);
    assertEquals(51, lateness.ticks());
    assertEquals(0, lateness.late());
  }
}
