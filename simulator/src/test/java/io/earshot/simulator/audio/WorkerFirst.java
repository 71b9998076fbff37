package io.earshot.simulator.audio;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A worker for the lookahead tests: runs each guess on its own thread and returns when it is done,
 * so that the worker, never the caller, does every guess and the tests can count them exactly. A
 * real pool races the caller for each guess; {@code LookaheadSimulationTest} covers that.
 */
final class WorkerFirst implements Executor, AutoCloseable {
  private final ExecutorService thread = Executors.newSingleThreadExecutor();

  @Override
  public void execute(Runnable guess) {
    try {
      thread.submit(guess).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
