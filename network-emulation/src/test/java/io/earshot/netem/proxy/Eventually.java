package io.earshot.netem.proxy;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Waits (with a timeout, never sleeping the test thread) until a condition observed on an event
 * loop holds: the loop checks it every millisecond and completes a future the test awaits.
 */
final class Eventually {

  private Eventually() {}

  static void await(EventLoop loop, Duration timeout, String what, BooleanSupplier condition)
      throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledFuture<?> check =
        loop.scheduleAtFixedRate(
            () -> {
              if (condition.getAsBoolean()) {
                done.complete(null);
              }
            },
            0,
            1,
            TimeUnit.MILLISECONDS);
    try {
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("timed out after " + timeout + " waiting for " + what, e);
    } finally {
      check.cancel(false);
    }
  }
}
