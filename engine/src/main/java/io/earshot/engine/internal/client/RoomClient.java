package io.earshot.engine.internal.client;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.RoomState;
import io.earshot.engine.RoomStateChangedReason;
import io.earshot.engine.Stream;
import io.earshot.engine.UpdateType;
import io.earshot.engine.User;
import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.transport.MediaSocket;
import io.earshot.engine.transport.SignalingConnection;
import io.earshot.engine.transport.SignalingListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's side of the room: the signaling connection, login, heartbeats, the media binding,
 * and the room notifications turned into callbacks (contract §3.1, §3.5). Runs on the engine's
 * scheduler.
 */
final class RoomClient {
  private static final long HEARTBEAT_NANOS = 2_000_000_000L;
  private static final long BIND_NANOS = 1_000_000_000L;

  private enum Phase {
    IDLE,
    CONNECTING,
    LOGGED_IN
  }

  final ClientCounters counters = new ClientCounters();
  private final EngineCore core;
  private Phase phase = Phase.IDLE;
  private RoomStateChangedReason reason;
  private RoomState roomState = RoomState.DISCONNECTED;
  private String roomId;
  private User user;
  private RoomConfig config;
  private SignalingConnection connection;
  private MediaSocket media;
  private long mediaToken;
  private long nextSeq = 1;
  private Cancellable heartbeat = Cancellable.NONE;
  private Cancellable bindKeepalive = Cancellable.NONE;
  private final OnlineUserCountReporter userCount;

  /** Requests made while logging in, by the session that made them; sent once logged in. */
  private final Map<Object, Runnable> queued = new LinkedHashMap<>();

  /** seq → the publish it asked for. */
  private final Map<Long, PublishSession> pendingPublishes = new LinkedHashMap<>();

  RoomClient(EngineCore core) {
    this.core = core;
    this.userCount = new OnlineUserCountReporter(core.scheduler, core.callbacks);
  }

  boolean isLoggedInOrLoggingIn() {
    return phase != Phase.IDLE;
  }

  String roomId() {
    return roomId;
  }

  void login(String roomId, User user, RoomConfig config) {
    this.roomId = roomId;
    this.user = user;
    this.config = config;
    this.phase = Phase.CONNECTING;
    changeRoomState(RoomStateChangedReason.LOGINING, 0, Map.of());
    SignalingConnection[] opened = new SignalingConnection[1];
    opened[0] =
        core.env
            .transport()
            .openSignaling(
                new SignalingListener() {
                  @Override
                  public void onOpen() {}

                  @Override
                  public void onMessage(String message) {
                    core.scheduler.execute(
                        () -> {
                          if (connection == opened[0]) {
                            handle(message);
                          }
                        });
                  }

                  @Override
                  public void onClosed(String why) {
                    core.scheduler.execute(
                        () -> {
                          if (connection == opened[0]) {
                            connectionLost(why);
                          }
                        });
                  }
                });
    connection = opened[0];
  }

  void logout() {
    send(new Logout(nextSeq++));
    changeRoomState(RoomStateChangedReason.LOGOUT, 0, Map.of());
    closeConnection();
  }

  void destroy() {
    if (phase == Phase.LOGGED_IN) {
      send(new Logout(nextSeq++));
    }
    closeConnection();
  }

  /**
   * Sends the new token now, or with the login's queued requests; keeps it for later logins of this
   * session.
   */
  void renewToken(String token) {
    config = config.withToken(token);
    whenLoggedIn("renewToken", () -> send(new RenewToken(nextSeq++, token)));
  }

  void requestPublish(PublishSession session) {
    whenLoggedIn(
        session,
        () -> {
          long seq = nextSeq++;
          pendingPublishes.put(seq, session);
          boolean muted = core.controls().publishedAudioMuted(session.channel);
          session.announcedMuted = muted;
          send(new Publish(seq, session.streamId, session.ssrc, muted));
        });
  }

  /**
   * Tells the server a publish session's new mute state, once its publish request has been sent.
   */
  void announcePublishMute(PublishSession session, boolean muted) {
    if (phase == Phase.LOGGED_IN
        && session.announcedMuted != null
        && session.announcedMuted != muted) {
      session.announcedMuted = muted;
      send(new StreamAudioState(nextSeq++, session.streamId, muted));
    }
  }

  /** Asks the server to withhold or resume a played stream, once its play request has been sent. */
  void announceReceiveMute(PlaySession session, boolean muted) {
    if (phase == Phase.LOGGED_IN
        && session.announcedReceiveMuted != null
        && session.announcedReceiveMuted != muted) {
      session.announcedReceiveMuted = muted;
      send(new PlayAudioState(nextSeq++, session.streamId, muted));
    }
  }

