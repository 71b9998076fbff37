package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage.Heartbeat;
import io.earshot.engine.internal.signaling.SignalingMessage.HeartbeatAck;
import io.earshot.engine.internal.signaling.SignalingMessage.Logout;
import io.earshot.engine.internal.signaling.SignalingMessage.LogoutResult;
import java.util.List;

/**
 * A logged-in session's own requests: heartbeats are answered (and told to the relay, whose players
 * see missed ones), a logout leaves the room.
 */
final class SessionRequests {
  private final RoomMembership membership;
  private final RelayControl relay;

  SessionRequests(RoomMembership membership, RelayControl relay) {
    this.membership = membership;
    this.relay = relay;
  }

  List<Route<?>> routes() {
    return List.of(
        Route.loggedIn(
            Heartbeat.class,
            (s, m) -> {
              relay.heartbeat(s.mediaToken);
              s.send(new HeartbeatAck(m.seq()));
            }),
        Route.loggedIn(
            Logout.class,
            (s, m) -> {
              membership.leave(s, 1);
              s.send(new LogoutResult(m.seq()));
            }));
  }
}
