package io.earshot.engine.internal.client;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.PlayerState;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.StreamEvent;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import io.earshot.engine.internal.signaling.SignalingMessage.Play;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayAudioState;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayResult;
import io.earshot.engine.internal.signaling.SignalingMessage.RemoteMicState;
import io.earshot.engine.internal.signaling.SignalingMessage.StopPlay;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAvailable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's played streams and their state callbacks (contract §3.3): a play waits in {@code
 * PLAY_REQUESTING} until its stream is published, is {@code PLAYING} from then on, and ends with
 * {@code NO_PLAY}. RTP from the media link goes to the play of its SSRC.
 */
final class Players {
  /** At most this many concurrent plays per engine (contract §6.3). */
  static final int MAX_PLAYS = 12;

  private final ClientContext ctx;
  private final RoomClient room;
  private final MediaPaths paths;
  private final AudioMuteSettings mutes;
  private final EngineActivity activity;
  private final QualityClocks clocks;
  private final Map<String, PlaySession> sessions = new LinkedHashMap<>();

  /** The stats of the latest play of each stream, kept after it ends; read from any thread. */
  private final Map<String, PlayStats> stats = new ConcurrentHashMap<>();

  Players(
      ClientContext ctx,
      RoomClient room,
      MediaPaths paths,
      AudioMuteSettings mutes,
      EngineActivity activity,
      QualityClocks clocks) {
    this.ctx = ctx;
    this.room = room;
    this.paths = paths;
    this.mutes = mutes;
    this.activity = activity;
    this.clocks = clocks;
    room.router().on(PlayResult.class, this::onResult);
    room.router().on(StreamAvailable.class, this::onAvailable);
    room.router().on(RemoteMicState.class, m -> onRemoteMic(m.streamId(), m.muted()));
  }

  PlaySession session(String streamId) {
    return streamId == null ? null : sessions.get(streamId);
  }

  Collection<PlaySession> sessions() {
    return sessions.values();
  }

  /** Starts playing; the caller checked the API's preconditions except the count. */
  int start(String streamId) {
    if (sessions.containsKey(streamId)) {
      return 0;
    }
    if (sessions.size() >= MAX_PLAYS) {
      return ErrorCode.PLAYER_COUNT_EXCEED;
    }
    activity.sessionStarted();
    PlaySession session = paths.play(streamId);
    session.receiveMuted = mutes.receiveMuted(streamId);
    session.publisherPresent = () -> room.publisherOf(streamId) != null;
    sessions.put(streamId, session);
    stats.put(streamId, session.stats);
    post(streamId, PlayerState.PLAY_REQUESTING, 0, StreamEvent.PLAY_START);
    room.whenLoggedIn(
        session,
        () -> {
          boolean muted = mutes.receiveMuted(session.streamId);
          session.announcedReceiveMuted = muted;
          room.send(new Play(room.nextSeq(), session.streamId, muted));
        });
    return 0;
  }

  int stop(String streamId) {
    PlaySession session = streamId == null ? null : sessions.remove(streamId);
    if (session != null) {
      requestStop(session);
      end(session, 0, StreamEvent.PLAY_END);
    }
    return 0;
  }

  /** Ends every play with {@code code} (logout, kick-out, failed login, lost session). */
  void stopAll(int code) {
    for (PlaySession s : List.copyOf(sessions.values())) {
      sessions.remove(s.streamId);
      StreamEvent event =
          code == 0
              ? StreamEvent.PLAY_END
              : s.interrupted ? StreamEvent.RETRY_PLAY_FAIL : StreamEvent.PLAY_FAIL;
      end(s, code, event);
    }
  }

  /** A break: every play that was going reports {@code PLAY_REQUESTING 1004020}. */
  void interrupt() {
    for (PlaySession s : sessions.values()) {
      if (s.state == PlayerState.PLAYING) {
        s.state = PlayerState.PLAY_REQUESTING;
        s.interrupted = true;
        post(
            s.streamId,
            PlayerState.PLAY_REQUESTING,
            ErrorCode.PLAYER_ERROR_NETWORK_INTERRUPT,
            StreamEvent.RETRY_PLAY_START);
      }
    }
  }

  /** The media path is back and the session went on: every interrupted play resumes. */
  void restore() {
    for (PlaySession s : sessions.values()) {
      if (s.interrupted) {
        resume(s);
      }
    }
  }

  /** Logged in again after a break: every play already asked for is asked for again. */
  void reconnected() {
    for (PlaySession s : sessions.values()) {
      if (s.announcedReceiveMuted != null) {
        boolean muted = mutes.receiveMuted(s.streamId);
        s.announcedReceiveMuted = muted;
        room.send(new Play(room.nextSeq(), s.streamId, muted));
      }
    }
  }

