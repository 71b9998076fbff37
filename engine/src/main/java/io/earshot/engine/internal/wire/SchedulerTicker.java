package io.earshot.engine.internal.wire;

import io.earshot.engine.scheduling.Scheduler;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.TimeUnit;

/** Netty's view of time on an embedded channel: the engine's scheduler, virtual or real. */
final class SchedulerTicker implements Ticker {
  private final Scheduler scheduler;
  private final long initial;

  SchedulerTicker(Scheduler scheduler) {
    this.scheduler = scheduler;
    this.initial = scheduler.nanoTime();
  }

  @Override
  public long initialNanoTime() {
    return initial;
  }

  @Override
  public long nanoTime() {
    return scheduler.nanoTime();
  }

  @Override
  public void sleep(long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("an embedded channel never sleeps");
  }
}
