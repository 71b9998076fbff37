package io.earshot.simulator.timeline;

import io.earshot.engine.EngineState;
import io.earshot.engine.EventHandler;
import io.earshot.engine.PlayerState;
import io.earshot.engine.PublisherState;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.RoomState;
import io.earshot.engine.RoomStateChangedReason;
import io.earshot.engine.Stream;
import io.earshot.engine.StreamEvent;
import io.earshot.engine.UpdateType;
import io.earshot.engine.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The event handler of a virtual user: turns every callback into a {@link CallbackEvent} on a
 * timeline, except the sound-level callbacks, whose latest values go to {@link SoundLevelReadings}.
 */
public final class TimelineRecorder implements EventHandler {
  private final CallbackTimeline timeline;
  private final LongSupplier scenarioNanos;
  private final SoundLevelReadings soundLevels = new SoundLevelReadings();

  /**
   * @param scenarioNanos the time since the scenario started, read when a callback fires
   */
  public TimelineRecorder(CallbackTimeline timeline, LongSupplier scenarioNanos) {
    this.timeline = timeline;
    this.scenarioNanos = scenarioNanos;
  }

  /** The latest sound levels this user's engine reported. */
  public SoundLevelReadings soundLevels() {
    return soundLevels;
  }

  private void record(String callback, List<String> args, Map<String, Object> extras) {
    String extraText = extras == null || extras.isEmpty() ? "" : new TreeMap<>(extras).toString();
    timeline.append(new CallbackEvent(scenarioNanos.getAsLong(), callback, args, extraText));
  }

  private void record(String callback, String... args) {
    record(callback, List.of(args), Map.of());
  }

  @Override
  public void onRoomStateChanged(
      String roomID,
      RoomStateChangedReason reason,
      int errorCode,
      Map<String, Object> extendedData) {
    record("onRoomStateChanged", List.of(reason.name(), String.valueOf(errorCode)), extendedData);
  }

  @Override
  public void onRoomStateUpdate(
      String roomID, RoomState state, int errorCode, Map<String, Object> extendedData) {
    record("onRoomStateUpdate", List.of(state.name(), String.valueOf(errorCode)), Map.of());
  }

  @Override
  public void onRoomUserUpdate(String roomID, UpdateType updateType, List<User> userList) {
    List<String> args = new ArrayList<>();
    args.add(updateType.name());
    userList.forEach(u -> args.add(u.userID()));
    record("onRoomUserUpdate", args, Map.of());
  }

  @Override
  public void onRoomStreamUpdate(
      String roomID,
      UpdateType updateType,
      List<Stream> streamList,
      Map<String, Object> extendedData) {
    List<String> args = new ArrayList<>();
    args.add(updateType.name());
    streamList.forEach(s -> args.add(s.streamID()));
    record("onRoomStreamUpdate", args, extendedData);
  }

  @Override
  public void onPublisherStateUpdate(
      String streamID, PublisherState state, int errorCode, Map<String, Object> extendedData) {
    record("onPublisherStateUpdate", streamID, state.name(), String.valueOf(errorCode));
  }

  @Override
  public void onPlayerStateUpdate(
      String streamID, PlayerState state, int errorCode, Map<String, Object> extendedData) {
    record("onPlayerStateUpdate", streamID, state.name(), String.valueOf(errorCode));
  }

  @Override
  public void onPublisherStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {
    record("onPublisherStreamEvent", eventID.name(), streamID);
  }

  @Override
  public void onPlayerStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {
    record("onPlayerStreamEvent", eventID.name(), streamID);
  }

  @Override
  public void onPublisherCapturedAudioFirstFrame() {
    record("onPublisherCapturedAudioFirstFrame");
  }

  @Override
  public void onPlayerRecvAudioFirstFrame(String streamID) {
    record("onPlayerRecvAudioFirstFrame", streamID);
  }

  @Override
  public void onEngineStateUpdate(EngineState state) {
    record("onEngineStateUpdate", state.name());
  }

  @Override
  public void onDebugError(int errorCode, String funcName, String info) {
    record("onDebugError", String.valueOf(errorCode), funcName);
  }

  @Override
  public void onRemoteMicStateUpdate(String streamID, RemoteDeviceState state) {
    record("onRemoteMicStateUpdate", streamID, state.name());
  }

  @Override
  public void onRoomOnlineUserCountUpdate(String roomID, int count) {
    record("onRoomOnlineUserCountUpdate", String.valueOf(count));
  }

  @Override
  public void onCapturedSoundLevelUpdate(double soundLevel) {
    soundLevels.captured(scenarioNanos.getAsLong(), soundLevel);
  }

  @Override
  public void onRemoteSoundLevelUpdate(Map<String, Double> soundLevels) {
    this.soundLevels.remote(scenarioNanos.getAsLong(), soundLevels);
  }
}
