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

/**
 * The engine's side of the room (contract §3.1, §7): the login and its state callbacks, heartbeats
 * and the liveness watch, the media link, kick-outs, and the way back after a break — attempts on
 * the contract's schedule, the session resumed (or a fresh login if it is gone), the cached room
 * view reconciled, and {@code RECONNECT_FAILED} when the window ends. Requests made while logging
 * in wait here and go out once logged in. Runs on the engine's scheduler.
 */
final class RoomClient implements ConnectionAttempts.Listener {
  private enum Phase {
    IDLE,
    CONNECTING,
    LOGGED_IN,
    RECONNECTING
  }

  private final ClientContext ctx;
  private final ClientMessageRouter router;
  private final SignalingChannel signaling;
  private final MediaLink media;
  private final RoomStateReporter state;
  private final RoomNotifications notifications;
  private final OnlineUserCountReporter userCount;
  private final Liveness liveness;
  private final ConnectionAttempts attempts;
  private final RoomEvents events;
  private Phase phase = Phase.IDLE;
  private RoomLogin login;

  /** The session this engine holds on the server (its media token), 0 before the first login. */
  private long sessionToken;

  /** Whether the current attempt's connection answered (a hello). */
  private boolean answered;

  private Cancellable attemptTimeout = Cancellable.NONE;

  /** Requests made while logging in, by the session that made them; sent once logged in. */
  private final Map<Object, Runnable> queued = new LinkedHashMap<>();

  RoomClient(
      ClientContext ctx, ClientMessageRouter router, MediaEndpoint media, RoomEvents events) {
    this.ctx = ctx;
    this.router = router;
    this.events = events;
    this.signaling = new SignalingChannel(ctx, router, this::connectionLost, this::onFrame);
    this.media = new MediaLink(ctx, media, events);
    this.state = new RoomStateReporter(ctx.callbacks);
    this.notifications = new RoomNotifications(ctx.callbacks);
    this.userCount = new OnlineUserCountReporter(ctx.scheduler, ctx.callbacks);
    this.liveness =
        new Liveness(
            ctx.scheduler,
            ctx.env.timings(),
            () -> signaling.send(new Heartbeat(signaling.nextSeq())),
            () -> connectionLost("no frame from the server"));
    this.attempts = new ConnectionAttempts(ctx.scheduler, ctx.env.timings(), this);
    router.loggedInWhen(() -> phase == Phase.LOGGED_IN);
    router.onAnyPhase(Hello.class, this::onHello);
    router.onAnyPhase(LoginResult.class, this::onLoginResult);
    router.on(KickOut.class, m -> end(RoomStateChangedReason.KICK_OUT, m.code(), m.code()));
    router.on(UserUpdate.class, m -> notifications.users(login, m));
    router.on(StreamUpdate.class, m -> notifications.streams(login, m));
    router.on(TokenWillExpire.class, m -> notifications.tokenWillExpire(login, m));
    router.on(RenewTokenResult.class, notifications::renewResult);
    router.on(RoomUserCount.class, this::onUserCount);
    router.on(Error.class, m -> ctx.counters.serverErrors++);
  }

  /** The user publishing {@code streamId} as this engine last heard, or null if none. */
  String publisherOf(String streamId) {
    return notifications.publisherOf(streamId);
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
    this.sessionToken = 0;
    state.change(roomId, RoomStateChangedReason.LOGINING, 0, Map.of());
    attempts.start(true);
  }

  void logout() {
    if (phase == Phase.LOGGED_IN) {
      signaling.send(new Logout(signaling.nextSeq()));
    }
    state.change(login.roomId(), RoomStateChangedReason.LOGOUT, 0, Map.of());
    closeAll();
  }

  void destroy() {
    if (phase == Phase.LOGGED_IN) {
      signaling.send(new Logout(signaling.nextSeq()));
    }
    closeAll();
  }

  /**
   * Sends the new token now, or with the login's queued requests; keeps it for later logins of this
   * session (a resume presents it).
   */
  void renewToken(String token) {
    login = login.withToken(token);
    whenLoggedIn("renewToken", () -> signaling.send(new RenewToken(signaling.nextSeq(), token)));
  }

  /** Sends a request now, or once logged in. */
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

  // ---- attempts ----

  @Override
  public void attempt() {
    signaling.close();
    answered = false;
    signaling.open();
    attemptTimeout =
        ctx.scheduler.schedule(
            () -> {
              signaling.close();
              attempts.failed(false);
            },
            ctx.env.timings().attemptTimeout().toNanos());
  }