  private void resume(PlaySession s) {
    s.interrupted = false;
    s.state = PlayerState.PLAYING;
    post(s.streamId, PlayerState.PLAYING, 0, StreamEvent.RETRY_PLAY_SUCCESS);
  }

  /** Stops playout without callbacks (the engine is destroyed). */
  void release() {
    sessions.values().forEach(PlaySession::stop);
    sessions.clear();
  }

  /** Applies the receive mutes to every play and tells the server of a change. */
  void applyMutes() {
    for (PlaySession session : sessions.values()) {
      boolean muted = mutes.receiveMuted(session.streamId);
      session.receiveMuted = muted;
      if (room.isLoggedIn()
          && session.announcedReceiveMuted != null
          && session.announcedReceiveMuted != muted) {
        session.announcedReceiveMuted = muted;
        room.send(new PlayAudioState(room.nextSeq(), session.streamId, muted));
      }
    }
  }

  /** The streams being played (for the sound-level monitor). */
  List<String> playing() {
    return sessions.values().stream()
        .filter(s -> s.state == PlayerState.PLAYING)
        .map(s -> s.streamId)
        .toList();
  }

  /** RTP from the relay: a packet of a played stream, or something to count and drop. */
  void onRtp(byte[] datagram) {
    RtpPacket packet;
    try {
      packet = RtpPacketCodec.decode(datagram, 0, datagram.length);
    } catch (MalformedPacketException e) {
      ctx.counters.malformedDatagrams++;
      return;
    }
    for (PlaySession session : sessions.values()) {
      if (session.ssrc == packet.ssrc()
          && (session.state == PlayerState.PLAYING || session.interrupted)) {
        if (session.receive(packet, datagram.length, ctx.scheduler.nanoTime(), ctx.scheduler)) {
          String id = session.streamId;
          ctx.callbacks.post(h -> h.onPlayerRecvAudioFirstFrame(id));
        }
        return;
      }
    }
    ctx.counters.unknownSsrcDatagrams++;
  }

  /** Per-stream receive counters, for {@code ExpressEngine.counters()}. */
  void putCounters(TreeMap<String, Long> out) {
    stats.forEach((streamId, s) -> s.putInto(streamId, out));
  }

  private void onResult(PlayResult m) {
    if (m.code() != 0) {
      PlaySession session = sessions.remove(m.streamId());
      if (session != null) {
        end(session, m.code(), StreamEvent.PLAY_FAIL);
      }
    }
  }

  /** The played stream is published (again) with this SSRC. */
  private void onAvailable(StreamAvailable m) {
    PlaySession session = sessions.get(m.streamId());
    if (session == null) {
      return;
    }
    try {
      session.attach(m.ssrc());
    } catch (RuntimeException e) {
      // The engine failed inside (e.g. no decoder could be made): the play ends with 1004099.
      sessions.remove(m.streamId());
      requestStop(session);
      end(session, ErrorCode.PLAYER_INNER_ERROR, StreamEvent.PLAY_FAIL);
      return;
    }
    if (session.interrupted) {
      resume(session);
    } else if (session.state == PlayerState.PLAY_REQUESTING) {
      session.state = PlayerState.PLAYING;
      post(m.streamId(), PlayerState.PLAYING, 0, StreamEvent.PLAY_SUCCESS);
      clocks.started(session);
    }
    onRemoteMic(m.streamId(), m.muted());
  }

  /** The publisher's mute as this play learned it; reported when it differs from the last. */
  private void onRemoteMic(String streamId, boolean muted) {
    PlaySession session = sessions.get(streamId);
    RemoteDeviceState state = muted ? RemoteDeviceState.MUTE : RemoteDeviceState.OPEN;
    if (session == null
        || session.state != PlayerState.PLAYING
        || session.remoteMicState == state) {
      return;
    }
    session.remoteMicState = state;
    ctx.callbacks.post(h -> h.onRemoteMicStateUpdate(streamId, state));
  }

  private void requestStop(PlaySession session) {
    if (room.isLoggedIn()) {
      room.send(new StopPlay(room.nextSeq(), session.streamId));
    } else {
      room.cancelQueued(session);
    }
  }

  private void end(PlaySession session, int code, StreamEvent event) {
    session.stop();
    // Ending a play resets its per-stream receive mute (contract §1.2).
    mutes.mutePlayStream(session.streamId, false);
    post(session.streamId, PlayerState.NO_PLAY, code, event);
    activity.sessionEnded();
  }

  private void post(String streamId, PlayerState state, int code, StreamEvent event) {
    ctx.callbacks.post(h -> h.onPlayerStateUpdate(streamId, state, code, Map.of()));
    ctx.callbacks.post(h -> h.onPlayerStreamEvent(event, streamId, Publishers.STREAM_EXTRA_INFO));
  }
}
