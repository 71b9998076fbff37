package io.earshot.simulator.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Fixed pools of daemon threads for the simulation's background work, which never outlives it. */
public final class DaemonPools {
  private DaemonPools() {}

  /**
   * A pool of one thread per core but one (at least one), the main thread having the other.
   *
   * @param name the threads' name, as profilers and thread dumps show it
   */
  public static ExecutorService besideTheMainThread(String name) {
    return Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }
}