  void requestStopPublish(PublishSession session) {
    if (phase == Phase.LOGGED_IN) {
      send(new StopPublish(nextSeq++, session.streamId));
    } else {
      queued.remove(session);
    }
  }

  void requestPlay(PlaySession session) {
    whenLoggedIn(
        session,
        () -> {
          boolean muted = core.controls().receiveMuted(session.streamId);
          session.announcedReceiveMuted = muted;
          send(new Play(nextSeq++, session.streamId, muted));
        });
  }

  void requestStopPlay(PlaySession session) {
    if (phase == Phase.LOGGED_IN) {
      send(new StopPlay(nextSeq++, session.streamId));
    } else {
      queued.remove(session);
    }
  }

  void sendMedia(byte[] datagram) {
    if (media != null) {
      media.send(datagram);
    }
  }

  private void whenLoggedIn(Object requester, Runnable request) {
    if (phase == Phase.LOGGED_IN) {
      request.run();
    } else {
      queued.put(requester, request);
    }
  }

  private void handle(String text) {
    SignalingMessage message;
    try {
      message = SignalingCodec.decode(text);
    } catch (ProtocolException e) {
      counters.malformedMessages++;
      return;
    }
    if (message instanceof Hello m) {
      onHello(m);
    } else if (message instanceof LoginResult m) {
      onLoginResult(m);
    } else if (phase != Phase.LOGGED_IN) {
      counters.malformedMessages++;
    } else if (message instanceof PublishResult m) {
      PublishSession session = pendingPublishes.remove(m.seq());
      if (session != null && m.code() == 0) {
        core.onPublishAccepted(session);
      } else if (session != null) {
        core.onPublishRefused(session, m.code());
      }
    } else if (message instanceof PlayResult m) {
      if (m.code() != 0) {
        core.onPlayRefused(m.streamId(), m.code());
      }
    } else if (message instanceof StreamAvailable m) {
      core.onStreamAvailable(m.streamId(), m.ssrc(), m.muted());
    } else if (message instanceof RemoteMicState m) {
      core.onRemoteMicState(m.streamId(), m.muted());
    } else if (message instanceof RoomUserCount m) {
      if (m.count() < 1) {
        counters.malformedMessages++; // the receiver itself is in the room
      } else {
        userCount.update(m.count());
      }
    } else if (message instanceof UserUpdate m) {
      if (config.isUserStatusNotify()) {
        UpdateType type = UpdateType.valueOf(m.updateType());
        List<User> users = m.users().stream().map(u -> new User(u.id(), u.name())).toList();
        core.callbacks.post(h -> h.onRoomUserUpdate(roomId, type, users));
      }
    } else if (message instanceof StreamUpdate m) {
      onStreamUpdate(m);
    } else if (message instanceof KickOut m) {
      onKickOut(m.code());
    } else if (message instanceof TokenWillExpire m) {
      int remain = m.remainSeconds();
      core.callbacks.post(h -> h.onRoomTokenWillExpire(roomId, remain));
    } else if (message instanceof RenewTokenResult m) {
      if (m.code() != 0) {
        int code = m.code();
        core.callbacks.post(h -> h.onDebugError(code, "renewToken", ErrorCode.nameOf(code)));
      }
    } else if (message instanceof SignalingMessage.Error) {
      counters.serverErrors++;
    }
  }

