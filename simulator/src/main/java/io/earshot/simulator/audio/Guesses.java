package io.earshot.simulator.audio;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * One codec's guesses worked out ahead on a worker, at most one at a time: each saves the codec's
 * state, then does the work; the caller keeps the result when it answers what was asked, and
 * otherwise puts the state back. A codec that cannot save is never guessed for again. Errors in a
 * guess are not reported: the caller, doing the work itself, meets them there.
 */
final class Guesses<T> {
  private final BooleanSupplier saveState;
  private final Runnable restoreState;
  private final Executor worker;
  private AheadJob<Outcome<T>> out;
  private boolean restorable = true;

  /** A guess's end: {@code saved} false when the state could not be saved. */
  private record Outcome<T>(boolean saved, T value) {}

  Guesses(BooleanSupplier saveState, Runnable restoreState, Executor worker) {
    this.saveState = saveState;
    this.restoreState = restoreState;
    this.worker = worker;
  }

  /** Whether a guess is out (not yet kept or undone). */
  boolean out() {
    return out != null;
  }

  /** Whether a new guess may start: none is out and the codec can save its state. */
  boolean canStart() {
    return out == null && restorable;
  }

  /** Starts a guess; the codec is the worker's until {@link #keepOrUndo} or {@link #finish}. */
  void start(Callable<T> work) {
    out = AheadJob.start(() -> run(work), worker);
  }

  /**
   * The guess's result if it succeeded and {@code answersTheCall} (asked only after the worker is
   * done, so it may read what the guess read); otherwise the state is put back and null returned.
   */
  T keepOrUndo(BooleanSupplier answersTheCall) {
    Outcome<T> done = out.join();
    out = null;
    if (!done.saved) {
      restorable = false;
      return null;
    }
    if (done.value != null && answersTheCall.getAsBoolean()) {
      return done.value;
    }
    restoreState.run();
    return null;
  }

  /** Waits for a guess that is out, leaving the codec as the guess left it (before a close). */
  void finish() {
    if (out != null) {
      out.join();
      out = null;
    }
  }

  private Outcome<T> run(Callable<T> work) {
    try {
      if (!saveState.getAsBoolean()) {
        return new Outcome<>(false, null);
      }
    } catch (RuntimeException e) {
      return new Outcome<>(false, null);
    }
    try {
      return new Outcome<>(true, work.call());
    } catch (Exception e) {
      return new Outcome<>(true, null); // undone by keepOrUndo
    }
  }
}
