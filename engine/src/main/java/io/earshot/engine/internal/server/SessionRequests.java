package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage.Heartbeat;
import io.earshot.engine.internal.signaling.SignalingMessage.HeartbeatAck;
import io.earshot.engine.internal.signaling.SignalingMessage.Logout;
import io.earshot.engine.internal.signaling.SignalingMessage.LogoutResult;
import java.util.List;

/** A logged-in session's own requests: heartbeats are answered, a logout leaves the room. */
final class SessionRequests {
  private final RoomMembership membership;

  SessionRequests(RoomMembership membership) {
    this.membership = membership;
  }

  List<Route<?>> routes() {
    return List.of(
        Route.loggedIn(Heartbeat.class, (s, m) -> s.send(new HeartbeatAck(m.seq()))),
        Route.loggedIn(
            Logout.class,
            (s, m) -> {
              membership.leave(s, 1);
              s.send(new LogoutResult(m.seq()));
            }));
  }
}