  private void onHello(Hello hello) {
    if (phase != Phase.CONNECTING) {
      return;
    }
    String proof =
        core.profile.tokenMode()
            ? ""
            : AppSignProof.compute(
                core.profile.appSign(), hello.nonce(), core.profile.appID(), user.userID(), roomId);
    send(
        new Login(
            nextSeq++,
            core.profile.appID(),
            roomId,
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
      failLogin(result.code());
      return;
    }
    phase = Phase.LOGGED_IN;
    mediaToken = result.mediaToken();
    media =
        core.env
            .transport()
            .openMedia(
                d ->
                    core.scheduler.execute(
                        () -> {
                          if (phase == Phase.LOGGED_IN) {
                            core.onDatagram(d);
                          }
                        }));
    bindKeepalive =
        core.scheduler.scheduleAtFixedRate(
            () -> sendMedia(BindPacket.encode(mediaToken)), 0, BIND_NANOS);
    heartbeat =
        core.scheduler.scheduleAtFixedRate(
            () -> send(new Heartbeat(nextSeq++)), HEARTBEAT_NANOS, HEARTBEAT_NANOS);
    changeRoomState(
        RoomStateChangedReason.LOGINED, 0, Map.of("room_session_id", result.roomSessionId()));
    userCount.start(roomId);
    if (config.isUserStatusNotify() && !result.users().isEmpty()) {
      List<User> users = result.users().stream().map(u -> new User(u.id(), u.name())).toList();
      core.callbacks.post(h -> h.onRoomUserUpdate(roomId, UpdateType.ADD, users));
    }
    if (!result.streams().isEmpty()) {
      List<Stream> streams = toStreams(result.streams());
      core.callbacks.post(h -> h.onRoomStreamUpdate(roomId, UpdateType.ADD, streams, Map.of()));
    }
    List<Runnable> requests = List.copyOf(queued.values());
    queued.clear();
    requests.forEach(Runnable::run);
  }

  private void failLogin(int code) {
    changeRoomState(RoomStateChangedReason.LOGIN_FAILED, code, Map.of());
    closeConnection();
    core.stopAllMedia(ErrorCode.COMMON_NOT_LOGIN_ROOM, ErrorCode.COMMON_NOT_LOGIN_ROOM);
  }

  private void onStreamUpdate(StreamUpdate m) {
    UpdateType type = UpdateType.valueOf(m.updateType());
    List<Stream> streams = toStreams(m.streams());
    Map<String, Object> extended = new LinkedHashMap<>();
    if (type == UpdateType.DELETE) {
      List<Map<String, Object>> reasons = new ArrayList<>();
      for (var r : m.reasons()) {
        // Insertion order, not Map.of: its iteration order changes from one JVM to the next, and
        // timelines must be byte-identical across runs.
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("stream_id", r.streamId());
        reason.put("code", r.code());
        reasons.add(java.util.Collections.unmodifiableMap(reason));
      }
      extended.put("stream_delete_reason", List.copyOf(reasons));
    }
    Map<String, Object> extendedData = Map.copyOf(extended);
    core.callbacks.post(h -> h.onRoomStreamUpdate(roomId, type, streams, extendedData));
  }

  private void onKickOut(int code) {
    changeRoomState(RoomStateChangedReason.KICK_OUT, code, Map.of());
    closeConnection();
    core.stopAllMedia(code, code);
  }

  private void connectionLost(String why) {
    // Reconnection (contract §7) is not built yet: a lost connection ends the session now.
    if (phase == Phase.CONNECTING) {
      failLogin(ErrorCode.ROOM_ERROR_CONNECT_FAILED);
    } else if (phase == Phase.LOGGED_IN) {
      changeRoomState(
          RoomStateChangedReason.RECONNECT_FAILED, ErrorCode.ROOM_RETRY_TIMEOUT, Map.of());
      closeConnection();
      core.stopAllMedia(
          ErrorCode.PUBLISHER_ERROR_RETRY_TIMEOUT, ErrorCode.PLAYER_PLAY_STREAM_FAILED);
    }
  }

  private void closeConnection() {
    heartbeat.cancel();
    bindKeepalive.cancel();
    userCount.stop();
    queued.clear();
    pendingPublishes.clear();
    if (connection != null) {
      connection.close();
      connection = null;
    }
    if (media != null) {
      media.close();
      media = null;
    }
    phase = Phase.IDLE;
  }

  private void send(SignalingMessage message) {
    if (connection != null) {
      connection.send(SignalingCodec.encode(message));
    }
  }

  /**
   * Fires onRoomStateChanged, then onRoomStateUpdate if the three-valued state changed (contract
   * §3.1).
   */
  private void changeRoomState(
      RoomStateChangedReason newReason, int code, Map<String, Object> extended) {
    if (newReason == reason) {
      return;
    }
    reason = newReason;
    String id = roomId;
    core.callbacks.post(h -> h.onRoomStateChanged(id, newReason, code, extended));
    RoomState state = stateOf(newReason);
    if (state != roomState) {
      roomState = state;
      core.callbacks.post(h -> h.onRoomStateUpdate(id, state, code, extended));
    }
  }

  private static RoomState stateOf(RoomStateChangedReason reason) {
    return switch (reason) {
      case LOGINING, RECONNECTING -> RoomState.CONNECTING;
      case LOGINED, RECONNECTED -> RoomState.CONNECTED;
      default -> RoomState.DISCONNECTED;
    };
  }

  private static List<Stream> toStreams(List<WireStream> wire) {
    return wire.stream()
        .map(s -> new Stream(new User(s.user().id(), s.user().name()), s.streamId(), s.extraInfo()))
        .toList();
  }
}
