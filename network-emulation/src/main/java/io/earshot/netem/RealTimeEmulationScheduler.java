package io.earshot.netem;

import io.netty.channel.EventLoop;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wall-clock scheduler on one Netty {@link EventLoop}: the real-time adapter, and the only class of
 * the emulator that reads the system clock.
 *
 * <p>Time is {@link System#nanoTime()}. Tasks go to {@link EventLoop#schedule} with delay {@code
 * max(0, at - now)}; Netty's scheduling is thread-safe, so calls from other threads (a scenario
 * step) are fine and the task still runs on the loop. The NIO selector wakes up with roughly
 * millisecond granularity, so real deliveries can be late by up to about a millisecond; links
 * report how late they were rather than assuming precision (spec 3.13). Netty computes each
 * deadline from its own clock reading, so two tasks due at (nearly) the same instant may run in
 * either order; links do not depend on that order.
 */
public final class RealTimeEmulationScheduler implements EmulationScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(RealTimeEmulationScheduler.class);

  private final EventLoop eventLoop;

  /** A scheduler whose tasks all run on {@code eventLoop}. */
  public RealTimeEmulationScheduler(EventLoop eventLoop) {
    this.eventLoop = Objects.requireNonNull(eventLoop, "eventLoop");
  }

  /** The loop every task of this scheduler runs on; proxies register their channels on it. */
  public EventLoop eventLoop() {
    return eventLoop;
  }

  @Override
  public long nowNanos() {
    return System.nanoTime();
  }

  @Override
  public void schedule(long atNanos, Runnable task) {
    Objects.requireNonNull(task, "task");
    long delay = Math.max(0L, atNanos - System.nanoTime());
    try {
      eventLoop.schedule(task, delay, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // A loop that is shutting down takes no more work; the items in flight are lost with it.
      if (!eventLoop.isShuttingDown()) {
        throw e;
      }
      LOG.debug("dropped a task scheduled on a loop that is shutting down");
    }
  }
}
