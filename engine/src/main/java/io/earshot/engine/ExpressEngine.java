package io.earshot.engine;

import io.earshot.engine.internal.client.EngineCore;
import java.util.HexFormat;
import java.util.Map;

/**
 * The reference engine's API, after the vendor's Express SDK (contract §1). One instance per
 * virtual user; many may live in one JVM. Every method returns 0 or a contract error code
 * synchronously; outcomes that depend on the server or the network arrive as {@link EventHandler}
 * callbacks, in order, on the engine's event loop. Methods may be called from any thread, also from
 * inside a callback.
 */
public final class ExpressEngine {
  private final EngineCore core;

  private ExpressEngine(EngineCore core) {
    this.core = core;
  }

  /**
   * Creates an idle engine that reaches its server through {@code environment}.
   *
   * @throws EngineException with {@code 1001000} (appID 0), {@code 1001001} (AppSign not 64 chars)
   *     or {@code 1001002} (AppSign not hex); a null or empty AppSign selects token mode
   */
  public static ExpressEngine createEngine(
      EngineProfile profile, EventHandler handler, EngineEnvironment environment) {
    if (profile == null) {
      throw new EngineException(ErrorCode.COMMON_ILLEGAL_PARAM, "profile must not be null");
    }
    if (environment == null) {
      throw new EngineException(ErrorCode.COMMON_ILLEGAL_PARAM, "environment must not be null");
    }
    if (profile.appID() <= 0 || profile.appID() > 0xFFFF_FFFFL) {
      throw new EngineException(
          ErrorCode.ENGINE_APPID_ZERO, "appID must be in [1, 4294967295], was " + profile.appID());
    }
    String sign = profile.appSign();
    if (sign != null && !sign.isEmpty()) {
      if (sign.length() != 64) {
        throw new EngineException(
            ErrorCode.ENGINE_APPSIGN_INVALID_LENGTH,
            "appSign must be 64 characters, was " + sign.length());
      }
      for (int i = 0; i < sign.length(); i++) {
        if (!HexFormat.isHexDigit(sign.charAt(i))) {
          throw new EngineException(
              ErrorCode.ENGINE_APPSIGN_INVALID_CHARACTER,
              "appSign must be hex digits, found '" + sign.charAt(i) + "' at index " + i);
        }
      }
    }
    return new ExpressEngine(new EngineCore(profile, handler, environment));
  }

  /**
   * Stops publishing and playing, leaves the room and releases resources. Idempotent; no callback
   * follows.
   */
  public void destroyEngine() {
    core.calls()
        .call(
            "destroyEngine",
            () -> {
              core.destroy();
              return 0;
            });
  }

  /**
   * Sets the handler; {@code null} clears it. A second non-null handler returns {@code 1000008}.
   */
  public int setEventHandler(EventHandler handler) {
    return core.calls().call("setEventHandler", () -> core.setEventHandler(handler));
  }

  /** Accepted and ignored: the engine is audio-only. */
  public int enableCamera(boolean enable) {
    return core.calls().call("enableCamera", core::alive);
  }

  /** Replaces the profile's scenario; {@code 1000067} while logged in. */
  public int setRoomScenario(Scenario scenario) {
    return core.calls().call("setRoomScenario", () -> core.setRoomScenario(scenario));
  }

  /** Logs in with default room options. */
  public int loginRoom(String roomID, User user) {
    return loginRoom(roomID, user, null);
  }

  /** Starts logging in to {@code roomID}; the outcome arrives by {@code onRoomStateChanged}. */
  public int loginRoom(String roomID, User user, RoomConfig config) {
    return core.calls().call("loginRoom", () -> core.loginRoom(roomID, user, config));
  }

  /** Logs out of the current room. */
  public int logoutRoom() {
    return logoutRoom(null);
  }

  /**
   * Stops all publishing and playing, then leaves {@code roomID} ({@code null}: the current room).
   */
  public int logoutRoom(String roomID) {
    return core.calls().call("logoutRoom", () -> core.logoutRoom(roomID));
  }

  /**
   * Sends a new token for the current room; the server verifies it. Success is silent and re-arms
   * {@code onRoomTokenWillExpire}; a rejected token is reported by {@code onDebugError} with its
   * code and the old token stays in force. {@code 1002002} if not in that room, {@code 1000017} for
   * an empty token.
   */
  public int renewToken(String roomID, String token) {
    return core.calls().call("renewToken", () -> core.renewToken(roomID, token));
  }

  /** Publishes on the main channel. */
  public int startPublishingStream(String streamID) {
    return startPublishingStream(streamID, PublishChannel.MAIN);
  }

  public int startPublishingStream(String streamID, PublishChannel channel) {
    return core.calls()
        .call("startPublishingStream", () -> core.startPublishing(streamID, channel));
  }