  @Override
  public void exhausted(boolean everyAttemptRefused) {
    if (phase == Phase.CONNECTING) {
      int code =
          everyAttemptRefused
              ? ErrorCode.ROOM_ERROR_CONNECT_FAILED
              : ErrorCode.ROOM_ERROR_LOGIN_TIMEOUT;
      end(RoomStateChangedReason.LOGIN_FAILED, code, ErrorCode.COMMON_NOT_LOGIN_ROOM);
    } else if (phase == Phase.RECONNECTING) {
      state.change(
          login.roomId(),
          RoomStateChangedReason.RECONNECT_FAILED,
          ErrorCode.ROOM_RETRY_TIMEOUT,
          Map.of());
      closeAll();
      events.sessionEnded(
          ErrorCode.PUBLISHER_ERROR_RETRY_TIMEOUT, ErrorCode.PLAYER_PLAY_STREAM_FAILED);
    }
  }

  private void onFrame() {
    answered = true;
    liveness.onFrame();
  }

  private void onHello(Hello hello) {
    if (phase != Phase.CONNECTING && phase != Phase.RECONNECTING) {
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
            proof,
            phase == Phase.RECONNECTING ? sessionToken : 0));
  }

  private void onLoginResult(LoginResult result) {
    if (phase != Phase.CONNECTING && phase != Phase.RECONNECTING) {
      return;
    }
    attemptTimeout.cancel();
    boolean again = phase == Phase.RECONNECTING;
    if (result.code() == ErrorCode.ROOM_ROOM_LOGIN_OTHER && again) {
      end(RoomStateChangedReason.KICK_OUT, result.code(), result.code());
    } else if (result.code() != 0 && again) {
      // A resume re-verifies the login: an expired token now ends the session (contract §8.5).
      end(
          RoomStateChangedReason.RECONNECT_FAILED,
          result.code(),
          ErrorCode.PUBLISHER_ERROR_RETRY_TIMEOUT,
          ErrorCode.PLAYER_PLAY_STREAM_FAILED);
    } else if (result.code() != 0) {
      end(RoomStateChangedReason.LOGIN_FAILED, result.code(), ErrorCode.COMMON_NOT_LOGIN_ROOM);
    } else {
      loggedIn(result, again);
    }
  }

  private void loggedIn(LoginResult result, boolean again) {
    attempts.stop();
    phase = Phase.LOGGED_IN;
    sessionToken = result.mediaToken();
    media.open(result.mediaToken(), result.mediaSecret());
    liveness.start();
    Map<String, Object> extended = Map.of("room_session_id", result.roomSessionId());
    if (again) {
      state.change(login.roomId(), RoomStateChangedReason.RECONNECTED, 0, extended);
      notifications.reconcile(login, result);
      events.reconnected();
    } else {
      state.change(login.roomId(), RoomStateChangedReason.LOGINED, 0, extended);
      userCount.start(login.roomId());
      notifications.initialView(login, result);
    }
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

  private void connectionLost(String why) {
    switch (phase) {
      case CONNECTING, RECONNECTING -> {
        attemptTimeout.cancel();
        signaling.close();
        attempts.failed(!answered);
      }
      case LOGGED_IN -> startReconnecting();
      default -> {}
    }
  }

  /** The link broke while logged in: RECONNECTING, and attempts from 0.5 s on (contract §7). */
  private void startReconnecting() {
    phase = Phase.RECONNECTING;
    liveness.stop();
    signaling.close();
    media.interrupted();
    state.change(
        login.roomId(),
        RoomStateChangedReason.RECONNECTING,
        ErrorCode.ROOM_CONNECT_TEMPORARY_BROKEN,
        Map.of());
    events.mediaInterrupted();
    attempts.start(false);
  }

  /** The session ends with {@code reason}; publishes and plays end with {@code mediaCode}. */
  private void end(RoomStateChangedReason reason, int code, int mediaCode) {
    end(reason, code, mediaCode, mediaCode);
  }

  private void end(RoomStateChangedReason reason, int code, int publishCode, int playCode) {
    state.change(login.roomId(), reason, code, Map.of());
    closeAll();
    events.sessionEnded(publishCode, playCode);
  }

  private void closeAll() {
    attempts.stop();
    attemptTimeout.cancel();
    liveness.stop();
    media.close();
    userCount.stop();
    queued.clear();
    signaling.close();
    phase = Phase.IDLE;
  }
}
