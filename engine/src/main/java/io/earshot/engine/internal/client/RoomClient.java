package io.earshot.engine.internal.client;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.RoomStateChangedReason;
import io.earshot.engine.User;
import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.internal.signaling.SignalingMessage.Heartbeat;
import io.earshot.engine.internal.signaling.SignalingMessage.Hello;
import io.earshot.engine.internal.signaling.SignalingMessage.KickOut;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Logout;
import io.earshot.engine.internal.signaling.SignalingMessage.RenewToken;
import io.earshot.engine.internal.signaling.SignalingMessage.RenewTokenResult;
import io.earshot.engine.internal.signaling.SignalingMessage.RoomUserCount;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.TokenWillExpire;
import io.earshot.engine.internal.signaling.SignalingMessage.UserUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import io.earshot.engine.scheduling.Cancellable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engine's side of the room (contract §3.1): the login and its state callbacks, heartbeats, the
 * media link while logged in, kick-outs and the loss of the connection. Requests made while logging
 * in wait here and go out once logged in. Runs on the engine's scheduler.
 */
final class RoomClient {
  private static final long HEARTBEAT_NANOS = 2_000_000_000L;

  private enum Phase {
    IDLE,
    CONNECTING,
    LOGGED_IN
  }

  private final ClientContext ctx;
  private final ClientMessageRouter router;
  private final SignalingChannel signaling;
  private final MediaLink media;
  private final RoomStateReporter state;
  private final RoomNotifications notifications;
  private final OnlineUserCountReporter userCount;
  private final RoomEvents events;
  private Phase phase = Phase.IDLE;
  private RoomLogin login;
  private Cancellable heartbeat = Cancellable.NONE;

  /** Requests made while logging in, by the session that made them; sent once logged in. */
  private final Map<Object, Runnable> queued = new LinkedHashMap<>();

  RoomClient(
      ClientContext ctx,
      ClientMessageRouter router,
      Consumer<byte[]> mediaInbound,
      RoomEvents events) {
    this.ctx = ctx;
    this.router = router;
    this.events = events;
    this.signaling = new SignalingChannel(ctx, router, this::connectionLost);
    this.media = new MediaLink(ctx, mediaInbound);
    this.state = new RoomStateReporter(ctx.callbacks);
    this.notifications = new RoomNotifications(ctx.callbacks);
    this.userCount = new OnlineUserCountReporter(ctx.scheduler, ctx.callbacks);
    router.loggedInWhen(() -> phase == Phase.LOGGED_IN);
    router.onAnyPhase(Hello.class, this::onHello);
    router.onAnyPhase(LoginResult.class, this::onLoginResult);
    router.on(KickOut.class, m -> onKickOut(m.code()));
    router.on(UserUpdate.class, m -> notifications.users(login, m));
    router.on(StreamUpdate.class, m -> notifications.streams(login, m));
    router.on(TokenWillExpire.class, m -> notifications.tokenWillExpire(login, m));
    router.on(RenewTokenResult.class, notifications::renewResult);
    router.on(RoomUserCount.class, this::onUserCount);
    router.on(Error.class, m -> ctx.counters.serverErrors++);
  }

  /** The table that parts of the engine register their messages in. */
  ClientMessageRouter router() {
    return router;
  }

  boolean isLoggedInOrLoggingIn() {
    return phase != Phase.IDLE;
  }

  boolean isLoggedIn() {
    return phase == Phase.LOGGED_IN;
  }

  String roomId() {
    return login == null ? null : login.roomId();
  }

  void login(String roomId, User user, RoomConfig config) {
    this.login = new RoomLogin(roomId, user, config);
    this.phase = Phase.CONNECTING;
    state.change(roomId, RoomStateChangedReason.LOGINING, 0, Map.of());
    signaling.open();
  }

  void logout() {
    signaling.send(new Logout(signaling.nextSeq()));
    state.change(login.roomId(), RoomStateChangedReason.LOGOUT, 0, Map.of());
    closeConnection();
  }

  void destroy() {
    if (phase == Phase.LOGGED_IN) {
      signaling.send(new Logout(signaling.nextSeq()));
    }
    closeConnection();
  }

