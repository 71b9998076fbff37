package io.earshot.engine;

import java.util.List;
import java.util.Map;

/**
 * The engine's callbacks (contract §3). Every method has a no-op default, so a handler implements
 * only what it needs. All callbacks of one engine arrive one at a time, in the contract's order, on
 * that engine's event loop; a handler must not block.
 */
public interface EventHandler {
  /**
   * A new reason for the room state; fires before {@link #onRoomStateUpdate} for the same
   * transition.
   */
  default void onRoomStateChanged(
      String roomID,
      RoomStateChangedReason reason,
      int errorCode,
      Map<String, Object> extendedData) {}

  /** The legacy three-valued room state; fires only when that state changes. */
  default void onRoomStateUpdate(
      String roomID, RoomState state, int errorCode, Map<String, Object> extendedData) {}

  /** Other users entered or left (only when this login had {@code isUserStatusNotify}). */
  default void onRoomUserUpdate(String roomID, UpdateType updateType, List<User> userList) {}

  /** Other users' streams were added or deleted; never lists this engine's own streams. */
  default void onRoomStreamUpdate(
      String roomID,
      UpdateType updateType,
      List<Stream> streamList,
      Map<String, Object> extendedData) {}

  default void onPublisherStateUpdate(
      String streamID, PublisherState state, int errorCode, Map<String, Object> extendedData) {}

  default void onPlayerStateUpdate(
      String streamID, PlayerState state, int errorCode, Map<String, Object> extendedData) {}

  default void onPublisherStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {}

  default void onPlayerStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {}

  /** The first captured audio frame of a publish session. */
  default void onPublisherCapturedAudioFirstFrame() {}

  /** The first audio packet of a played stream arrived. */
  default void onPlayerRecvAudioFirstFrame(String streamID) {}

  default void onEngineStateUpdate(EngineState state) {}

  /**
   * The login's token expires in {@code remainTimeInSecond}; once, 30 s before (at once if less
   * remains).
   */
  default void onRoomTokenWillExpire(String roomID, int remainTimeInSecond) {}

  /** Every non-zero synchronous result is reported here too, and a rejected {@code renewToken}. */
  default void onDebugError(int errorCode, String funcName, String info) {}

  /**
   * The publisher of a played stream muted ({@link RemoteDeviceState#MUTE}) or unmuted ({@link
   * RemoteDeviceState#OPEN}) its microphone or the stream's audio. The current state also follows
   * right after {@code PLAYING}.
   */
  default void onRemoteMicStateUpdate(String streamID, RemoteDeviceState state) {}

  /**
   * The captured sound level (0.0–100.0) over the last monitor interval; 0 when nothing was
   * captured.
   */
  default void onCapturedSoundLevelUpdate(double soundLevel) {}

  /** Like {@link #onCapturedSoundLevelUpdate}, with voice detection. */
  default void onCapturedSoundLevelInfoUpdate(SoundLevelInfo soundLevelInfo) {}

  /** Stream ID → sound level (0.0–100.0) of every playing stream over the last monitor interval. */
  default void onRemoteSoundLevelUpdate(Map<String, Double> soundLevels) {}

  /** Like {@link #onRemoteSoundLevelUpdate}, with voice detection. */
  default void onRemoteSoundLevelInfoUpdate(Map<String, SoundLevelInfo> soundLevelInfos) {}

  /** The number of users in the room, this one included; every 30 s while logged in. */
  default void onRoomOnlineUserCountUpdate(String roomID, int count) {}

  /** A published stream's quality, every 3 s while publishing (contract §3.6, §4.1). */
  default void onPublisherQualityUpdate(String streamID, PublishStreamQuality quality) {}

  /** A played stream's quality, every 3 s while playing (contract §3.6, §4.2). */
  default void onPlayerQualityUpdate(String streamID, PlayStreamQuality quality) {}

  /**
   * Network quality every 2 s while publishing or playing: {@code userID ""} is this user (worst
   * own publish and play levels); one more call per remote user whose stream is played.
   */
  default void onNetworkQuality(
      String userID, StreamQualityLevel upstreamQuality, StreamQualityLevel downstreamQuality) {}

  /** An audio break of a played stream started (after 200 ms of concealment) or ended. */
  default void onPlayerMediaEvent(String streamID, PlayerMediaEvent event) {}
}
