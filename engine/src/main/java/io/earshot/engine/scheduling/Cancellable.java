package io.earshot.engine.scheduling;

/** A scheduled task that can be cancelled; cancelling twice or after it ran is harmless. */
@FunctionalInterface
public interface Cancellable {
  void cancel();

  /** Nothing to cancel. */
  Cancellable NONE = () -> {};
}
