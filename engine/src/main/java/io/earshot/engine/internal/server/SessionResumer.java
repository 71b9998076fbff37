package io.earshot.engine.internal.server;

import io.earshot.engine.internal.server.LoginAuthenticator.LoginCheck;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.WireStream;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import io.earshot.engine.scheduling.Scheduler;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A session resumed after a break (contract §7): a verified login on a new connection that names
 * the session's media token takes the session over. Room, streams and plays carry on; the others
 * see nothing; the old connection is closed and its late events are ignored. The answer carries the
 * room as it is now, so the client can reconcile what it missed.
 */
final class SessionResumer {
  private final Scheduler scheduler;
  private final ServerCounters counters;
  private final StreamDirectory streams;
  private final TokenTimers tokenTimers;

  SessionResumer(
      Scheduler scheduler,
      ServerCounters counters,
      StreamDirectory streams,
      TokenTimers tokenTimers) {
    this.scheduler = scheduler;
    this.counters = counters;
    this.streams = streams;
    this.tokenTimers = tokenTimers;
  }

  /** {@code fresh} is the new connection's session, {@code session} the one it resumes. */
  void resume(ServerSession session, ServerSession fresh, Login m, LoginCheck check) {
    var oldPeer = session.peer;
    session.peer = fresh.peer;
    session.connectionOpen = true;
    session.lastHeardNanos = scheduler.nanoTime();
    session.userStatusNotify = m.userStatusNotify();
    fresh.phase = ServerSession.Phase.GONE;
    fresh.successor = session;
    if (oldPeer != session.peer) {
      oldPeer.close();
    }
    // The token (or proof) was verified again; a renewed token replaces the old one.
    if (check.privileges() != null) {
      session.tokenPrivileges = check.privileges();
      session.tokenExpireEpochSeconds = check.expireEpochSeconds();
      tokenTimers.arm(session);
    }
    counters.increment("sessions.resumed");
    List<WireUser> others = new ArrayList<>();
    session
        .room
        .members
        .values()
        .forEach(
            s -> {
              if (s != session) {
                others.add(s.user);
              }
            });
    List<WireStream> existing = streams.streamsIn(session.room, session);
    session.send(
        new LoginResult(
            m.seq(),
            0,
            session.room.roomSessionId,
            session.mediaToken,
            HexFormat.of().formatHex(session.mediaSecret),
            true,
            others,
            existing));
  }
}
