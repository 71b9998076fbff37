package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.IdentifierRules;
import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.auth.Token04Verifier;
import io.earshot.engine.internal.auth.TokenPrivileges;
import io.earshot.engine.internal.auth.TokenVerification;
import io.earshot.engine.internal.random.SeededRandom;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.DatagramOutput;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's signaling logic: sessions, rooms, users and streams (contract §3, §6).
 * Transport-agnostic: a binding hands it connections and messages, always on the server's
 * scheduler, so no state here needs a lock. Whatever a client sends is validated again; a bad
 * message is refused and counted and never disturbs another session.
 */
public final class RoomServer {
  /** Protocol-level refusal codes (docs/protocol.md); never surfaced as engine error codes. */
  static final int BAD_MESSAGE = 400;

  static final int NOT_LOGGED_IN = 401;

  /** A mute request names a stream this session does not publish (or play). */
  static final int NOT_FOUND = 404;

  static final int WRONG_PHASE = 409;
  static final int INTERNAL_ERROR = 500;

  /** The will-expire notice comes this long before a token's expiry (contract §7). */
  private static final long TOKEN_NOTICE_MILLIS = 30_000;

  private static final Logger LOG = LoggerFactory.getLogger(RoomServer.class);

  private ServerConfig config;
  private final Scheduler scheduler;
  private final SeededRandom random;
  private final ServerCounters counters = new ServerCounters();
  private final StreamDirectory streams;
  private final MediaRelay relay;
  private final Map<String, Room> rooms = new HashMap<>();
  private final Map<String, ServerSession> sessionsByUser = new HashMap<>();
  private final List<ServerSession> sessions = new ArrayList<>();
  private final Cancellable sweeper;
  private long nextSessionId = 1;

  /** Tests make request handling fail through this; a no-op otherwise. */
  java.util.function.Consumer<SignalingMessage> faultInjector = m -> {};

  public RoomServer(ServerConfig config, Scheduler scheduler, DatagramOutput mediaOutput) {
    this.config = config;
    this.scheduler = scheduler;
    this.random = new SeededRandom(config.seed()).split("server");
    // The relay asks the directory for players at forwarding time, after both exist.
    this.relay = new MediaRelay(mediaOutput, counters, this::playersOf);
    this.streams = new StreamDirectory(relay);
    this.sweeper =
        scheduler.scheduleAtFixedRate(this::sweepTimedOutSessions, 1_000_000_000L, 1_000_000_000L);
  }

  /** The relay that datagrams from clients go to (call on the server's scheduler). */
  public MediaRelay relay() {
    return relay;
  }

  public ServerCounters counters() {
    return counters;
  }

  /** A new connection: greets it with a nonce and returns the handler the binding feeds. */
  public PeerHandler connect(SignalingPeer peer) {
    String nonce = HexFormat.of().toHexDigits(random.nextLong());
    ServerSession session = new ServerSession(nextSessionId++, peer, nonce, scheduler.nanoTime());
    sessions.add(session);
    counters.increment("connections.opened");
    session.send(new Hello(nonce));
    return new PeerHandler() {
      @Override
      public void onMessage(String message) {
        handle(session, message);
      }

      @Override
      public void onClosed() {
        connectionClosed(session);
      }
    };
  }

  private java.util.Set<ServerSession> playersOf(String streamKey) {
    return streams.playersOf(streamKey);
  }

  /**
   * The admin API's kick-out: the user's session ends with {@code KICK_OUT 1002055}; others see its
   * streams DELETEd (code 4) and then the user. Returns whether such a user was logged in.
   */
  public boolean adminKickOut(long appId, String userId) {
    ServerSession session = sessionsByUser.get(appId + "/" + userId);
    if (session == null) {
      return false;
    }
    counters.increment("admin.kick_outs");
    session.send(new KickOut(ErrorCode.ROOM_MANUAL_KICKED_OUT));
    removeFromRoom(session, 4, true);
    session.phase = ServerSession.Phase.GONE;
    session.peer.close();
    return true;
  }

  /**
   * Replaces the configuration of a running server: apps, limits and whether tokens are required
   * apply to logins and rooms from now on; existing sessions and rooms keep what they have.
   */
  public void reconfigure(ServerConfig newConfig) {
    this.config = newConfig;
  }

