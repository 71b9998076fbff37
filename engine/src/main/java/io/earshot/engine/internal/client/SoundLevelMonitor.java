package io.earshot.engine.internal.client;

import io.earshot.engine.SoundLevelConfig;
import io.earshot.engine.SoundLevelInfo;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sound-level monitor (contract §3.6): while on, every interval it reports the level of the
 * samples captured in that interval and, when at least one stream is playing, the level of each
 * playing stream's rendered samples. Captured frames arrive after the microphone mute (so a muted
 * microphone reads 0) and before the publish-stream mute (which does not change the captured
 * level).
 */
final class SoundLevelMonitor {
  private final Scheduler scheduler;
  private final CallbackDispatcher callbacks;
  private final Supplier<List<String>> playingStreams;
  private final SoundLevelMeter captured = new SoundLevelMeter();
  private final Map<String, SoundLevelMeter> rendered = new HashMap<>();
  private SoundLevelConfig config;
  private Cancellable timer = Cancellable.NONE;

  /**
   * @param playingStreams the IDs of the streams in {@code PLAYING}, in play order
   */
  SoundLevelMonitor(
      Scheduler scheduler, CallbackDispatcher callbacks, Supplier<List<String>> playingStreams) {
    this.scheduler = scheduler;
    this.callbacks = callbacks;
    this.playingStreams = playingStreams;
  }

  /** Starts, or restarts with a new interval; the first report is one interval from now. */
  void start(SoundLevelConfig newConfig) {
    stop();
    config = newConfig;
    long period = newConfig.millisecond() * 1_000_000L;
    timer = scheduler.scheduleAtFixedRate(this::report, period, period);
  }

  void stop() {
    timer.cancel();
    timer = Cancellable.NONE;
    config = null;
    captured.takeLevel();
    rendered.clear();
  }

  /** Forgets the samples captured so far in this interval. */
  void discardCaptured() {
    captured.takeLevel();
  }

  void onCaptured(short[] frame) {
    if (config != null) {
      captured.add(frame);
    }
  }

  void onRendered(String streamId, short[] frame) {
    if (config != null) {
      rendered.computeIfAbsent(streamId, k -> new SoundLevelMeter()).add(frame);
    }
  }

  private void report() {
    boolean vad = config.enableVAD();
    double level = captured.takeLevel();
    SoundLevelInfo info = new SoundLevelInfo(level, vad ? SoundLevelMeter.voiceActivity(level) : 0);
    callbacks.post(h -> h.onCapturedSoundLevelUpdate(level));
    callbacks.post(h -> h.onCapturedSoundLevelInfoUpdate(info));
    List<String> playing = playingStreams.get();
    if (!playing.isEmpty()) {
      Map<String, Double> levels = new LinkedHashMap<>();
      Map<String, SoundLevelInfo> infos = new LinkedHashMap<>();
      for (String id : playing) {
        SoundLevelMeter meter = rendered.get(id);
        double l = meter == null ? 0.0 : meter.takeLevel();
        levels.put(id, l);
        infos.put(id, new SoundLevelInfo(l, vad ? SoundLevelMeter.voiceActivity(l) : 0));
      }
      Map<String, Double> levelView = Collections.unmodifiableMap(levels);
      Map<String, SoundLevelInfo> infoView = Collections.unmodifiableMap(infos);
      callbacks.post(h -> h.onRemoteSoundLevelUpdate(levelView));
      callbacks.post(h -> h.onRemoteSoundLevelInfoUpdate(infoView));
    }
    rendered.keySet().retainAll(playing);
  }
}
