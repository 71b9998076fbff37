package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage.Hello;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every connection's session and its liveness: a new connection is greeted with a nonce; a
 * connection that is not logged in and sends nothing for the pre-login timeout is closed; a
 * logged-in session that sends nothing for the session timeout is removed (contract §7), with
 * stream DELETE code 2 if its connection is still open and 5 if it closed and was not resumed.
 */
final class SessionRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);
  private static final long SWEEP_NANOS = 1_000_000_000L;

  /** The login nonce: 128 bits from the server's source of secrets, never repeated. */
  private static final int NONCE_BYTES = 16;

  private final List<ServerSession> sessions = new ArrayList<>();
  private final Scheduler scheduler;
  private final RandomBytes secrets;
  private final Supplier<ServerConfig> config;
  private final ServerCounters counters;
  private final RoomMembership membership;
  private final Cancellable sweeper;
  private long nextSessionId = 1;

  SessionRegistry(
      Scheduler scheduler,
      RandomBytes secrets,
      Supplier<ServerConfig> config,
      ServerCounters counters,
      RoomMembership membership) {
    this.scheduler = scheduler;
    this.secrets = secrets;
    this.config = config;
    this.counters = counters;
    this.membership = membership;
    this.sweeper = scheduler.scheduleAtFixedRate(this::sweep, SWEEP_NANOS, SWEEP_NANOS);
  }

  /** A new connection's session, greeted with the nonce its AppSign proof must cover. */
  ServerSession open(SignalingPeer peer) {
    byte[] nonceBytes = new byte[NONCE_BYTES];
    secrets.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    ServerSession session = new ServerSession(nextSessionId++, peer, nonce, scheduler.nanoTime());
    sessions.add(session);
    counters.increment("connections.opened");
    session.send(new Hello(nonce));
    return session;
  }

  /**
   * A connection closed; a logged-in session survives until the session timeout. The close of a
   * connection the session has left (it resumed on another) changes nothing.
   */
  void closed(ServerSession session, SignalingPeer peer) {
    if (session.peer != peer) {
      return;
    }
    session.connectionOpen = false;
    counters.increment("connections.closed");
    if (session.phase != ServerSession.Phase.LOGGED_IN) {
      session.phase = ServerSession.Phase.GONE;
      sessions.remove(session);
    }
  }

  void stop() {
    sweeper.cancel();
  }

  private void sweep() {
    long now = scheduler.nanoTime();
    long deadline = now - config.get().sessionTimeout().toNanos();
    long idleDeadline = now - config.get().limits().preLoginTimeout().toNanos();
    for (ServerSession s : List.copyOf(sessions)) {
      if (s.phase == ServerSession.Phase.GONE) {
        sessions.remove(s);
      } else if (s.phase == ServerSession.Phase.CONNECTED && s.lastHeardNanos < idleDeadline) {
        // Connections that never log in (or stay after a logout) must not pile up.
        counters.increment("sessions.idle_closed");
        s.phase = ServerSession.Phase.GONE;
        sessions.remove(s);
        s.peer.close();
      } else if (s.phase == ServerSession.Phase.LOGGED_IN && s.lastHeardNanos < deadline) {
        LOG.debug("{} timed out", s);
        counters.increment("sessions.timed_out");
        membership.end(s, s.connectionOpen ? 2 : 5, true);
        sessions.remove(s);
      }
    }
  }
}