  public int stopPublishingStream() {
    return stopPublishingStream(PublishChannel.MAIN);
  }

  public int stopPublishingStream(PublishChannel channel) {
    return core.calls().call("stopPublishingStream", () -> core.stopPublishing(channel));
  }

  public int startPlayingStream(String streamID) {
    return core.calls().call("startPlayingStream", () -> core.startPlaying(streamID));
  }

  public int stopPlayingStream(String streamID) {
    return core.calls().call("stopPlayingStream", () -> core.stopPlaying(streamID));
  }

  /**
   * Mutes or unmutes the microphone: captured audio is replaced by silence while the streams keep
   * flowing, and the captured sound level reads 0. Players of this engine's streams get {@code
   * onRemoteMicStateUpdate(MUTE / OPEN)}. Persists across logins.
   */
  public int muteMicrophone(boolean mute) {
    return core.calls().call("muteMicrophone", () -> core.controls().muteMicrophone(mute));
  }

  /** Whether the microphone is muted ({@code false} once the engine is destroyed). */
  public boolean isMicrophoneMuted() {
    return core.calls().query(() -> core.controls().isMicrophoneMuted());
  }

  /** Mutes or unmutes the audio of the main channel's stream. */
  public int mutePublishStreamAudio(boolean mute) {
    return mutePublishStreamAudio(mute, PublishChannel.MAIN);
  }

  /**
   * Mutes or unmutes the audio a channel publishes: capture continues (the captured sound level is
   * unaffected) and the stream carries silence. Players get {@code onRemoteMicStateUpdate(MUTE /
   * OPEN)}. The setting belongs to the channel and applies to streams published on it later. A null
   * channel returns {@code 1000017}.
   */
  public int mutePublishStreamAudio(boolean mute, PublishChannel channel) {
    return core.calls()
        .call(
            "mutePublishStreamAudio", () -> core.controls().mutePublishStreamAudio(mute, channel));
  }

  /**
   * Stops or resumes receiving a stream's audio; the player state does not change. The server stops
   * forwarding the stream to this engine and playout renders silence. May be called before {@link
   * #startPlayingStream}; ending the play resets it. Stream ID errors as for playing ({@code
   * 1000014}–{@code 1000016}).
   */
  public int mutePlayStreamAudio(String streamID, boolean mute) {
    return core.calls()
        .call("mutePlayStreamAudio", () -> core.controls().mutePlayStreamAudio(streamID, mute));
  }

  /**
   * Stops or resumes receiving every stream's audio. While on, {@link #mutePlayStreamAudio} has no
   * effect; per-stream settings made meanwhile apply once it is off.
   */
  public int muteAllPlayStreamAudio(boolean mute) {
    return core.calls()
        .call("muteAllPlayStreamAudio", () -> core.controls().muteAllPlayStreamAudio(mute));
  }

  /** Starts the sound-level callbacks every 100 ms, without voice detection. */
  public int startSoundLevelMonitor() {
    return startSoundLevelMonitor(SoundLevelConfig.defaults());
  }

  /**
   * Starts (or restarts) the sound-level callbacks: {@code onCapturedSoundLevel[Info]Update} every
   * interval, and {@code onRemoteSoundLevel[Info]Update} while at least one stream plays. An
   * interval outside [100, 3000] ms returns {@code 1006031}; a null config {@code 1000017}.
   */
  public int startSoundLevelMonitor(SoundLevelConfig config) {
    return core.calls()
        .call("startSoundLevelMonitor", () -> core.controls().startSoundLevelMonitor(config));
  }

  /** Stops the sound-level callbacks. */
  public int stopSoundLevelMonitor() {
    return core.calls()
        .call("stopSoundLevelMonitor", () -> core.controls().stopSoundLevelMonitor());
  }

  /**
   * What this engine received and dropped (malformed messages, unknown datagrams), for diagnostics.
   * Per played stream (the latest play of it, kept after it ends), for the RTP packets of the
   * stream's current SSRC: {@code play.<streamId>.ssrc}, {@code .packets_received} (duplicates
   * included), {@code .packets_unique} (distinct sequence numbers), {@code .seq_first} / {@code
   * .seq_last} (lowest and highest sequence number received, extended past 16-bit wraps so they can
   * exceed 65535; -1 before the first packet), {@code .seq_span} (last - first + 1) and {@code
   * .packets_missed} (span - unique: packets between the first and the last received that never
   * arrived).
   */
  /**
   * The WebRTC inbound audio statistics of a played stream (quality-metrics §2), or null if the
   * stream is not being played. Not part of the vendor's API.
   */
  public InboundAudioStats getInboundAudioStats(String streamID) {
    return core.calls().query(() -> core.inboundStats(streamID));
  }

  public Map<String, Long> counters() {
    return core.counters();
  }
}
