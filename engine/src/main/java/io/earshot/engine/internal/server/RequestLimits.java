package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.ServerLimits;
import java.util.function.Supplier;

/**
 * The stage in front of the router that bounds how fast one connection, and one address, may ask:
 * requests of any kind per connection, and login attempts per connection and per address. A request
 * over a budget is refused with protocol error 429 and counted; a connection that keeps flooding
 * (more than ten times its budget refused within about a second) is closed.
 */
final class RequestLimits implements RequestHandler {
  static final int TOO_MANY = 429;

  private final RequestHandler next;
  private final Supplier<ServerConfig> config;
  private final Scheduler scheduler;
  private final ServerCounters counters;
  private final AddressBudgets logins = new AddressBudgets();

  RequestLimits(
      RequestHandler next,
      Supplier<ServerConfig> config,
      Scheduler scheduler,
      ServerCounters counters) {
    this.next = next;
    this.config = config;
    this.scheduler = scheduler;
    this.counters = counters;
  }

  @Override
  public void handle(ServerSession session, SignalingMessage message) {
    ServerLimits limits = config.get().limits();
    long now = scheduler.nanoTime();
    if (!session.requests.tryTake(now, limits.requestsPerConnectionPerSecond())) {
      refuse(session, message, "requests", limits.requestsPerConnectionPerSecond(), "connection");
      // Counted over time, not in a row: one request let through per refill must not forgive
      // the hundreds refused around it. The connection closes once; what it had already sent is
      // still refused, unanswered.
      if (session.connectionOpen
          && !session.refusals.tryTake(now, 10 * limits.requestsPerConnectionPerSecond())) {
        counters.increment("connections.closed_flooding");
        session.connectionOpen = false;
        session.peer.close();
      }
      return;
    }
    if (message instanceof Login) {
      if (!session.logins.tryTake(now, limits.loginsPerConnectionPerSecond())) {
        refuse(
            session,
            message,
            "login attempts",
            limits.loginsPerConnectionPerSecond(),
            "connection");
        return;
      }
      if (!logins.tryTake(session.peer.remoteIp(), now, limits.loginsPerAddressPerSecond())) {
        refuse(session, message, "login attempts", limits.loginsPerAddressPerSecond(), "address");
        return;
      }
    }
    next.handle(session, message);
  }

  private void refuse(
      ServerSession session, SignalingMessage m, String what, int limit, String per) {
    counters.increment("limits.refused." + what.replace(' ', '_') + "_per_" + per);
    session.send(
        new Error(
            m.seq(),
            TOO_MANY,
            "too many " + what + ": at most " + limit + " per second per " + per));
  }
}
