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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One callback of {@link EventHandler}, frozen as an immutable record the moment it fired. Its text
 * form is defined here and nowhere else: the callback's name, its arguments in signature order
 * (room ID left out), and the extras that carry meaning.
 */
public sealed interface EngineEvent {
  /** The callback's name, e.g. {@code onRoomStateChanged}. */
  String callback();

  /** The arguments as text, in signature order, without the room ID and empty extras. */
  List<String> args();

  /** The callback's extended data (empty for most). */
  default Map<String, Object> extras() {
    return Map.of();
  }

  /** Name and arguments: {@code onPlayerStateUpdate s1 PLAYING 0}. */
  default String summary() {
    List<String> args = args();
    return args.isEmpty() ? callback() : callback() + " " + String.join(" ", args);
  }

  /** The summary followed by the extras, if any: one line of a timeline. */
  default String render() {
    String extras = EventText.extras(extras());
    return extras.isEmpty() ? summary() : summary() + "  " + extras;
  }

  record RoomStateChanged(
      String roomId, RoomStateChangedReason reason, int errorCode, Map<String, Object> extras)
      implements EngineEvent {
    public RoomStateChanged {
      extras = Map.copyOf(extras);
    }

    public String callback() {
      return "onRoomStateChanged";
    }

    public List<String> args() {
      return List.of(reason.name(), String.valueOf(errorCode));
    }
  }

  record RoomStateUpdate(String roomId, RoomState state, int errorCode) implements EngineEvent {
    public String callback() {
      return "onRoomStateUpdate";
    }

    public List<String> args() {
      return List.of(state.name(), String.valueOf(errorCode));
    }
  }

  record RoomUserUpdate(String roomId, UpdateType type, List<User> users) implements EngineEvent {
    public RoomUserUpdate {
      users = List.copyOf(users);
    }

    public String callback() {
      return "onRoomUserUpdate";
    }

    public List<String> args() {
      List<String> args = new ArrayList<>();
      args.add(type.name());
      users.forEach(u -> args.add(u.userID()));
      return args;
    }
  }

  /** Streams render as {@code id@publisher}. */
  record RoomStreamUpdate(
      String roomId, UpdateType type, List<Stream> streams, Map<String, Object> extras)
      implements EngineEvent {
    public RoomStreamUpdate {
      streams = List.copyOf(streams);
      extras = Map.copyOf(extras);
    }

    public String callback() {
      return "onRoomStreamUpdate";
    }

    public List<String> args() {
      List<String> args = new ArrayList<>();
      args.add(type.name());
      streams.forEach(s -> args.add(s.streamID() + "@" + s.user().userID()));
      return args;
    }
  }

  record PublisherStateUpdate(String streamId, PublisherState state, int errorCode)
      implements EngineEvent {
    public String callback() {
      return "onPublisherStateUpdate";
    }

    public List<String> args() {
      return List.of(streamId, state.name(), String.valueOf(errorCode));
    }
  }

  record PlayerStateUpdate(String streamId, PlayerState state, int errorCode)
      implements EngineEvent {
    public String callback() {
      return "onPlayerStateUpdate";
    }

    public List<String> args() {
      return List.of(streamId, state.name(), String.valueOf(errorCode));
    }
  }

  record PublisherStreamEvent(StreamEvent event, String streamId, String extraInfo)
      implements EngineEvent {
    public String callback() {
      return "onPublisherStreamEvent";
    }

    public List<String> args() {
      return List.of(event.name(), streamId);
    }
  }

  record PlayerStreamEvent(StreamEvent event, String streamId, String extraInfo)
      implements EngineEvent {
    public String callback() {
      return "onPlayerStreamEvent";
    }

    public List<String> args() {
      return List.of(event.name(), streamId);
    }
  }

  record PublisherCapturedAudioFirstFrame() implements EngineEvent {
    public String callback() {
      return "onPublisherCapturedAudioFirstFrame";
    }

    public List<String> args() {
      return List.of();
    }
  }

  record PlayerRecvAudioFirstFrame(String streamId) implements EngineEvent {
    public String callback() {
      return "onPlayerRecvAudioFirstFrame";
    }

    public List<String> args() {
      return List.of(streamId);
    }
  }

  record EngineStateUpdate(EngineState state) implements EngineEvent {
    public String callback() {
      return "onEngineStateUpdate";
    }

    public List<String> args() {
      return List.of(state.name());
    }
  }

