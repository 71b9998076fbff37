package io.earshot.engine.internal.client;

import io.earshot.engine.AudioCaptureSource;
import io.earshot.engine.AudioRenderSink;
import io.earshot.engine.ErrorCode;
import io.earshot.engine.PlayerState;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.SoundLevelConfig;
import io.earshot.engine.internal.IdentifierRules;
import java.util.Arrays;
import java.util.List;

/**
 * The audio controls of the API (contract §1.2): microphone, publish-stream and receive mutes, and
 * the sound-level monitor. Runs on the engine's thread like {@link EngineCore}, whose sessions it
 * adjusts: a change takes effect on the next 20 ms frame and is announced to the server when it
 * changes what players hear ({@code stream_audio_state}) or what the relay forwards ({@code
 * play_audio_state}).
 */
public final class MediaControls {
  private final EngineCore core;
  private final AudioMuteSettings mutes = new AudioMuteSettings();
  private final SoundLevelMonitor levels;

  MediaControls(EngineCore core) {
    this.core = core;
    this.levels = new SoundLevelMonitor(core.scheduler, core.callbacks, this::playingStreams);
  }

  public int muteMicrophone(boolean mute) {
    if (core.isDestroyed()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (mute && !mutes.microphoneMuted()) {
      levels.discardCaptured(); // every report made while muted reads 0, also the first one
    }
    mutes.muteMicrophone(mute);
    applyPublishMutes();
    return 0;
  }

  /** The microphone mute; false once the engine is destroyed. */
  public boolean isMicrophoneMuted() {
    return !core.isDestroyed() && mutes.microphoneMuted();
  }

  public int mutePublishStreamAudio(boolean mute, PublishChannel channel) {
    if (core.isDestroyed()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (channel == null) {
      return ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    mutes.mutePublishChannel(channel, mute);
    applyPublishMutes();
    return 0;
  }

  public int mutePlayStreamAudio(String streamId, boolean mute) {
    if (core.isDestroyed()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    int code = IdentifierRules.streamId(streamId);
    if (code != 0) {
      return code;
    }
    mutes.mutePlayStream(streamId, mute);
    applyReceiveMutes();
    return 0;
  }

  public int muteAllPlayStreamAudio(boolean mute) {
    if (core.isDestroyed()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    mutes.muteAllPlayStreams(mute);
    applyReceiveMutes();
    return 0;
  }

  public int startSoundLevelMonitor(SoundLevelConfig config) {
    if (core.isDestroyed()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (config == null) {
      return ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    if (!config.isValid()) {
      return ErrorCode.DEVICE_SOUND_LEVEL_INTERVAL_INVALID;
    }
    levels.start(config);
    return 0;
  }

  public int stopSoundLevelMonitor() {
    if (core.isDestroyed()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    levels.stop();
    return 0;
  }

  // ---- called by EngineCore and RoomClient ----

  /**
   * The capture path of a publish session: the source, silenced while the microphone is muted,
   * metered.
   */
  AudioCaptureSource captureTap(AudioCaptureSource source) {
    return frame -> {
      source.capture(frame);
      if (mutes.microphoneMuted()) {
        Arrays.fill(frame, (short) 0);
      }
      levels.onCaptured(frame);
    };
  }

  /** The render path of the play sessions: metered, then the application's sink. */
  AudioRenderSink renderTap(AudioRenderSink sink) {
    return (streamId, frame, playoutNanos) -> {
      levels.onRendered(streamId, frame);
      sink.render(streamId, frame, playoutNanos);
    };
  }

  void onPublishCreated(PublishSession session) {
    session.sendSilence = mutes.publishChannelMuted(session.channel);
  }

  void onPlayCreated(PlaySession session) {
    session.receiveMuted = mutes.receiveMuted(session.streamId);
  }

  /** Ending a play resets its per-stream mute (contract §1.2: reset by stopPlayingStream). */
  void onPlayEnded(PlaySession session) {
    mutes.mutePlayStream(session.streamId, false);
  }

  /** What the server tells the players of this channel's stream. */
  boolean publishedAudioMuted(PublishChannel channel) {
    return mutes.publishedAudioMuted(channel);
  }

  boolean receiveMuted(String streamId) {
    return mutes.receiveMuted(streamId);
  }

  /**
   * The publisher's mute as a playing session learned it; reported when it differs from the last
   * report.
   */
  void onRemoteMicState(PlaySession session, boolean muted) {
    RemoteDeviceState state = muted ? RemoteDeviceState.MUTE : RemoteDeviceState.OPEN;
    if (session.state != PlayerState.PLAYING || session.remoteMicState == state) {
      return;
    }
    session.remoteMicState = state;
    String id = session.streamId;
    core.callbacks.post(h -> h.onRemoteMicStateUpdate(id, state));
  }

  void destroy() {
    levels.stop();
  }

  private void applyPublishMutes() {
    for (PublishSession session : core.publishes.values()) {
      session.sendSilence = mutes.publishChannelMuted(session.channel);
      core.room().announcePublishMute(session, mutes.publishedAudioMuted(session.channel));
    }
  }

  private void applyReceiveMutes() {
    for (PlaySession session : core.plays.values()) {
      boolean muted = mutes.receiveMuted(session.streamId);
      session.receiveMuted = muted;
      core.room().announceReceiveMute(session, muted);
    }
  }

  private List<String> playingStreams() {
    return core.plays.values().stream()
        .filter(s -> s.state == PlayerState.PLAYING)
        .map(s -> s.streamId)
        .toList();
  }
}
