package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AheadJobTest {
  @Test
  void theCallerRunsAJobNoWorkerBegan() {
    List<Runnable> queued = new ArrayList<>();
    AtomicInteger runs = new AtomicInteger();
    AheadJob<Thread> job =
        AheadJob.start(
            () -> {
              runs.incrementAndGet();
              return Thread.currentThread();
            },
            queued::add);
    assertSame(Thread.currentThread(), job.join(), "run by the caller");
    queued.forEach(Runnable::run); // the worker comes to it late: nothing more happens
    assertEquals(1, runs.get(), "run exactly once");
  }

  @Test
  void aJobAWorkerRanIsItsResult() {
    AtomicInteger runs = new AtomicInteger();
    AheadJob<Integer> job = AheadJob.start(runs::incrementAndGet, Runnable::run);
    assertEquals(1, job.join());
    assertEquals(1, runs.get(), "run exactly once");
  }
}
