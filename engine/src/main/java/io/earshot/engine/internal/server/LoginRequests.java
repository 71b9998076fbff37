package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.server.LoginAuthenticator.LoginCheck;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.UserUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.WireStream;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code login}: checks it, refuses a full room before kicking anyone, replaces an older session of
 * the same user ID (contract §3.1), creates the room on first login and answers with the room's
 * view.
 */
final class LoginRequests {
  private final Supplier<ServerConfig> config;
  private final SeededRandom random;
  private final ServerCounters counters;
  private final LoginAuthenticator authenticator;
  private final RoomMembership membership;
  private final StreamDirectory streams;
  private final RelayControl relay;
  private final RandomBytes secrets;
  private final TokenTimers tokenTimers;
  private final Scheduler scheduler;
  private final AddressBudgets rooms = new AddressBudgets();
  private final SessionResumer resumer;

  LoginRequests(
      Supplier<ServerConfig> config,
      SeededRandom random,
      ServerCounters counters,
      LoginAuthenticator authenticator,
      RoomMembership membership,
      StreamDirectory streams,
      RelayControl relay,
      RandomBytes secrets,
      TokenTimers tokenTimers,
      Scheduler scheduler) {
    this.config = config;
    this.random = random;
    this.counters = counters;
    this.authenticator = authenticator;
    this.membership = membership;
    this.streams = streams;
    this.relay = relay;
    this.secrets = secrets;
    this.tokenTimers = tokenTimers;
    this.scheduler = scheduler;
    this.resumer = new SessionResumer(scheduler, counters, streams, tokenTimers);
  }

  List<Route<?>> routes() {
    return List.of(Route.anyPhase(Login.class, this::login));
  }

  private void login(ServerSession session, Login m) {
    if (session.phase != ServerSession.Phase.CONNECTED) {
      session.send(
          new Error(m.seq(), ProtocolCodes.WRONG_PHASE, "already logged in on this connection"));
      return;
    }
    LoginCheck check = authenticator.check(session, m);
    if (check.code() != 0) {
      refuse(session, m, check.code());
      return;
    }
    ServerSession previous = membership.sessionOf(m.appId(), m.user().id());
    Room room = membership.room(m.appId(), m.roomId());
    if (m.resumeToken() != 0) {
      if (previous != null && previous.mediaToken == m.resumeToken() && previous.room == room) {
        resumer.resume(previous, session, m, check);
        return;
      }
      if (membership.wasReplaced(m.resumeToken(), m.appId() + "/" + m.user().id())) {
        refuse(session, m, ErrorCode.ROOM_ROOM_LOGIN_OTHER);
        return;
      }
      // The session is gone (timed out, or the server restarted): a fresh login.
    }
    boolean replacesInSameRoom = previous != null && previous.room == room;
    // Refuse a full room before kicking anyone: a refused login must not end a working session.
    if (room != null && room.isFull() && !replacesInSameRoom) {
      refuse(session, m, ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER);
      return;
    }
    if (room == null && !roomBudget(session)) {
      return;
    }
    if (previous != null) {
      membership.kick(previous, ErrorCode.ROOM_KICKED_OUT, 3, !replacesInSameRoom);
    }
    if (room == null) {
      AppConfig app = config.get().app(m.appId());
      int limit = smallestLimit(app.maxUsersPerRoom(), m.maxMemberCount());
      room = new Room(m.appId(), m.roomId(), HexFormat.of().toHexDigits(random.nextLong()), limit);
      membership.addRoom(room);
    }
    session.tokenPrivileges = check.privileges();
    session.tokenExpireEpochSeconds = check.expireEpochSeconds();
    join(session, m, room, replacesInSameRoom);
    tokenTimers.arm(session);
  }

  /** Rooms created per address per second are bounded; over it the login is refused with 429. */
  private boolean roomBudget(ServerSession session) {
    int limit = config.get().limits().roomsPerAddressPerSecond();
    if (rooms.tryTake(session.peer.remoteIp(), scheduler.nanoTime(), limit)) {
      return true;
    }
    counters.increment("limits.refused.rooms_per_address");
    session.send(
        new Error(
            0,
            RequestLimits.TOO_MANY,
            "too many rooms created: at most " + limit + " per second per address"));
    return false;
  }

  private void refuse(ServerSession session, Login m, int code) {
    counters.increment("logins.refused." + code);
    session.send(new LoginResult(m.seq(), code, "", 0, List.of(), List.of()));
  }

  private void join(ServerSession session, Login m, Room room, boolean replacesInSameRoom) {
    session.appId = m.appId();
    session.user = m.user();
    session.room = room;
    session.userStatusNotify = m.userStatusNotify();
    session.phase = ServerSession.Phase.LOGGED_IN;
    session.mediaToken = session.id;
    session.mediaSecret = new byte[BindPacket.SECRET_BYTES];
    secrets.nextBytes(session.mediaSecret);
    relay.register(session.mediaToken, session.mediaSecret, session.peer.remoteIp());
    List<WireUser> others = new ArrayList<>();
    room.members.values().forEach(s -> others.add(s.user));
    List<WireStream> existing = streams.streamsIn(room, null);
    counters.increment("logins.accepted");
    // The answer goes out before the room hears of the joiner (contract §3.5 order).
    membership.addSilently(session);
    // Lists longer than a page go in pages after the answer, so no message outgrows the limit.
    int page = config.get().limits().maxListEntries();
    session.send(
        new LoginResult(
            m.seq(),
            0,
            room.roomSessionId,
            session.mediaToken,
            HexFormat.of().formatHex(session.mediaSecret),
            others.subList(0, Math.min(page, others.size())),
            existing.subList(0, Math.min(page, existing.size()))));
    for (int i = page; i < others.size(); i += page) {
      session.send(new UserUpdate("ADD", others.subList(i, Math.min(i + page, others.size()))));
    }
    for (int i = page; i < existing.size(); i += page) {
      session.send(
          new StreamUpdate(
              "ADD", existing.subList(i, Math.min(i + page, existing.size())), List.of()));
    }
    membership.announceJoin(session, replacesInSameRoom);
  }

  private static int smallestLimit(int a, int b) {
    if (a == 0) {
      return b;
    }
    return b == 0 ? a : Math.min(a, b);
  }
}
