package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage;
import java.util.function.BiConsumer;

/**
 * One row of the server's routing table: a client request type and the handler of its concern.
 * {@code needsLogin}: refused with 401 before the session has logged in.
 */
record Route<M extends SignalingMessage>(
    Class<M> type, boolean needsLogin, BiConsumer<ServerSession, M> handler) {

  static <M extends SignalingMessage> Route<M> loggedIn(
      Class<M> type, BiConsumer<ServerSession, M> handler) {
    return new Route<>(type, true, handler);
  }

  static <M extends SignalingMessage> Route<M> anyPhase(
      Class<M> type, BiConsumer<ServerSession, M> handler) {
    return new Route<>(type, false, handler);
  }

  void dispatch(ServerSession session, SignalingMessage message) {
    handler.accept(session, type.cast(message));
  }
}