  /** Stops timers; connections are the binding's to close. */
  public void shutdown() {
    sweeper.cancel();
  }

  private void handle(ServerSession session, String text) {
    if (session.phase == ServerSession.Phase.GONE) {
      counters.increment("messages.after_session_end");
      return;
    }
    session.lastHeardNanos = scheduler.nanoTime();
    SignalingMessage message;
    try {
      message = SignalingCodec.decode(text);
    } catch (ProtocolException e) {
      counters.increment("messages.malformed");
      session.send(new SignalingMessage.Error(0, BAD_MESSAGE, e.getMessage()));
      return;
    }
    counters.increment("messages." + message.type());
    try {
      dispatch(session, message);
    } catch (RuntimeException e) {
      // A bug here must not take the server down or leave the client waiting: answer with the
      // contract's
      // "inner error" for the request and keep serving everyone else.
      LOG.warn("{}: {} failed", session, message.type(), e);
      counters.increment("messages.internal_error");
      session.send(innerError(message));
    }
  }

  private static SignalingMessage innerError(SignalingMessage m) {
    if (m instanceof Login) {
      return new LoginResult(m.seq(), ErrorCode.ROOM_INNER_ERROR, "", 0, List.of(), List.of());
    } else if (m instanceof Publish p) {
      return new PublishResult(p.seq(), p.streamId(), ErrorCode.PUBLISHER_INNER_ERROR);
    } else if (m instanceof Play p) {
      return new PlayResult(p.seq(), p.streamId(), ErrorCode.PLAYER_INNER_ERROR);
    }
    return new SignalingMessage.Error(
        m.seq(), INTERNAL_ERROR, m.type() + " failed inside the server");
  }

  private void dispatch(ServerSession session, SignalingMessage message) {
    faultInjector.accept(message);
    if (!isClientRequest(message)) {
      counters.increment("messages.unexpected");
      session.send(
          new SignalingMessage.Error(
              message.seq(), BAD_MESSAGE, message.type() + " is a server message"));
    } else if (message instanceof Login m) {
      login(session, m);
    } else if (session.phase != ServerSession.Phase.LOGGED_IN) {
      counters.increment("messages.before_login");
      session.send(
          new SignalingMessage.Error(
              message.seq(), NOT_LOGGED_IN, message.type() + " before login"));
    } else if (message instanceof Heartbeat m) {
      session.send(new HeartbeatAck(m.seq()));
    } else if (message instanceof Logout m) {
      leave(session, 1);
      session.send(new LogoutResult(m.seq()));
    } else if (message instanceof Publish m) {
      publish(session, m);
    } else if (message instanceof StopPublish m) {
      if (session.publications.containsKey(m.streamId())) {
        streams.unpublish(session, m.streamId(), 1);
      }
    } else if (message instanceof Play m) {
      int code = IdentifierRules.streamId(m.streamId());
      if (code == 0 && config.forbiddenStreamIds().contains(m.streamId())) {
        code = ErrorCode.PLAYER_ERROR_SERVER_FORBID;
      }
      session.send(new PlayResult(m.seq(), m.streamId(), code));
      if (code == 0) {
        streams.play(session, m.streamId(), m.muted());
      }
    } else if (message instanceof StopPlay m) {
      streams.stopPlay(session, m.streamId());
    } else if (message instanceof StreamAudioState m) {
      audioState(
          session,
          m,
          m.streamId(),
          true,
          () -> streams.setPublishMuted(session, m.streamId(), m.muted()));
    } else if (message instanceof PlayAudioState m) {
      audioState(
          session,
          m,
          m.streamId(),
          false,
          () -> streams.setReceiveMuted(session, m.streamId(), m.muted()));
    } else if (message instanceof RenewToken m) {
      renewToken(session, m);
    }
  }

