package io.earshot.engine.scheduling;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real-time scheduler: a Netty {@link EventLoop} and the system clocks. This is the only class
 * of the engine and the server that may read the wall clock; simulated time replaces it as a whole.
 */
public final class RealTimeScheduler implements Scheduler {
  private final EventLoop loop;

  public RealTimeScheduler(EventLoop loop) {
    this.loop = loop;
  }

  /** The event loop tasks run on. */
  public EventLoop eventLoop() {
    return loop;
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public long epochMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public Cancellable schedule(Runnable task, long delayNanos) {
    if (delayNanos <= 0) {
      loop.execute(task);
      return Cancellable.NONE;
    }
    ScheduledFuture<?> future = loop.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public boolean inEventLoop() {
    return loop.inEventLoop();
  }

  @Override
  public void execute(Runnable task) {
    loop.execute(task);
  }
}
