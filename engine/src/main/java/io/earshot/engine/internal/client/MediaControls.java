package io.earshot.engine.internal.client;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.IdentifierRules;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.SoundLevelConfig;
import java.util.function.BooleanSupplier;

/**
 * The audio controls of the API (contract §1.2): microphone, publish-stream and receive mutes, and
 * the sound-level monitor. Runs on the engine's thread; a change takes effect on the next 20 ms
 * frame and is announced to the server by the publishers ({@code stream_audio_state}) or the
 * players ({@code play_audio_state}) when it changes what players hear or the relay forwards.
 */
public final class MediaControls {
  private final BooleanSupplier destroyed;
  private final AudioMuteSettings mutes;
  private final SoundLevelMonitor levels;
  private final Publishers publishers;
  private final Players players;

  MediaControls(
      BooleanSupplier destroyed,
      AudioMuteSettings mutes,
      SoundLevelMonitor levels,
      Publishers publishers,
      Players players) {
    this.destroyed = destroyed;
    this.mutes = mutes;
    this.levels = levels;
    this.publishers = publishers;
    this.players = players;
  }

  public int muteMicrophone(boolean mute) {
    if (destroyed.getAsBoolean()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (mute && !mutes.microphoneMuted()) {
      levels.discardCaptured(); // every report made while muted reads 0, also the first one
    }
    mutes.muteMicrophone(mute);
    publishers.applyMutes();
    return 0;
  }

  /** The microphone mute; false once the engine is destroyed. */
  public boolean isMicrophoneMuted() {
    return !destroyed.getAsBoolean() && mutes.microphoneMuted();
  }

  public int mutePublishStreamAudio(boolean mute, PublishChannel channel) {
    if (destroyed.getAsBoolean()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    if (channel == null) {
      return ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    mutes.mutePublishChannel(channel, mute);
    publishers.applyMutes();
    return 0;
  }

  public int mutePlayStreamAudio(String streamId, boolean mute) {
    if (destroyed.getAsBoolean()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    int code = IdentifierRules.streamId(streamId);
    if (code != 0) {
      return code;
    }
    mutes.mutePlayStream(streamId, mute);
    players.applyMutes();
    return 0;
  }

  public int muteAllPlayStreamAudio(boolean mute) {
    if (destroyed.getAsBoolean()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    mutes.muteAllPlayStreams(mute);
    players.applyMutes();
    return 0;
  }

  public int startSoundLevelMonitor(SoundLevelConfig config) {
    if (destroyed.getAsBoolean()) {
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
    if (destroyed.getAsBoolean()) {
      return ErrorCode.COMMON_ENGINE_NOT_CREATE;
    }
    levels.stop();
    return 0;
  }
}