  /**
   * A publisher's or a player's mute: applied if the stream ID is valid and the session publishes
   * (plays) it; otherwise refused with an {@code error} and counted. Success has no answer.
   */
  private void audioState(
      ServerSession session,
      SignalingMessage m,
      String streamId,
      boolean publishing,
      java.util.function.BooleanSupplier apply) {
    int code = IdentifierRules.streamId(streamId);
    if (code != 0) {
      counters.increment("messages.invalid_stream_id");
      session.send(
          new SignalingMessage.Error(
              m.seq(),
              BAD_MESSAGE,
              "expected a valid streamId in "
                  + m.type()
                  + ", found one that fails with "
                  + ErrorCode.nameOf(code)));
    } else if (!apply.getAsBoolean()) {
      String verb = publishing ? "publish" : "play";
      counters.increment(publishing ? "messages.not_publishing" : "messages.not_playing");
      session.send(
          new SignalingMessage.Error(
              m.seq(),
              NOT_FOUND,
              "expected a stream this session "
                  + verb
                  + "s in "
                  + m.type()
                  + ", found '"
                  + streamId
                  + "'"));
    }
  }

  /**
   * A new token replaces the old one only if it verifies and still allows what the session does.
   */
  private void renewToken(ServerSession session, RenewToken m) {
    AppConfig app = config.app(session.appId);
    TokenVerification v =
        Token04Verifier.verifyLogin(
            m.token(),
            session.appId,
            session.user.id(),
            session.room.roomId,
            app.serverSecret(),
            scheduler.epochMillis() / 1000);
    int code = v.code();
    if (code == 0) {
      for (String streamId : session.publications.keySet()) {
        if (Token04Verifier.checkPublish(v.privileges(), streamId) != 0) {
          code = ErrorCode.ROOM_RENEW_TOKEN_NO_PUBLISH_AUTH_ERROR;
          break;
        }
      }
    }
    if (code == 0) {
      session.tokenPrivileges = v.privileges();
      session.tokenExpireEpochSeconds = v.expireEpochSeconds();
      armTokenTimers(session);
    }
    counters.increment(code == 0 ? "tokens.renewed" : "tokens.renew_refused." + code);
    session.send(new RenewTokenResult(m.seq(), code));
  }

  /**
   * Will-expire notice 30 s before the token's expiry (at once if less remains), kick-out at
   * expiry.
   */
  private void armTokenTimers(ServerSession session) {
    session.tokenTimers.cancel();
    if (session.tokenExpireEpochSeconds == 0) {
      session.tokenTimers = Cancellable.NONE;
      return;
    }
    long remainMillis = session.tokenExpireEpochSeconds * 1000 - scheduler.epochMillis();
    long noticeDelay = Math.max(0, remainMillis - TOKEN_NOTICE_MILLIS);
    Cancellable notice =
        scheduler.schedule(
            () -> {
              if (session.phase == ServerSession.Phase.LOGGED_IN) {
                long remain = session.tokenExpireEpochSeconds * 1000 - scheduler.epochMillis();
                session.send(new TokenWillExpire((int) Math.max(0, (remain + 999) / 1000)));
              }
            },
            noticeDelay * 1_000_000L);
    Cancellable expiry =
        scheduler.schedule(() -> expire(session), Math.max(0, remainMillis) * 1_000_000L);
    session.tokenTimers =
        () -> {
          notice.cancel();
          expiry.cancel();
        };
  }

  private void expire(ServerSession session) {
    if (session.phase != ServerSession.Phase.LOGGED_IN) {
      return;
    }
    counters.increment("tokens.expired_kicks");
    session.send(new KickOut(ErrorCode.ROOM_TOKEN_EXPIRED_KICKED_OUT));
    removeFromRoom(session, 4, true);
    session.phase = ServerSession.Phase.GONE;
    session.peer.close();
  }

  private static boolean isClientRequest(SignalingMessage m) {
    return m instanceof Login
        || m instanceof Logout
        || m instanceof Heartbeat
        || m instanceof Publish
        || m instanceof StopPublish
        || m instanceof Play
        || m instanceof StopPlay
        || m instanceof StreamAudioState
        || m instanceof PlayAudioState
        || m instanceof RenewToken;
  }

