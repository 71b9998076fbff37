package io.earshot.engine.internal.client;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.scheduling.Scheduler;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Runs the API's calls on the engine's thread from any thread (inline if already there), and
 * reports a non-zero result through {@code onDebugError} (contract §1.1).
 */
public final class EngineCalls {
  private final Scheduler scheduler;
  private final CallbackDispatcher callbacks;

  EngineCalls(Scheduler scheduler, CallbackDispatcher callbacks) {
    this.scheduler = scheduler;
    this.callbacks = callbacks;
  }

  /** Runs a read on the engine's thread and returns its value; reports nothing. */
  public <T> T query(Supplier<T> read) {
    if (scheduler.inEventLoop()) {
      return read.get();
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    scheduler.execute(
        () -> {
          try {
            result.complete(read.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result.join();
  }

  /** Runs {@code call} on the engine's thread and returns its result. */
  public int call(String funcName, IntSupplier call) {
    return query(() -> report(funcName, call.getAsInt()));
  }

  private int report(String funcName, int code) {
    if (code != 0 && code != ErrorCode.COMMON_ENGINE_NOT_CREATE) {
      callbacks.post(h -> h.onDebugError(code, funcName, ErrorCode.nameOf(code)));
    }
    return code;
  }
}
