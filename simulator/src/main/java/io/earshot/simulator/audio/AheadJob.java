package io.earshot.simulator.audio;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work done ahead on a worker, or by the caller itself if the worker has not begun it by the time
 * the caller needs it: the simulation's main thread never waits for a queue, and when the workers
 * fall behind both cores still work. Whoever claims the job first runs it, exactly once.
 */
final class AheadJob<T> {
  private final Supplier<T> work;
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CompletableFuture<T> done = new CompletableFuture<>();

  private AheadJob(Supplier<T> work) {
    this.work = work;
  }

  /** Starts {@code work} on {@code worker}. */
  static <T> AheadJob<T> start(Supplier<T> work, Executor worker) {
    AheadJob<T> job = new AheadJob<>(work);
    worker.execute(job::runIfUnclaimed);
    return job;
  }

  /** The result: run here if no worker has begun it, otherwise awaited. */
  T join() {
    if (claimed.compareAndSet(false, true)) {
      return work.get();
    }
    return done.join();
  }

  private void runIfUnclaimed() {
    if (!claimed.compareAndSet(false, true)) {
      return;
    }
    try {
      done.complete(work.get());
    } catch (RuntimeException | Error e) {
      done.completeExceptionally(e);
    }
  }
}
