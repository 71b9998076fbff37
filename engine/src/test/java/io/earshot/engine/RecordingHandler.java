package io.earshot.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Test handler: records callbacks as text lines and lets a test await one with a timeout. */
final class RecordingHandler implements EventHandler {
  private final List<String> events = new ArrayList<>();

  synchronized List<String> events() {
    return List.copyOf(events);
  }

  private synchronized void add(String e) {
    events.add(e);
    notifyAll();
  }

  /** Waits until an event starting with {@code prefix} was recorded; fails after the timeout. */
  synchronized String await(String prefix, long timeout, TimeUnit unit)
      throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (true) {
      for (String e : events) {
        if (e.startsWith(prefix)) {
          return e;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "no callback starting with '"
                + prefix
                + "' within "
                + timeout
                + " "
                + unit
                + "; got "
                + events);
      }
      wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    }
  }

  @Override
  public void onRoomStateChanged(
      String roomID,
      RoomStateChangedReason reason,
      int errorCode,
      Map<String, Object> extendedData) {
    add("onRoomStateChanged " + reason + " " + errorCode);
  }

  @Override
  public void onRoomStateUpdate(
      String roomID, RoomState state, int errorCode, Map<String, Object> extendedData) {
    add("onRoomStateUpdate " + state + " " + errorCode);
  }

  @Override
  public void onRoomUserUpdate(String roomID, UpdateType updateType, List<User> userList) {
    add("onRoomUserUpdate " + updateType + " " + userList.stream().map(User::userID).toList());
  }

  @Override
  public void onRoomStreamUpdate(
      String roomID,
      UpdateType updateType,
      List<Stream> streamList,
      Map<String, Object> extendedData) {
    add(
        "onRoomStreamUpdate "
            + updateType
            + " "
            + streamList.stream().map(Stream::streamID).toList()
            + (extendedData.isEmpty() ? "" : " " + extendedData));
  }

  @Override
  public void onPublisherStateUpdate(
      String streamID, PublisherState state, int errorCode, Map<String, Object> extendedData) {
    add("onPublisherStateUpdate " + streamID + " " + state + " " + errorCode);
  }

  @Override
  public void onPlayerStateUpdate(
      String streamID, PlayerState state, int errorCode, Map<String, Object> extendedData) {
    add("onPlayerStateUpdate " + streamID + " " + state + " " + errorCode);
  }

  @Override
  public void onPublisherCapturedAudioFirstFrame() {
    add("onPublisherCapturedAudioFirstFrame");
  }

  @Override
  public void onPlayerRecvAudioFirstFrame(String streamID) {
    add("onPlayerRecvAudioFirstFrame " + streamID);
  }

  @Override
  public void onEngineStateUpdate(EngineState state) {
    add("onEngineStateUpdate " + state);
  }

  @Override
  public void onDebugError(int errorCode, String funcName, String info) {
    add("onDebugError " + errorCode + " " + funcName);
  }
}
