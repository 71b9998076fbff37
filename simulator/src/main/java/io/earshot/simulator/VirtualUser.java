package io.earshot.simulator;

import io.earshot.engine.EngineEnvironment;
import io.earshot.engine.EngineProfile;
import io.earshot.engine.ExpressEngine;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.SoundLevelConfig;
import io.earshot.engine.User;
import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.events.EngineEvent.PlayerQualityUpdate;
import io.earshot.netem.UserLink;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.LookaheadCodecs;
import io.earshot.simulator.audio.PlayoutRecorder;
import io.earshot.simulator.audio.RecordedPcm;
import io.earshot.simulator.audio.SilenceSource;
import io.earshot.simulator.internal.UserWiring;
import io.earshot.simulator.network.RtpDropLog;
import io.earshot.simulator.quality.QualityRecorder;
import io.earshot.simulator.timeline.CallbackEvent;
import io.earshot.simulator.timeline.CallbackTimeline;
import io.earshot.simulator.timeline.SoundLevelReadings;
import io.earshot.simulator.timeline.TimelineRecorder;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One simulated participant: an engine of its own, its emulated link to the server, the audio it
 * publishes, a recorder per stream it plays, and the timeline of every callback it received.
 */
public final class VirtualUser {
  private final String name;
  private final String userId;
  private ExpressEngine engine;
  private final Function<EngineProfile, ExpressEngine> engineFactory;
  private EngineProfile profile;
  private volatile boolean lossRecovery = true;
  private final Map<String, Integer> lastResults = new ConcurrentHashMap<>();
  private final Map<String, Long> lastCallNanos = new ConcurrentHashMap<>();
  private final SimulationClock callClock;
  private final UserLink link;
  private final CallbackTimeline timeline;
  private final Map<String, PlayoutRecorder> recorders = new ConcurrentHashMap<>();
  private volatile boolean measured = true;
  private volatile boolean sentMeasured = true;
  private final Set<String> played = Collections.synchronizedSet(new LinkedHashSet<>());
  private volatile AudioSource source = new SilenceSource();
  private volatile String publishedStream;
  private volatile String room;
  private final UserWiring wiring;
  private final SoundLevelReadings soundLevels;
  private final RtpDropLog rtpDrops = new RtpDropLog();
  private volatile RecordedPcm pcmTap;

  VirtualUser(
      String name,
      String userId,
      EngineProfile profile,
      UserWiring wiring,
      SimulationClock clock,
      Object changed,
      long seed,
      Function<LookaheadCodecs.Upcoming, AudioCodecFactory> codecs,
      QualityRecorder quality) {
    this.name = name;
    this.userId = userId;
    this.callClock = clock;
    this.link = wiring.link();
    link.addDropListener(rtpDrops);
    this.wiring = wiring;
    this.timeline = new CallbackTimeline(name, changed);
    EngineEnvironment.Builder env =
        EngineEnvironment.builder(wiring.scheduler(), wiring.transport())
            .captureSource(
                frame -> {
                  source.nextFrame(frame);
                  String stream = publishedStream;
                  if (stream != null && sentMeasured) {
                    long now = clock.toScenarioNanos(wiring.scheduler().nanoTime());
                    quality.onCaptured(name, stream, frame, now);
                  }
                  recordCaptured(frame);
                })
            .renderSink(
                (streamId, frame, playoutNanos) -> {
                  if (!measured) {
                    return;
                  }
                  long at = clock.toScenarioNanos(playoutNanos);
                  recorders
                      .computeIfAbsent(streamId, k -> new PlayoutRecorder())
                      .onFrame(frame, at);
                  quality.onPlayed(name, streamId, frame, at);
                  recordPlayed(streamId, frame, at);
                })
            .seed(seed)
            .codecs(codecs.apply(frame -> source.peekFrame(frame)));
    TimelineRecorder handler =
        new TimelineRecorder(timeline, () -> clock.toScenarioNanos(wiring.scheduler().nanoTime()));
    handler.observe(
        (at, event) -> {
          if (event instanceof PlayerQualityUpdate q) {
            quality.reported().record(name, q.streamId(), at, q.quality());
          }
        });
    this.soundLevels = handler.soundLevels();
    this.engineFactory =
        p ->
            ExpressEngine.createEngine(
                p, handler.handler(), env.lossRecovery(lossRecovery).build());
    this.profile = profile;
    this.engine = engineFactory.apply(profile);
  }

  /**
   * Replaces the engine by one created with {@code profile} (e.g. a wrong AppSign), keeping the
   * user's link, audio and timeline; only before the user logs in.
   */
  public void recreateEngine(EngineProfile profile) {
    engine.destroyEngine();
    this.profile = profile;
    engine = engineFactory.apply(profile);
  }

  /**
   * Switches the engine's loss recovery (NACK and in-band FEC) on or off; only before the user logs
   * in (the engine is made again).
   */
  public void lossRecovery(boolean enabled) {
    if (room != null) {
      throw new ScenarioFailure(
          "switch loss recovery of \""
              + name
              + "\" before it logs in (it is in room "
              + room
              + ")");
    }
    lossRecovery = enabled;
    recreateEngine(profile);
  }

  public boolean lossRecovery() {
    return lossRecovery;
  }