  record RoomTokenWillExpire(String roomId, int remainSeconds) implements EngineEvent {
    public String callback() {
      return "onRoomTokenWillExpire";
    }

    public List<String> args() {
      return List.of(String.valueOf(remainSeconds));
    }
  }

  record DebugError(int errorCode, String funcName, String info) implements EngineEvent {
    public String callback() {
      return "onDebugError";
    }

    public List<String> args() {
      return List.of(String.valueOf(errorCode), funcName);
    }
  }

  record RemoteMicStateUpdate(String streamId, RemoteDeviceState state) implements EngineEvent {
    public String callback() {
      return "onRemoteMicStateUpdate";
    }

    public List<String> args() {
      return List.of(streamId, state.name());
    }
  }

  record RoomOnlineUserCountUpdate(String roomId, int count) implements EngineEvent {
    public String callback() {
      return "onRoomOnlineUserCountUpdate";
    }

    public List<String> args() {
      return List.of(String.valueOf(count));
    }
  }

  /**
   * The captured sound level (kept out of timelines by their recorders: it fires 10 times a
   * second).
   */
  record CapturedSoundLevelUpdate(double soundLevel) implements EngineEvent {
    public String callback() {
      return "onCapturedSoundLevelUpdate";
    }

    public List<String> args() {
      return List.of(EventText.decimal(soundLevel));
    }
  }

  record CapturedSoundLevelInfoUpdate(SoundLevelInfo info) implements EngineEvent {
    public String callback() {
      return "onCapturedSoundLevelInfoUpdate";
    }

    public List<String> args() {
      return List.of(EventText.decimal(info.soundLevel()), String.valueOf(info.vad()));
    }
  }

  record RemoteSoundLevelUpdate(Map<String, Double> soundLevels) implements EngineEvent {
    public RemoteSoundLevelUpdate {
      soundLevels = Map.copyOf(soundLevels);
    }

    public String callback() {
      return "onRemoteSoundLevelUpdate";
    }

    public List<String> args() {
      return EventText.levels(soundLevels);
    }
  }

  record RemoteSoundLevelInfoUpdate(Map<String, SoundLevelInfo> infos) implements EngineEvent {
    public RemoteSoundLevelInfoUpdate {
      infos = Map.copyOf(infos);
    }

    public String callback() {
      return "onRemoteSoundLevelInfoUpdate";
    }

    public List<String> args() {
      return EventText.levelInfos(infos);
    }
  }

  /** A publish interval's quality, compactly: kbit/s, RTT, uplink loss, level. */
  record PublisherQualityUpdate(String streamId, PublishStreamQuality quality)
      implements EngineEvent {
    public String callback() {
      return "onPublisherQualityUpdate";
    }

    public List<String> args() {
      return List.of(
          streamId,
          quality.level().name(),
          "kbps=" + EventText.decimal(quality.audioKBPS()),
          "rtt=" + quality.rtt(),
          "loss=" + EventText.fraction(quality.packetLostRate()));
    }
  }

  /** A play interval's quality, compactly: level, MOS, losses, delays, breaks. */
  record PlayerQualityUpdate(String streamId, PlayStreamQuality quality) implements EngineEvent {
    public String callback() {
      return "onPlayerQualityUpdate";
    }

    public List<String> args() {
      return List.of(
          streamId,
          quality.level().name(),
          "mos=" + EventText.mos(quality.mos()),
          "loss=" + EventText.fraction(quality.packetLostRate()),
          "p2pLoss=" + EventText.fraction(quality.peerToPeerPacketLostRate()),
          "rtt=" + quality.rtt(),
          "p2pDelay=" + quality.peerToPeerDelay(),
          "delay=" + quality.delay(),
          "breaks=" + quality.audioCumulativeBreakCount());
    }
  }

  /** Network quality of this user ({@code local}) or of a remote user whose stream is played. */
  record NetworkQuality(String userId, StreamQualityLevel up, StreamQualityLevel down)
      implements EngineEvent {
    public String callback() {
      return "onNetworkQuality";
    }

    public List<String> args() {
      return List.of(userId.isEmpty() ? "local" : userId, up.name(), down.name());
    }
  }

  record PlayerMediaEventUpdate(String streamId, PlayerMediaEvent event) implements EngineEvent {
    public String callback() {
      return "onPlayerMediaEvent";
    }

    public List<String> args() {
      return List.of(streamId, event.name());
    }
  }
}
