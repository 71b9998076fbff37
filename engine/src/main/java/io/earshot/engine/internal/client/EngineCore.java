package io.earshot.engine.internal.client;

import io.earshot.engine.EngineEnvironment;
import io.earshot.engine.EngineProfile;
import io.earshot.engine.ErrorCode;
import io.earshot.engine.EventHandler;
import io.earshot.engine.IdentifierRules;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.Scenario;
import io.earshot.engine.User;
import io.earshot.engine.random.SeededRandom;
import java.util.Map;
import java.util.TreeMap;

/**
 * One engine, assembled: the room session ({@link RoomClient}), the publishers and players with
 * their media paths ({@link MediaPaths}), the audio controls, and the API's preconditions (contract
 * §1.2). Everything runs on the engine's scheduler, so nothing needs a lock; {@link
 * io.earshot.engine.ExpressEngine} hands each call here through {@link EngineCalls}.
 */
public final class EngineCore implements RoomEvents {
  private final ClientContext ctx;
  private final EngineCalls calls;
  private final RoomClient room;
  private final Publishers publishers;
  private final Players players;
  private final MediaControls controls;
  private final SoundLevelMonitor levels;
  private boolean destroyed;
  private Scenario scenario;

  public EngineCore(EngineProfile profile, EventHandler handler, EngineEnvironment env) {
    CallbackDispatcher callbacks = new CallbackDispatcher(env.scheduler(), handler);
    this.ctx = new ClientContext(env, callbacks, profile);
    this.calls = new EngineCalls(env.scheduler(), callbacks);
    this.scenario = profile.scenario();
    ClientMessageRouter router = new ClientMessageRouter(ctx.counters);
    Players[] playersRef = new Players[1];
    // Media from the relay goes to the players, which exist once the room does.
    this.room = new RoomClient(ctx, router, d -> playersRef[0].onDatagram(d), this);
    AudioMuteSettings mutes = new AudioMuteSettings();
    this.levels = new SoundLevelMonitor(env.scheduler(), callbacks, () -> playersRef[0].playing());
    MediaPaths paths = new MediaPaths(ctx, mutes, levels, room::sendMedia);
    EngineActivity activity = new EngineActivity(callbacks);
    SeededRandom random = new SeededRandom(env.seed()).split("engine");
    this.publishers = new Publishers(ctx, room, paths, mutes, activity, random);
    this.players = new Players(ctx, room, paths, mutes, activity);
    playersRef[0] = players;
    this.controls = new MediaControls(() -> destroyed, mutes, levels, publishers, players);
  }

  /** Runs API calls and reads on the engine's thread. */
  public EngineCalls calls() {
    return calls;
  }

  /** The mute switches and the sound-level monitor; call on the engine's thread. */
  public MediaControls controls() {
    return controls;
  }

  public int setEventHandler(EventHandler handler) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (handler != null && ctx.callbacks.handler() != null) {
      return ErrorCode.COMMON_EVENT_HANDLER_EXISTS;
    }
    ctx.callbacks.setHandler(handler);
    return 0;
  }

  public int alive() {
    return destroyed ? ErrorCode.COMMON_ENGINE_NOT_CREATE : 0;
  }

  public int setRoomScenario(Scenario s) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (s == null) {
      return ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    if (room.isLoggedInOrLoggingIn()) {
      return ErrorCode.COMMON_CONFIG_AFTER_ROOM_LOGGED_IN;
    }
    scenario = s;
    return 0;
  }

  public Scenario scenario() {
    return scenario;
  }

  public int loginRoom(String roomId, User user, RoomConfig config) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (room.isLoggedInOrLoggingIn()) {
      return ErrorCode.ROOM_COUNT_EXCEED;
    }
    RoomConfig cfg = config == null ? RoomConfig.defaults() : config;
    if (user == null || cfg.maxMemberCount() < 0) {
      return ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    int code = IdentifierRules.roomId(roomId);
    if (code == 0) {
      code = IdentifierRules.user(user.userID(), user.userName());
    }
    if (code != 0) {
      return code;
    }
    String token = cfg.token() == null ? "" : cfg.token();
    if (ctx.profile.tokenMode() && token.isEmpty()) {
      return ErrorCode.ROOM_NO_TOKEN;
    }
    room.login(roomId, user, cfg.withToken(token));
    return 0;
  }

  public int logoutRoom(String roomId) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (!room.isLoggedInOrLoggingIn() || (roomId != null && !roomId.equals(room.roomId()))) {
      return ErrorCode.ROOM_ROOMID_INCORRECT;
    }
    sessionEnded(0, 0);
    room.logout();
    return 0;
  }

  public int renewToken(String roomId, String token) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (!room.isLoggedInOrLoggingIn() || roomId == null || !roomId.equals(room.roomId())) {
      return ErrorCode.ROOM_ROOMID_INCORRECT;
    }
    if (token == null || token.isEmpty()) {
      return ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    room.renewToken(token);
    return 0;
  }

  public int startPublishing(String streamId, PublishChannel channel) {
    int code = mediaPreconditions(streamId);
    if (code == 0 && channel == null) {
      code = ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    if (code == 0 && !room.isLoggedInOrLoggingIn()) {
      code = ErrorCode.COMMON_NOT_LOGIN_ROOM;
    }
    return code != 0 ? code : publishers.start(streamId, channel);
  }

  public int stopPublishing(PublishChannel channel) {
    return destroyed ? ErrorCode.COMMON_ENGINE_NOT_CREATE : publishers.stop(channel);
  }

  public int startPlaying(String streamId) {
    int code = mediaPreconditions(streamId);
    if (code == 0 && !room.isLoggedInOrLoggingIn()) {
      code = ErrorCode.COMMON_NOT_LOGIN_ROOM;
    }
    return code != 0 ? code : players.start(streamId);
  }

  public int stopPlaying(String streamId) {
    return destroyed ? ErrorCode.COMMON_ENGINE_NOT_CREATE : players.stop(streamId);
  }

  private int mediaPreconditions(String streamId) {
    return destroyed ? ErrorCode.COMMON_ENGINE_NOT_CREATE : IdentifierRules.streamId(streamId);
  }

  /** Stops everything silently and releases resources; no callback is delivered afterwards. */
  public void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    ctx.callbacks.close();
    levels.stop();
    publishers.release();
    players.release();
    room.destroy();
  }

  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public void sessionEnded(int publishCode, int playCode) {
    publishers.stopAll(publishCode);
    players.stopAll(playCode);
  }

  @Override
  public void mediaInterrupted() {
    publishers.interrupt();
    players.interrupt();
  }

  @Override
  public void mediaRestored() {
    // After a signaling break the way back is the answers to the repeated requests.
    if (room.isLoggedIn()) {
      publishers.restore();
      players.restore();
    }
  }

  @Override
  public void reconnected() {
    publishers.reconnected();
    players.reconnected();
  }

  /** Counters of what this engine dropped, for tests and reports. */
  public Map<String, Long> counters() {
    TreeMap<String, Long> out = new TreeMap<>(ctx.counters.snapshot());
    players.putCounters(out);
    return out;
  }
}