  /**
   * The synchronous result of the user's most recent call of kind {@code key} ("login", "publish
   * s1", …).
   */
  public Optional<Integer> lastResult(String key) {
    return Optional.ofNullable(lastResults.get(key));
  }

  /** The scenario time of the user's most recent call of kind {@code key}; 0 if none. */
  public long lastCallNanos(String key) {
    return lastCallNanos.getOrDefault(key, 0L);
  }

  private int record(String key, int code) {
    lastCallNanos.put(key, callClock.nowNanos());
    lastResults.put(key, code);
    return code;
  }

  /**
   * Stops recording and analysing what this user plays (its engine still receives, decodes and
   * plays everything): for the listeners of a load run that are not probes. Call before it plays.
   */
  public void stopMeasuring() {
    measured = false;
  }

  public boolean measured() {
    return measured;
  }

  /**
   * Stops recording what this user sends (it still captures, encodes and sends): for a load run's
   * speaker whose stream no probe listens to.
   */
  public void stopMeasuringSent() {
    sentMeasured = false;
  }

  public String name() {
    return name;
  }

  public String userId() {
    return userId;
  }

  public ExpressEngine engine() {
    return engine;
  }

  public UserLink link() {
    return link;
  }

  /** The RTP packets the user's link dropped, by direction, SSRC and sequence number. */
  public RtpDropLog rtpDrops() {
    return rtpDrops;
  }

  public CallbackTimeline timeline() {
    return timeline;
  }

  /** The streams this user has played audio of, in name order. */
  public List<String> playedStreams() {
    return recorders.keySet().stream().sorted().toList();
  }

  /**
   * Keeps this user's raw captured and played audio in {@code tap} from now on (reports' clips).
   */
  void recordPcm(RecordedPcm tap) {
    this.pcmTap = tap;
  }

  private void recordCaptured(short[] frame) {
    RecordedPcm tap = pcmTap;
    if (tap != null) {
      tap.captured(name, frame, callClock.toScenarioNanos(wiring.scheduler().nanoTime()));
    }
  }

  private void recordPlayed(String streamId, short[] frame, long atNanos) {
    RecordedPcm tap = pcmTap;
    if (tap != null) {
      tap.played(name, streamId, frame, atNanos);
    }
  }

  /** The recorder of a played stream, if any audio of it has been played. */
  public Optional<PlayoutRecorder> recorder(String streamId) {
    return Optional.ofNullable(recorders.get(streamId));
  }

  public int login(String roomId, RoomConfig config) {
    this.room = roomId;
    return record("login", engine.loginRoom(roomId, new User(userId, userId), config));
  }

  /** The room the user last logged in to; empty before any login. */
  public Optional<String> room() {
    return Optional.ofNullable(room);
  }

  /** The stream the user last started publishing; empty before any. */
  public Optional<String> publishedStream() {
    return Optional.ofNullable(publishedStream);
  }

  public int publish(String streamId, AudioSource audio) {
    this.source = audio;
    this.publishedStream = streamId;
    return record("publish " + streamId, engine.startPublishingStream(streamId));
  }

  public int stopPublishing() {
    return engine.stopPublishingStream();
  }

  /** The streams the user started playing in the scenario, in that order (stopped ones too). */
  public List<String> startedStreams() {
    synchronized (played) {
      return List.copyOf(played);
    }
  }

  public int play(String streamId) {
    played.add(streamId);
    return record("play " + streamId, engine.startPlayingStream(streamId));
  }

  public int stopPlaying(String streamId) {
    return engine.stopPlayingStream(streamId);
  }

  public int muteMicrophone(boolean mute) {
    return engine.muteMicrophone(mute);
  }

  /** Mutes the audio of the stream published on the main channel (capture goes on). */
  public int mutePublishedAudio(boolean mute) {
    return engine.mutePublishStreamAudio(mute);
  }

  /** Stops or resumes receiving one played stream's audio. */
  public int mutePlayedStream(String streamId, boolean mute) {
    return engine.mutePlayStreamAudio(streamId, mute);
  }

  /** Stops or resumes receiving every played stream's audio. */
  public int muteAllPlayedStreams(boolean mute) {
    return engine.muteAllPlayStreamAudio(mute);
  }

  public int startSoundLevelMonitor(int millisecond) {
    return engine.startSoundLevelMonitor(new SoundLevelConfig(millisecond, false));
  }

  public int stopSoundLevelMonitor() {
    return engine.stopSoundLevelMonitor();
  }

  /** The latest sound levels the engine reported (kept out of the timeline). */
  public SoundLevelReadings soundLevels() {
    return soundLevels;
  }

  public int logout() {
    return engine.logoutRoom();
  }

  public void destroy() {
    engine.destroyEngine();
  }

  /**
   * The latest value of a state callback's argument at {@code index}, filtered by the first
   * argument.
   */
  public Optional<String> latest(String callback, String firstArg, int index) {
    List<CallbackEvent> events = timeline.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      CallbackEvent e = events.get(i);
      if (e.callback().equals(callback) && (firstArg == null || e.args().get(0).equals(firstArg))) {
        return Optional.of(e.args().get(index));
      }
    }
    return Optional.empty();
  }

  void close() {
    engine.destroyEngine();
    wiring.close();
  }
}