  /**
   * Sends the new token now, or with the login's queued requests; keeps it for later logins of this
   * session.
   */
  void renewToken(String token) {
    login = login.withToken(token);
    whenLoggedIn("renewToken", () -> signaling.send(new RenewToken(signaling.nextSeq(), token)));
  }

  /** Sends a request built with the next sequence number, now or once logged in. */
  void whenLoggedIn(Object requester, Runnable request) {
    if (phase == Phase.LOGGED_IN) {
      request.run();
    } else {
      queued.put(requester, request);
    }
  }

  /** Forgets a request that has not been sent yet. */
  void cancelQueued(Object requester) {
    queued.remove(requester);
  }

  long nextSeq() {
    return signaling.nextSeq();
  }

  void send(SignalingMessage message) {
    signaling.send(message);
  }

  void sendMedia(byte[] datagram) {
    media.send(datagram);
  }

  private void onHello(Hello hello) {
    if (phase != Phase.CONNECTING) {
      return;
    }
    User user = login.user();
    RoomConfig config = login.config();
    String proof =
        ctx.profile.tokenMode()
            ? ""
            : AppSignProof.compute(
                ctx.profile.appSign(),
                hello.nonce(),
                ctx.profile.appID(),
                user.userID(),
                login.roomId());
    signaling.send(
        new Login(
            signaling.nextSeq(),
            ctx.profile.appID(),
            login.roomId(),
            new WireUser(user.userID(), user.userName()),
            config.maxMemberCount(),
            config.isUserStatusNotify(),
            config.token(),
            proof));
  }

  private void onLoginResult(LoginResult result) {
    if (phase != Phase.CONNECTING) {
      return;
    }
    if (result.code() != 0) {
      end(RoomStateChangedReason.LOGIN_FAILED, result.code(), ErrorCode.COMMON_NOT_LOGIN_ROOM);
      return;
    }
    phase = Phase.LOGGED_IN;
    media.open(result.mediaToken(), result.mediaSecret());
    heartbeat =
        ctx.scheduler.scheduleAtFixedRate(
            () -> signaling.send(new Heartbeat(signaling.nextSeq())),
            HEARTBEAT_NANOS,
            HEARTBEAT_NANOS);
    state.change(
        login.roomId(),
        RoomStateChangedReason.LOGINED,
        0,
        Map.of("room_session_id", result.roomSessionId()));
    userCount.start(login.roomId());
    notifications.initialView(login, result);
    List<Runnable> requests = List.copyOf(queued.values());
    queued.clear();
    requests.forEach(Runnable::run);
  }

  private void onUserCount(RoomUserCount m) {
    if (m.count() < 1) {
      ctx.counters.malformedMessages++; // the receiver itself is in the room
    } else {
      userCount.update(m.count());
    }
  }

  private void onKickOut(int code) {
    end(RoomStateChangedReason.KICK_OUT, code, code);
  }

  private void connectionLost(String why) {
    // Reconnection (contract §7) is not built yet: a lost connection ends the session now.
    if (phase == Phase.CONNECTING) {
      end(
          RoomStateChangedReason.LOGIN_FAILED,
          ErrorCode.ROOM_ERROR_CONNECT_FAILED,
          ErrorCode.COMMON_NOT_LOGIN_ROOM);
    } else if (phase == Phase.LOGGED_IN) {
      state.change(
          login.roomId(),
          RoomStateChangedReason.RECONNECT_FAILED,
          ErrorCode.ROOM_RETRY_TIMEOUT,
          Map.of());
      closeConnection();
      events.sessionEnded(
          ErrorCode.PUBLISHER_ERROR_RETRY_TIMEOUT, ErrorCode.PLAYER_PLAY_STREAM_FAILED);
    }
  }

  /** The session ends with {@code reason}; publishes and plays end with {@code mediaCode}. */
  private void end(RoomStateChangedReason reason, int code, int mediaCode) {
    state.change(login.roomId(), reason, code, Map.of());
    closeConnection();
    events.sessionEnded(mediaCode, mediaCode);
  }

  private void closeConnection() {
    heartbeat.cancel();
    media.close();
    userCount.stop();
    queued.clear();
    signaling.close();
    phase = Phase.IDLE;
  }
}
