package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.MessageType.Sender;
import io.earshot.engine.internal.signaling.MessageTypes;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each client request to the handler of its concern, by its type, from one table. A server
 * message sent by a client, or a request that needs a login before the session has one, is refused
 * with a protocol error and counted.
 */
final class RequestRouter implements RequestHandler {
  private final Map<Class<?>, Route<?>> routes = new HashMap<>();
  private final ServerCounters counters;

  RequestRouter(ServerCounters counters, List<List<Route<?>>> routeGroups) {
    this.counters = counters;
    for (List<Route<?>> group : routeGroups) {
      for (Route<?> route : group) {
        if (MessageTypes.of(route.type()).sender() != Sender.CLIENT) {
          throw new IllegalArgumentException(route.type().getSimpleName() + " is not a request");
        }
        if (routes.put(route.type(), route) != null) {
          throw new IllegalArgumentException("two routes for " + route.type().getSimpleName());
        }
      }
    }
  }

  @Override
  public void handle(ServerSession session, SignalingMessage message) {
    Route<?> route = routes.get(message.getClass());
    if (route == null) {
      counters.increment("messages.unexpected");
      session.send(
          new Error(
              message.seq(), ProtocolCodes.BAD_MESSAGE, message.type() + " is a server message"));
    } else if (route.needsLogin() && session.phase != ServerSession.Phase.LOGGED_IN) {
      counters.increment("messages.before_login");
      session.send(
          new Error(message.seq(), ProtocolCodes.NOT_LOGGED_IN, message.type() + " before login"));
    } else {
      route.dispatch(session, message);
    }
  }
}
