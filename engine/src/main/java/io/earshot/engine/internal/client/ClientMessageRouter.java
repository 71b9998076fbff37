package io.earshot.engine.internal.client;

import io.earshot.engine.internal.signaling.SignalingMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Sends each message from the server to the part of the engine it concerns, by type, from one table
 * that the parts fill when the engine is assembled. Before login only the login's own messages are
 * accepted; anything else then is counted as malformed.
 */
final class ClientMessageRouter {
  private record Handler(boolean beforeLogin, Consumer<SignalingMessage> body) {}

  private final Map<Class<?>, Handler> handlers = new HashMap<>();
  private final ClientCounters counters;
  private BooleanSupplier loggedIn = () -> false;

  ClientMessageRouter(ClientCounters counters) {
    this.counters = counters;
  }

  /** Whether the session is logged in, asked for each message. */
  void loggedInWhen(BooleanSupplier loggedIn) {
    this.loggedIn = loggedIn;
  }

  /** Handles {@code type} once logged in. */
  <M extends SignalingMessage> void on(Class<M> type, Consumer<M> handler) {
    register(type, false, handler);
  }

  /** Handles {@code type} at any time (the login's own answers). */
  <M extends SignalingMessage> void onAnyPhase(Class<M> type, Consumer<M> handler) {
    register(type, true, handler);
  }

  private <M extends SignalingMessage> void register(
      Class<M> type, boolean beforeLogin, Consumer<M> handler) {
    if (handlers.put(type, new Handler(beforeLogin, m -> handler.accept(type.cast(m)))) != null) {
      throw new IllegalStateException("two handlers for " + type.getSimpleName());
    }
  }

  /** Messages with no handler (answers nobody waits for) are ignored. */
  void dispatch(SignalingMessage message) {
    Handler handler = handlers.get(message.getClass());
    if (handler != null && !handler.beforeLogin() && !loggedIn.getAsBoolean()) {
      counters.malformedMessages++;
    } else if (handler != null) {
      handler.body().accept(message);
    }
  }
}
