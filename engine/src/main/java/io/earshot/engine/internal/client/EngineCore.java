package io.earshot.engine.internal.client;

import io.earshot.engine.EngineEnvironment;
import io.earshot.engine.EngineProfile;
import io.earshot.engine.EngineState;
import io.earshot.engine.ErrorCode;
import io.earshot.engine.EventHandler;
import io.earshot.engine.PlayerState;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.PublisherState;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.Scenario;
import io.earshot.engine.StreamEvent;
import io.earshot.engine.User;
import io.earshot.engine.internal.IdentifierRules;
import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.Scheduler;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client engine's state, owned by its scheduler: every method here runs on that one thread, so
 * nothing needs a lock. {@link io.earshot.engine.ExpressEngine} validates nothing itself; it hands
 * each call to this class through {@link #call}. Room signaling lives in {@link RoomClient}; this
 * class keeps the publish and play sessions and the API's preconditions (contract §1.2).
 */
public final class EngineCore {
  /** At most this many concurrent plays per engine (contract §6.3). */
  static final int MAX_PLAYS = 12;

  static final String STREAM_EXTRA_INFO =
      "{\"streamProtocol\":\"rtp\",\"netProtocol\":\"udp\",\"resourceType\":\"rtc\"}";

  final EngineEnvironment env;
  final Scheduler scheduler;
  final CallbackDispatcher callbacks;
  final EngineProfile profile;
  private final SeededRandom random;
  private final RoomClient room;
  private final MediaControls controls;
  final Map<PublishChannel, PublishSession> publishes = new EnumMap<>(PublishChannel.class);
  final Map<String, PlaySession> plays = new LinkedHashMap<>();

  /** The stats of the latest play of each stream, kept after it ends; read from any thread. */
  private final Map<String, PlayStats> playStats = new java.util.concurrent.ConcurrentHashMap<>();

  private boolean engineStarted;
  private boolean destroyed;
  private Scenario scenario;

  public EngineCore(EngineProfile profile, EventHandler handler, EngineEnvironment env) {
    this.env = env;
    this.profile = profile;
    this.scenario = profile.scenario();
    this.scheduler = env.scheduler();
    this.callbacks = new CallbackDispatcher(scheduler, handler);
    this.random = new SeededRandom(env.seed()).split("engine");
    this.room = new RoomClient(this);
    this.controls = new MediaControls(this);
  }

  /**
   * The mute switches and the sound-level monitor; call on the engine's thread (through {@link
   * #call}).
   */
  public MediaControls controls() {
    return controls;
  }

  RoomClient room() {
    return room;
  }

  /**
   * Runs a read on the engine's thread and returns its value (inline if already there); reports
   * nothing.
   */
  public <T> T query(java.util.function.Supplier<T> read) {
    if (scheduler.inEventLoop()) {
      return read.get();
    }
    java.util.concurrent.CompletableFuture<T> result =
        new java.util.concurrent.CompletableFuture<>();
    scheduler.execute(
        () -> {
          try {
            result.complete(read.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result.join();
  }

  /** Runs {@code call} on the engine's thread and returns its result (inline if already there). */
  public int call(String funcName, java.util.function.IntSupplier call) {
    if (scheduler.inEventLoop()) {
      return report(funcName, call.getAsInt());
    }
    java.util.concurrent.CompletableFuture<Integer> result =
        new java.util.concurrent.CompletableFuture<>();
    scheduler.execute(
        () -> {
          try {
            result.complete(report(funcName, call.getAsInt()));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result.join();
  }

  private int report(String funcName, int code) {
    if (code != 0 && code != ErrorCode.COMMON_ENGINE_NOT_CREATE) {
      callbacks.post(h -> h.onDebugError(code, funcName, ErrorCode.nameOf(code)));
    }
    return code;
  }

  public int setEventHandler(EventHandler handler) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (handler != null && callbacks.handler() != null) {
      return ErrorCode.COMMON_EVENT_HANDLER_EXISTS;
    }
    callbacks.setHandler(handler);
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
    if (profile.tokenMode() && token.isEmpty()) {
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
    stopAllMedia(0, 0);
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
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    int code = IdentifierRules.streamId(streamId);
    if (code != 0) {
      return code;
    }
    if (channel == null) {
      return ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    if (!room.isLoggedInOrLoggingIn()) {
      return ErrorCode.COMMON_NOT_LOGIN_ROOM;
    }
    PublishSession existing = publishes.get(channel);
    if (existing != null) {
      return existing.streamId.equals(streamId) ? 0 : ErrorCode.PUBLISHER_ERROR_ALREADY_DO_PUBLISH;
    }
    startEngineIfStopped();
    long ssrc = random.nextUnsignedInt();
    int initialSeq = random.nextInt(65536);
    long initialTimestamp = random.nextUnsignedInt();
    callbacks.post(
        h -> h.onPublisherStateUpdate(streamId, PublisherState.PUBLISH_REQUESTING, 0, Map.of()));
    callbacks.post(
        h -> h.onPublisherStreamEvent(StreamEvent.PUBLISH_START, streamId, STREAM_EXTRA_INFO));
    io.earshot.engine.codec.AudioEncoder encoder;
    try {
      encoder = env.codecs().newEncoder();
    } catch (RuntimeException e) {
      // The call was valid; the engine failed inside (e.g. libopus could not be loaded).
      callbacks.post(
          h ->
              h.onPublisherStateUpdate(
                  streamId, PublisherState.NO_PUBLISH, ErrorCode.PUBLISHER_INNER_ERROR, Map.of()));
      callbacks.post(
          h -> h.onPublisherStreamEvent(StreamEvent.PUBLISH_FAIL, streamId, STREAM_EXTRA_INFO));
      stopEngineIfIdle();
      return 0;
    }
    PublishSession session =
        new PublishSession(
            channel,
            streamId,
            ssrc,
            initialSeq,
            initialTimestamp,
            controls.captureTap(env.captureSource()),
            encoder);
    controls.onPublishCreated(session);
    publishes.put(channel, session);
    session.startCapture(
        scheduler,
        () -> callbacks.post(EventHandler::onPublisherCapturedAudioFirstFrame),
        room::sendMedia);
    room.requestPublish(session);
    return 0;
  }

  public int stopPublishing(PublishChannel channel) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    PublishSession session = channel == null ? null : publishes.remove(channel);
    if (session != null) {
      room.requestStopPublish(session);
      endPublish(session, 0, StreamEvent.PUBLISH_END);
      stopEngineIfIdle();
    }
    return 0;
  }

  public int startPlaying(String streamId) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    int code = IdentifierRules.streamId(streamId);
    if (code != 0) {
      return code;
    }
    if (!room.isLoggedInOrLoggingIn()) {
      return ErrorCode.COMMON_NOT_LOGIN_ROOM;
    }
    if (plays.containsKey(streamId)) {
      return 0;
    }
    if (plays.size() >= MAX_PLAYS) {
      return ErrorCode.PLAYER_COUNT_EXCEED;
    }
    startEngineIfStopped();
    PlaySession session =
        new PlaySession(
            streamId,
            env.codecs(),
            env.jitterBufferMillis() * 1_000_000L,
            controls.renderTap(env.renderSink()));
    controls.onPlayCreated(session);
    plays.put(streamId, session);
    playStats.put(streamId, session.stats);
    callbacks.post(h -> h.onPlayerStateUpdate(streamId, PlayerState.PLAY_REQUESTING, 0, Map.of()));
    callbacks.post(h -> h.onPlayerStreamEvent(StreamEvent.PLAY_START, streamId, STREAM_EXTRA_INFO));
    room.requestPlay(session);
    return 0;
  }

  public int stopPlaying(String streamId) {
    if (destroyed) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    PlaySession session = streamId == null ? null : plays.remove(streamId);
    if (session != null) {
      room.requestStopPlay(session);
      endPlay(session, 0, StreamEvent.PLAY_END);
      stopEngineIfIdle();
    }
    return 0;
  }

  /** Stops everything silently and releases resources; no callback is delivered afterwards. */
  public void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    callbacks.close();
    controls.destroy();
    publishes.values().forEach(PublishSession::stop);
    publishes.clear();
    plays.values().forEach(PlaySession::stop);
    plays.clear();
    room.destroy();
  }

  public boolean isDestroyed() {
    return destroyed;
  }

  // ---- called by RoomClient ----

  void onPublishAccepted(PublishSession session) {
    if (publishes.get(session.channel) != session
        || session.state != PublisherState.PUBLISH_REQUESTING) {
      return;
    }
    session.state = PublisherState.PUBLISHING;
    String id = session.streamId;
    if (!session.firstFrameReported) {
      session.firstFrameReported = true;
      callbacks.post(EventHandler::onPublisherCapturedAudioFirstFrame);
    }
    callbacks.post(h -> h.onPublisherStateUpdate(id, PublisherState.PUBLISHING, 0, Map.of()));
    callbacks.post(
        h -> h.onPublisherStreamEvent(StreamEvent.PUBLISH_SUCCESS, id, STREAM_EXTRA_INFO));
  }

  void onPublishRefused(PublishSession session, int code) {
    if (publishes.get(session.channel) != session) {
      return;
    }
    publishes.remove(session.channel);
    endPublish(session, code, StreamEvent.PUBLISH_FAIL);
    stopEngineIfIdle();
  }

  /**
   * The played stream is published (again) with this SSRC; {@code muted}: its publisher's mute now.
   */
  void onStreamAvailable(String streamId, long ssrc, boolean muted) {
    PlaySession session = plays.get(streamId);
    if (session == null) {
      return;
    }
    try {
      session.attach(ssrc);
    } catch (RuntimeException e) {
      // The engine failed inside (e.g. no decoder could be made): the play ends with the
      // inner-error code.
      plays.remove(streamId);
      room.requestStopPlay(session);
      endPlay(session, ErrorCode.PLAYER_INNER_ERROR, StreamEvent.PLAY_FAIL);
      stopEngineIfIdle();
      return;
    }
    if (session.state == PlayerState.PLAY_REQUESTING) {
      session.state = PlayerState.PLAYING;
      callbacks.post(h -> h.onPlayerStateUpdate(streamId, PlayerState.PLAYING, 0, Map.of()));
      callbacks.post(
          h -> h.onPlayerStreamEvent(StreamEvent.PLAY_SUCCESS, streamId, STREAM_EXTRA_INFO));
    }
    controls.onRemoteMicState(session, muted);
  }

  void onRemoteMicState(String streamId, boolean muted) {
    PlaySession session = plays.get(streamId);
    if (session != null) {
      controls.onRemoteMicState(session, muted);
    }
  }

  void onPlayRefused(String streamId, int code) {
    PlaySession session = plays.remove(streamId);
    if (session != null) {
      endPlay(session, code, StreamEvent.PLAY_FAIL);
      stopEngineIfIdle();
    }
  }

  /** A datagram from the relay: RTP of a played stream, or something to count and drop. */
  void onDatagram(byte[] datagram) {
    if (BindPacket.isRtcp(datagram)) {
      return;
    }
    RtpPacket packet;
    try {
      packet = RtpPacketCodec.decode(datagram, 0, datagram.length);
    } catch (MalformedPacketException e) {
      room.counters.malformedDatagrams++;
      return;
    }
    for (PlaySession session : plays.values()) {
      if (session.ssrc == packet.ssrc() && session.state == PlayerState.PLAYING) {
        if (session.receive(packet, scheduler.nanoTime(), scheduler)) {
          String id = session.streamId;
          callbacks.post(h -> h.onPlayerRecvAudioFirstFrame(id));
        }
        return;
      }
    }
    room.counters.unknownSsrcDatagrams++;
  }

  /** Ends every publish and play with the given codes (logout, kick-out, failed login). */
  void stopAllMedia(int publishCode, int playCode) {
    for (PublishSession s : List.copyOf(publishes.values())) {
      publishes.remove(s.channel);
      endPublish(
          s, publishCode, publishCode == 0 ? StreamEvent.PUBLISH_END : StreamEvent.PUBLISH_FAIL);
    }
    for (PlaySession s : List.copyOf(plays.values())) {
      plays.remove(s.streamId);
      endPlay(s, playCode, playCode == 0 ? StreamEvent.PLAY_END : StreamEvent.PLAY_FAIL);
    }
    stopEngineIfIdle();
  }

  private void endPublish(PublishSession session, int code, StreamEvent event) {
    session.stop();
    String id = session.streamId;
    callbacks.post(h -> h.onPublisherStateUpdate(id, PublisherState.NO_PUBLISH, code, Map.of()));
    callbacks.post(h -> h.onPublisherStreamEvent(event, id, STREAM_EXTRA_INFO));
  }

  private void endPlay(PlaySession session, int code, StreamEvent event) {
    session.stop();
    controls.onPlayEnded(session);
    String id = session.streamId;
    callbacks.post(h -> h.onPlayerStateUpdate(id, PlayerState.NO_PLAY, code, Map.of()));
    callbacks.post(h -> h.onPlayerStreamEvent(event, id, STREAM_EXTRA_INFO));
  }

  private void startEngineIfStopped() {
    if (!engineStarted) {
      engineStarted = true;
      callbacks.post(h -> h.onEngineStateUpdate(EngineState.START));
    }
  }

  private void stopEngineIfIdle() {
    if (engineStarted && publishes.isEmpty() && plays.isEmpty()) {
      engineStarted = false;
      callbacks.post(h -> h.onEngineStateUpdate(EngineState.STOP));
    }
  }

  /** Counters of what this engine dropped, for tests and reports. */
  public Map<String, Long> counters() {
    Map<String, Long> out = new java.util.TreeMap<>(room.counters.snapshot());
    playStats.forEach((streamId, stats) -> stats.putInto(streamId, out));
    return out;
  }
}
