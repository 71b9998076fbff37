package io.earshot.simulator.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Fixed pools of daemon threads for the simulation's background work, which never outlives it. */
public final class DaemonPools {
  private DaemonPools() {}

  /**
   * A pool of one thread per core but one (at least one), the main thread having the other.
   *
   * @param name the threads' name, as profilers and thread dumps show it
   */
  public static ExecutorService besideTheMainThread(String name) {
    return Executors.newFixedThreadPool(threadsBesideMain(), daemons(name));
  }

  /**
   * Like {@link #besideTheMainThread}, but its threads take the newest task first: for work done
   * ahead that the main thread takes over when it needs it before a worker began it (oldest first).
   * Were the workers to take the oldest too, a main thread that has caught up with them would need
   * exactly the task they are on, and wait for each in turn.
   */
  public static ExecutorService newestFirstBesideTheMainThread(String name) {
    int threads = threadsBesideMain();
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingDeque<>() {
          @Override
          public boolean offer(Runnable task) {
            return offerFirst(task);
          }
        },
        daemons(name));
  }

  private static int threadsBesideMain() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  private static java.util.concurrent.ThreadFactory daemons(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
