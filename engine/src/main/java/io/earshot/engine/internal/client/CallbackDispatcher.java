package io.earshot.engine.internal.client;

import io.earshot.engine.EventHandler;
import io.earshot.engine.scheduling.Scheduler;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers callbacks one at a time, in order, on the engine's scheduler, always after the task that
 * caused them (so a handler may call the engine back without re-entering it). Nothing is delivered
 * once the engine is destroyed. A handler that throws is logged and does not stop later callbacks.
 */
final class CallbackDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(CallbackDispatcher.class);

  private final Scheduler scheduler;
  private volatile EventHandler handler;
  private volatile boolean closed;

  CallbackDispatcher(Scheduler scheduler, EventHandler handler) {
    this.scheduler = scheduler;
    this.handler = handler;
  }

  EventHandler handler() {
    return handler;
  }

  void setHandler(EventHandler handler) {
    this.handler = handler;
  }

  void post(Consumer<EventHandler> callback) {
    if (closed) {
      return;
    }
    scheduler.execute(
        () -> {
          EventHandler h = handler;
          if (closed || h == null) {
            return;
          }
          try {
            callback.accept(h);
          } catch (RuntimeException e) {
            LOG.warn("an event handler threw; later callbacks are still delivered", e);
          }
        });
  }

  /** No callback is delivered from now on, including those already queued. */
  void close() {
    closed = true;
  }
}
