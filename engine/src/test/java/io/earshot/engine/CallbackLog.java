package io.earshot.engine;

import io.earshot.engine.scheduling.VirtualScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records every callback of {@link EventHandler} as one text line, for tests on a {@link
 * VirtualScheduler} (single thread, no waiting). Room and publisher/player lines match {@link
 * RecordingHandler}'s format.
 */
final class CallbackLog implements EventHandler {
  private final List<String> events = new ArrayList<>();

  /** The extendedData of each onRoomStateChanged, in order. */
  final List<Map<String, Object>> roomExtendedData = new ArrayList<>();

  List<String> events() {
    return List.copyOf(events);
  }

  /** The events that start with one of {@code prefixes}. */
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

  /** The events except the stream events (onPublisherStreamEvent / onPlayerStreamEvent). */
  List<String> withoutStreamEvents() {
    return events.stream()
        .filter(
            e -> !e.startsWith("onPublisherStreamEvent") && !e.startsWith("onPlayerStreamEvent"))
        .toList();
  }

  int size() {
    return events.size();
  }

  void clear() {
    events.clear();
    roomExtendedData.clear();
  }

  @Override
  public void onRoomStateChanged(
      String roomID,
      RoomStateChangedReason reason,
      int errorCode,
      Map<String, Object> extendedData) {
    roomExtendedData.add(extendedData);
    events.add("onRoomStateChanged " + reason + " " + errorCode);
  }

  @Override
  public void onRoomStateUpdate(
      String roomID, RoomState state, int errorCode, Map<String, Object> extendedData) {
    events.add("onRoomStateUpdate " + state + " " + errorCode);
  }

  @Override
  public void onRoomUserUpdate(String roomID, UpdateType updateType, List<User> userList) {
    events.add(
        "onRoomUserUpdate " + updateType + " " + userList.stream().map(User::userID).toList());
  }

  @Override
  public void onRoomStreamUpdate(
      String roomID,
      UpdateType updateType,
      List<Stream> streamList,
      Map<String, Object> extendedData) {
    events.add(
        "onRoomStreamUpdate "
            + updateType
            + " "
            + streamList.stream().map(s -> s.streamID() + "@" + s.user().userID()).toList()
            + (extendedData.isEmpty() ? "" : " " + render(extendedData)));
  }

  /** extendedData with a stable order; stream_delete_reason entries as "streamId:code". */
  private static String render(Map<String, Object> extendedData) {
    Map<String, Object> sorted = new TreeMap<>(extendedData);
    if (sorted.get("stream_delete_reason") instanceof List<?> reasons) {
      sorted.put(
          "stream_delete_reason",
          reasons.stream()
              .map(
                  r -> {
                    Map<?, ?> m = (Map<?, ?>) r;
                    return m.get("stream_id") + ":" + m.get("code");
                  })
              .toList());
    }
    return sorted.toString();
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
  public void onPublisherStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {
    events.add("onPublisherStreamEvent " + eventID + " " + streamID);
  }

  @Override
  public void onPlayerStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {
    events.add("onPlayerStreamEvent " + eventID + " " + streamID);
  }

  @Override
  public void onPublisherCapturedAudioFirstFrame() {
    events.add("onPublisherCapturedAudioFirstFrame");
  }

  @Override
  public void onPlayerRecvAudioFirstFrame(String streamID) {
    events.add("onPlayerRecvAudioFirstFrame " + streamID);
  }

  @Override
  public void onEngineStateUpdate(EngineState state) {
    events.add("onEngineStateUpdate " + state);
  }

  @Override
  public void onRoomTokenWillExpire(String roomID, int remainTimeInSecond) {
    events.add("onRoomTokenWillExpire " + remainTimeInSecond);
  }

  @Override
  public void onDebugError(int errorCode, String funcName, String info) {
    events.add("onDebugError " + errorCode + " " + funcName);
  }
}
