package io.earshot.engine.events;

import io.earshot.engine.EngineState;
import io.earshot.engine.EventHandler;
import io.earshot.engine.PlayStreamQuality;
import io.earshot.engine.PlayerMediaEvent;
import io.earshot.engine.PlayerState;
import io.earshot.engine.PublishStreamQuality;
import io.earshot.engine.PublisherState;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.RoomState;
import io.earshot.engine.RoomStateChangedReason;
import io.earshot.engine.SoundLevelInfo;
import io.earshot.engine.Stream;
import io.earshot.engine.StreamEvent;
import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.UpdateType;
import io.earshot.engine.User;
import io.earshot.engine.events.EngineEvent.*;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An event handler that turns every callback into an {@link EngineEvent} and hands it on: the one
 * way tests, timelines and reports record what an engine said.
 */
public class EventRecorder implements EventHandler {
  private final Consumer<EngineEvent> sink;

  public EventRecorder(Consumer<EngineEvent> sink) {
    this.sink = sink;
  }

  @Override
  public void onRoomStateChanged(
      String roomID, RoomStateChangedReason reason, int errorCode, Map<String, Object> ext) {
    sink.accept(new RoomStateChanged(roomID, reason, errorCode, ext));
  }

  @Override
  public void onRoomStateUpdate(
      String roomID, RoomState state, int errorCode, Map<String, Object> ext) {
    sink.accept(new RoomStateUpdate(roomID, state, errorCode));
  }

  @Override
  public void onRoomUserUpdate(String roomID, UpdateType updateType, List<User> userList) {
    sink.accept(new RoomUserUpdate(roomID, updateType, userList));
  }

  @Override
  public void onRoomStreamUpdate(
      String roomID, UpdateType updateType, List<Stream> streams, Map<String, Object> ext) {
    sink.accept(new RoomStreamUpdate(roomID, updateType, streams, ext));
  }

  @Override
  public void onPublisherStateUpdate(
      String streamID, PublisherState state, int errorCode, Map<String, Object> ext) {
    sink.accept(new PublisherStateUpdate(streamID, state, errorCode));
  }

  @Override
  public void onPlayerStateUpdate(
      String streamID, PlayerState state, int errorCode, Map<String, Object> ext) {
    sink.accept(new PlayerStateUpdate(streamID, state, errorCode));
  }

  @Override
  public void onPublisherStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {
    sink.accept(new PublisherStreamEvent(eventID, streamID, extraInfo));
  }

  @Override
  public void onPlayerStreamEvent(StreamEvent eventID, String streamID, String extraInfo) {
    sink.accept(new PlayerStreamEvent(eventID, streamID, extraInfo));
  }

  @Override
  public void onPublisherCapturedAudioFirstFrame() {
    sink.accept(new PublisherCapturedAudioFirstFrame());
  }

  @Override
  public void onPlayerRecvAudioFirstFrame(String streamID) {
    sink.accept(new PlayerRecvAudioFirstFrame(streamID));
  }

  @Override
  public void onEngineStateUpdate(EngineState state) {
    sink.accept(new EngineStateUpdate(state));
  }

  @Override
  public void onRoomTokenWillExpire(String roomID, int remainTimeInSecond) {
    sink.accept(new RoomTokenWillExpire(roomID, remainTimeInSecond));
  }

  @Override
  public void onDebugError(int errorCode, String funcName, String info) {
    sink.accept(new DebugError(errorCode, funcName, info));
  }

  @Override
  public void onRemoteMicStateUpdate(String streamID, RemoteDeviceState state) {
    sink.accept(new RemoteMicStateUpdate(streamID, state));
  }

  @Override
  public void onCapturedSoundLevelUpdate(double soundLevel) {
    sink.accept(new CapturedSoundLevelUpdate(soundLevel));
  }

  @Override
  public void onCapturedSoundLevelInfoUpdate(SoundLevelInfo soundLevelInfo) {
    sink.accept(new CapturedSoundLevelInfoUpdate(soundLevelInfo));
  }

  @Override
  public void onRemoteSoundLevelUpdate(Map<String, Double> soundLevels) {
    sink.accept(new RemoteSoundLevelUpdate(soundLevels));
  }

  @Override
  public void onRemoteSoundLevelInfoUpdate(Map<String, SoundLevelInfo> soundLevelInfos) {
    sink.accept(new RemoteSoundLevelInfoUpdate(soundLevelInfos));
  }

  @Override
  public void onRoomOnlineUserCountUpdate(String roomID, int count) {
    sink.accept(new RoomOnlineUserCountUpdate(roomID, count));
  }

  @Override
  public void onPublisherQualityUpdate(String streamID, PublishStreamQuality quality) {
    sink.accept(new PublisherQualityUpdate(streamID, quality));
  }

  @Override
  public void onPlayerQualityUpdate(String streamID, PlayStreamQuality quality) {
    sink.accept(new PlayerQualityUpdate(streamID, quality));
  }

  @Override
  public void onNetworkQuality(
      String userID, StreamQualityLevel upstreamQuality, StreamQualityLevel downstreamQuality) {
    sink.accept(new NetworkQuality(userID, upstreamQuality, downstreamQuality));
  }

  @Override
  public void onPlayerMediaEvent(String streamID, PlayerMediaEvent event) {
    sink.accept(new PlayerMediaEventUpdate(streamID, event));
  }
}
