package io.earshot.engine.internal.client;

import io.earshot.engine.EngineEnvironment;
import io.earshot.engine.EngineProfile;
import io.earshot.engine.ErrorCode;
import io.earshot.engine.EventHandler;
import io.earshot.engine.ExpressEngine;
import io.earshot.engine.IdentifierRules;
import io.earshot.engine.InboundAudioStats;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.Scenario;
import io.earshot.engine.User;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.random.SeededRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One engine, assembled: the room session ({@link RoomClient}), the publishers and players with
 * their media paths ({@link MediaPaths}), the audio controls, and the API's preconditions (contract
 * §1.2). Everything runs on the engine's scheduler, so nothing needs a lock; {@link ExpressEngine}
 * hands each call here through {@link EngineCalls}.
 */
public final class EngineCore implements RoomEvents {
  private final ClientContext ctx;
  private final EngineCalls calls;
  private final RoomClient room;
  private final Publishers publishers;
  private final Players players;
  private final MediaControls controls;
  private final SoundLevelMonitor levels;
  private final ClientReports reports;
  private final NetworkQualityReporter network;
  private boolean destroyed;
  private Scenario scenario;

  public EngineCore(EngineProfile profile, EventHandler handler, EngineEnvironment env) {
    CallbackDispatcher callbacks = new CallbackDispatcher(env.scheduler(), handler);
    this.ctx = new ClientContext(env, callbacks, profile);
    this.calls = new EngineCalls(env.scheduler(), callbacks);
    this.scenario = profile.scenario();
    ClientMessageRouter router = new ClientMessageRouter(ctx.counters);
    // The parts refer to each other through these, filled once each exists.
    Players[] playersRef = new Players[1];
    Publishers[] publishersRef = new Publishers[1];
    NetworkQualityReporter[] networkRef = new NetworkQualityReporter[1];
    RoomClient[] roomRef = new RoomClient[1];
    Supplier<Collection<PublishSession>> publishes = () -> publishersRef[0].sessions();
    Supplier<Collection<PlaySession>> plays = () -> playersRef[0].sessions();
    long rtcpSsrc = new SeededRandom(env.seed()).split("rtcp").nextUnsignedInt();
    this.reports =
        new ClientReports(
            ctx,
            rtcpSsrc,
            publishes,
            plays,
            () -> networkRef[0].levels(),
            d -> roomRef[0].sendMedia(d));
    this.network =
        new NetworkQualityReporter(
            ctx, publishes, plays, id -> roomRef[0].publisherOf(id), reports);
    networkRef[0] = network;
    RelayReportReader reader = new RelayReportReader(ctx, reports, publishes, plays);
    MediaEndpoint endpoint =
        new MediaEndpoint() {
          @Override
          public void onRtp(byte[] datagram) {
            playersRef[0].onRtp(datagram);
          }

          @Override
          public void onRtcp(byte[] datagram) {
            reader.onRtcp(datagram);
          }

          @Override
          public List<RtcpPacket> reports() {
            return reports.reports();
          }
        };
    this.room = new RoomClient(ctx, router, endpoint, this);
    roomRef[0] = room;
    AudioMuteSettings mutes = new AudioMuteSettings();
    this.levels = new SoundLevelMonitor(env.scheduler(), callbacks, () -> playersRef[0].playing());
    MediaPaths paths = new MediaPaths(ctx, mutes, levels, room::sendMedia, reports);
    EngineActivity activity = new EngineActivity(callbacks);
    QualityClocks clocks = new QualityClocks(ctx, reports, network);
    SeededRandom random = new SeededRandom(env.seed()).split("engine");
    this.publishers = new Publishers(ctx, room, paths, mutes, activity, random, clocks);
    this.players = new Players(ctx, room, paths, mutes, activity, clocks);
    publishersRef[0] = publishers;
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
    reports.cname(user.userID());
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
    network.stop();
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

  /** The inbound statistics of a played stream, or null if it is not being played. */
  public InboundAudioStats inboundStats(String streamId) {
    PlaySession session = players.session(streamId);
    return session == null ? null : InboundStats.of(session);
  }

  /** Counters of what this engine dropped, for tests and reports. */
  public Map<String, Long> counters() {
    TreeMap<String, Long> out = new TreeMap<>(ctx.counters.snapshot());
    players.putCounters(out);
    return out;
  }
}