  private void login(ServerSession session, Login m) {
    if (session.phase != ServerSession.Phase.CONNECTED) {
      session.send(
          new SignalingMessage.Error(m.seq(), WRONG_PHASE, "already logged in on this connection"));
      return;
    }
    LoginCheck check = checkLogin(session, m);
    if (check.code() != 0) {
      counters.increment("logins.refused." + check.code());
      session.send(new LoginResult(m.seq(), check.code(), "", 0, List.of(), List.of()));
      return;
    }
    AppConfig app = config.app(m.appId());
    ServerSession previous = sessionsByUser.get(m.appId() + "/" + m.user().id());
    Room room = rooms.get(m.appId() + "/" + m.roomId());
    boolean replacesInSameRoom = previous != null && previous.room == room;
    // Refuse a full room before kicking anyone: a refused login must not end a working session.
    if (room != null && room.isFull() && !replacesInSameRoom) {
      counters.increment("logins.refused." + ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER);
      session.send(
          new LoginResult(
              m.seq(), ErrorCode.ROOM_ERROR_EXCEED_MAXIMUM_MEMBER, "", 0, List.of(), List.of()));
      return;
    }
    if (previous != null) {
      kickForRelogin(previous, replacesInSameRoom);
    }
    if (room == null) {
      int limit = smallestLimit(app.maxUsersPerRoom(), m.maxMemberCount());
      room = new Room(m.appId(), m.roomId(), HexFormat.of().toHexDigits(random.nextLong()), limit);
      rooms.put(room.key(), room);
    }
    session.tokenPrivileges = check.privileges();
    session.tokenExpireEpochSeconds = check.expireEpochSeconds();
    join(session, m, room, replacesInSameRoom);
    armTokenTimers(session);
  }

  /** The outcome of checking a login: a code, and what a verified token allows. */
  private record LoginCheck(int code, TokenPrivileges privileges, long expireEpochSeconds) {
    static LoginCheck refused(int code) {
      return new LoginCheck(code, null, 0);
    }
  }

