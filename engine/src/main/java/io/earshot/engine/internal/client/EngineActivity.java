package io.earshot.engine.internal.client;

import io.earshot.engine.EngineState;

/**
 * {@code onEngineStateUpdate} (contract §3.4): {@code START} before the first media session's first
 * callback, {@code STOP} after the last one ends. Counts the sessions alive.
 */
final class EngineActivity {
  private final CallbackDispatcher callbacks;
  private int sessions;

  EngineActivity(CallbackDispatcher callbacks) {
    this.callbacks = callbacks;
  }

  /** A publish or play starts; the first one starts the engine. */
  void sessionStarted() {
    if (sessions++ == 0) {
      callbacks.post(h -> h.onEngineStateUpdate(EngineState.START));
    }
  }

  /** A publish or play ended (after its own callbacks); the last one stops the engine. */
  void sessionEnded() {
    if (--sessions == 0) {
      callbacks.post(h -> h.onEngineStateUpdate(EngineState.STOP));
    }
  }
}
