package io.earshot.engine;

import io.earshot.engine.scheduling.VirtualScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Records the callbacks of the mute, sound-level and user-count features (and the state callbacks
 * they are ordered against) for tests on a {@link VirtualScheduler}. Sound levels are kept as
 * values, the rest as text lines.
 */
final class MediaLog implements EventHandler {
  final List<String> events = new ArrayList<>();
  final List<Double> captured = new ArrayList<>();
  final List<SoundLevelInfo> capturedInfo = new ArrayList<>();
  final List<Map<String, Double>> remote = new ArrayList<>();
  final List<Map<String, SoundLevelInfo>> remoteInfo = new ArrayList<>();

  /** Scheduler time of each onRoomOnlineUserCountUpdate. */
  final List<Long> countTimes = new ArrayList<>();

  private final LongSupplier now;

  MediaLog(LongSupplier now) {
    this.now = now;
  }

  List<String> only(String... prefixes) {
    return events.stream()
        .filter(
            e -> {
              for (String p : prefixes) {
                if (e.startsWith(p)) {
                  return true;
                }
              }
              return false;
            })
        .toList();
  }

  void clear() {
    events.clear();
    captured.clear();
    capturedInfo.clear();
    remote.clear();
    remoteInfo.clear();
    countTimes.clear();
  }

  @Override
  public void onRoomStateChanged(
      String roomID,
      RoomStateChangedReason reason,
      int errorCode,
      Map<String, Object> extendedData) {
    events.add("onRoomStateChanged " + reason + " " + errorCode);
  }

  @Override
  public void onPublisherStateUpdate(
      String streamID, PublisherState state, int errorCode, Map<String, Object> extendedData) {
    events.add("onPublisherStateUpdate " + streamID + " " + state + " " + errorCode);
  }

  @Override
  public void onPlayerStateUpdate(
      String streamID, PlayerState state, int errorCode, Map<String, Object> extendedData) {
    events.add("onPlayerStateUpdate " + streamID + " " + state + " " + errorCode);
  }

  @Override
  public void onPlayerStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {
    events.add("onPlayerStreamEvent " + eventID + " " + streamID);
  }

  @Override
  public void onPlayerRecvAudioFirstFrame(String streamID) {
    events.add("onPlayerRecvAudioFirstFrame " + streamID);
  }

  @Override
  public void onDebugError(int errorCode, String funcName, String info) {
    events.add("onDebugError " + errorCode + " " + funcName);
  }

  @Override
  public void onRemoteMicStateUpdate(String streamID, RemoteDeviceState state) {
    events.add("onRemoteMicStateUpdate " + streamID + " " + state);
  }

  @Override
  public void onCapturedSoundLevelUpdate(double soundLevel) {
    captured.add(soundLevel);
  }

  @Override
  public void onCapturedSoundLevelInfoUpdate(SoundLevelInfo info) {
    capturedInfo.add(info);
  }

  @Override
  public void onRemoteSoundLevelUpdate(Map<String, Double> soundLevels) {
    remote.add(soundLevels);
  }

  @Override
  public void onRemoteSoundLevelInfoUpdate(Map<String, SoundLevelInfo> soundLevelInfos) {
    remoteInfo.add(soundLevelInfos);
  }

  @Override
  public void onRoomOnlineUserCountUpdate(String roomID, int count) {
    events.add("onRoomOnlineUserCountUpdate " + roomID + " " + count);
    countTimes.add(now.getAsLong());
  }
}