  private LoginCheck checkLogin(ServerSession session, Login m) {
    AppConfig app = config.app(m.appId());
    if (app == null) {
      return LoginCheck.refused(ErrorCode.ENGINE_APPID_INCORRECT_OR_NOT_ONLINE);
    }
    int code = IdentifierRules.roomId(m.roomId());
    if (code == 0) {
      code = IdentifierRules.user(m.user().id(), m.user().name());
    }
    if (code == 0 && m.maxMemberCount() < 0) {
      code = ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    if (code != 0) {
      return LoginCheck.refused(code);
    }
    if (!m.token().isEmpty()) {
      // A token is verified whenever one is given, also next to an AppSign proof (contract §8.1).
      TokenVerification v =
          Token04Verifier.verifyLogin(
              m.token(),
              m.appId(),
              m.user().id(),
              m.roomId(),
              app.serverSecret(),
              scheduler.epochMillis() / 1000);
      return v.accepted()
          ? new LoginCheck(0, v.privileges(), v.expireEpochSeconds())
          : LoginCheck.refused(v.code());
    }
    if (config.requireTokens() || m.proof().isEmpty()) {
      return LoginCheck.refused(ErrorCode.ROOM_NO_TOKEN);
    }
    boolean proven =
        AppSignProof.matches(
            app.appSign(), session.nonce, m.appId(), m.user().id(), m.roomId(), m.proof());
    return LoginCheck.refused(proven ? 0 : ErrorCode.ENGINE_APPSIGN_INCORRECT);
  }

  private void join(ServerSession session, Login m, Room room, boolean replacesInSameRoom) {
    session.appId = m.appId();
    session.user = m.user();
    session.room = room;
    session.userStatusNotify = m.userStatusNotify();
    session.phase = ServerSession.Phase.LOGGED_IN;
    session.mediaToken = relay.register(session, random);
    List<WireUser> others = new ArrayList<>();
    room.members.values().forEach(s -> others.add(s.user));
    List<WireStream> existing = streams.streamsIn(room, null);
    room.members.put(m.user().id(), session);
    sessionsByUser.put(session.userKey(), session);
    counters.increment("logins.accepted");
    session.send(
        new LoginResult(m.seq(), 0, room.roomSessionId, session.mediaToken, others, existing));
    if (!replacesInSameRoom) {
      broadcastUsers(room, session, "ADD", List.of(session.user));
    }
    announceUserCount(room);
  }

  private void publish(ServerSession session, Publish m) {
    int code = IdentifierRules.streamId(m.streamId());
    if (code == 0) {
      ServerSession owner = streams.publisherOf(session.appId, m.streamId());
      if (config.forbiddenStreamIds().contains(m.streamId())) {
        code = ErrorCode.PUBLISHER_ERROR_SERVER_FORBID;
      } else if (owner != null && owner != session) {
        code = ErrorCode.PUBLISHER_ERROR_REPETITIVE_PUBLISH_STREAM;
      } else if (session.tokenPrivileges != null) {
        code = Token04Verifier.checkPublish(session.tokenPrivileges, m.streamId());
      }
    }
    session.send(new PublishResult(m.seq(), m.streamId(), code));
    if (code == 0 && !session.publications.containsKey(m.streamId())) {
      streams.publish(session, m.streamId(), m.ssrc(), m.muted());
    }
  }

  /** The same user ID logged in again: the old session is kicked (contract §3.1, §3.5). */
  private void kickForRelogin(ServerSession old, boolean sameRoom) {
    old.send(new KickOut(ErrorCode.ROOM_KICKED_OUT));
    removeFromRoom(old, 3, !sameRoom);
    old.phase = ServerSession.Phase.GONE;
    old.peer.close();
  }

  /** Logout or timeout: streams DELETE first, then the user DELETE. */
  private void leave(ServerSession session, int streamDeleteCode) {
    removeFromRoom(session, streamDeleteCode, true);
    session.phase = ServerSession.Phase.CONNECTED;
    session.room = null;
  }

  private void removeFromRoom(
      ServerSession session, int streamDeleteCode, boolean announceUserLeft) {
    Room room = session.room;
    session.tokenTimers.cancel();
    streams.removeAll(session, streamDeleteCode);
    relay.unregister(session);
    if (room.members.get(session.user.id()) == session) {
      room.members.remove(session.user.id());
    }
    sessionsByUser.remove(session.userKey(), session);
    if (announceUserLeft) {
      broadcastUsers(room, session, "DELETE", List.of(session.user));
      announceUserCount(room);
    }
    // A same-room replacement keeps the room (and its session ID) for the new session.
    if (announceUserLeft && room.members.isEmpty()) {
      rooms.remove(room.key());
    }
  }

  private void connectionClosed(ServerSession session) {
    session.connectionOpen = false;
    counters.increment("connections.closed");
    if (session.phase != ServerSession.Phase.LOGGED_IN) {
      session.phase = ServerSession.Phase.GONE;
      sessions.remove(session);
    }
    // A logged-in session survives a closed connection until the session timeout (contract §7).
  }

  private void sweepTimedOutSessions() {
    long deadline = scheduler.nanoTime() - config.sessionTimeout().toNanos();
    for (ServerSession s : List.copyOf(sessions)) {
      if (s.phase == ServerSession.Phase.GONE) {
        sessions.remove(s);
      } else if (s.phase == ServerSession.Phase.LOGGED_IN && s.lastHeardNanos < deadline) {
        LOG.debug("{} timed out", s);
        counters.increment("sessions.timed_out");
        removeFromRoom(s, s.connectionOpen ? 2 : 5, true);
        s.phase = ServerSession.Phase.GONE;
        sessions.remove(s);
        s.peer.close();
      }
    }
  }

  private void broadcastUsers(Room room, ServerSession subject, String type, List<WireUser> users) {
    for (ServerSession member : room.members.values()) {
      if (member != subject && member.userStatusNotify) {
        member.send(new UserUpdate(type, users));
      }
    }
  }

  /**
   * Every member learns the room's size after a join or leave; clients report it every 30 s
   * (contract §3.5).
   */
  private static void announceUserCount(Room room) {
    RoomUserCount count = new RoomUserCount(room.members.size());
    room.members.values().forEach(member -> member.send(count));
  }

  private static int smallestLimit(int a, int b) {
    if (a == 0) {
      return b;
    }
    return b == 0 ? a : Math.min(a, b);
  }
}
