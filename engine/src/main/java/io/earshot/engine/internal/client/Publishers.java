package io.earshot.engine.internal.client;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.EventHandler;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.PublisherState;
import io.earshot.engine.StreamEvent;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.internal.rtp.RtpPacketizer;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.PublishResult;
import io.earshot.engine.internal.signaling.SignalingMessage.StopPublish;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAudioState;
import io.earshot.engine.random.SeededRandom;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's published streams, one per channel, and their state callbacks (contract §3.2): a
 * publish is requested once logged in, {@code PUBLISHING} when the server accepts it, {@code
 * NO_PUBLISH} when it is refused, stopped or the session ends.
 */
final class Publishers {
  static final String STREAM_EXTRA_INFO =
      "{\"streamProtocol\":\"rtp\",\"netProtocol\":\"udp\",\"resourceType\":\"rtc\"}";

  private final ClientContext ctx;
  private final RoomClient room;
  private final MediaPaths paths;
  private final AudioMuteSettings mutes;
  private final EngineActivity activity;
  private final SeededRandom random;
  private final QualityClocks clocks;
  private final Map<PublishChannel, PublishSession> sessions = new EnumMap<>(PublishChannel.class);

  /** seq → the publish it asked for. */
  private final Map<Long, PublishSession> pending = new LinkedHashMap<>();

  Publishers(
      ClientContext ctx,
      RoomClient room,
      MediaPaths paths,
      AudioMuteSettings mutes,
      EngineActivity activity,
      SeededRandom random,
      QualityClocks clocks) {
    this.ctx = ctx;
    this.room = room;
    this.paths = paths;
    this.mutes = mutes;
    this.activity = activity;
    this.random = random;
    this.clocks = clocks;
    room.router().on(PublishResult.class, this::onResult);
  }

  Collection<PublishSession> sessions() {
    return sessions.values();
  }

  /** Starts publishing; the caller checked the API's preconditions except the channel's use. */
  int start(String streamId, PublishChannel channel) {
    PublishSession existing = sessions.get(channel);
    if (existing != null) {
      return existing.streamId.equals(streamId) ? 0 : ErrorCode.PUBLISHER_ERROR_ALREADY_DO_PUBLISH;
    }
    activity.sessionStarted();
    RtpPacketizer packetizer =
        new RtpPacketizer(
            random.nextUnsignedInt(),
            RtpPayload.OPUS,
            random.nextInt(65536),
            random.nextUnsignedInt());
    post(streamId, PublisherState.PUBLISH_REQUESTING, 0, StreamEvent.PUBLISH_START);
    AudioEncoder encoder;
    try {
      encoder = ctx.env.codecs().newEncoder();
    } catch (RuntimeException e) {
      // The call was valid; the engine failed inside (e.g. libopus could not be loaded).
      post(
          streamId,
          PublisherState.NO_PUBLISH,
          ErrorCode.PUBLISHER_INNER_ERROR,
          StreamEvent.PUBLISH_FAIL);
      activity.sessionEnded();
      return 0;
    }
    PublishSession session = paths.publish(channel, streamId, packetizer, encoder);
    session.sendSilence = mutes.publishChannelMuted(channel);
    sessions.put(channel, session);
    session.startCapture(
        ctx.scheduler,
        () -> ctx.callbacks.post(EventHandler::onPublisherCapturedAudioFirstFrame),
        ctx.counters.capture);
    room.whenLoggedIn(session, () -> request(session));
    return 0;
  }

  int stop(PublishChannel channel) {
    PublishSession session = channel == null ? null : sessions.remove(channel);
    if (session != null) {
      if (room.isLoggedIn()) {
        room.send(new StopPublish(room.nextSeq(), session.streamId));
      } else {
        room.cancelQueued(session);
      }
      end(session, 0, StreamEvent.PUBLISH_END);
    }
    return 0;
  }

  /** Ends every publish with {@code code} (logout, kick-out, failed login, lost session). */
  void stopAll(int code) {
    pending.clear();
    for (PublishSession s : List.copyOf(sessions.values())) {
      sessions.remove(s.channel);
      StreamEvent event =
          code == 0
              ? StreamEvent.PUBLISH_END
              : s.interrupted ? StreamEvent.RETRY_PUBLISH_FAIL : StreamEvent.PUBLISH_FAIL;
      end(s, code, event);
    }
  }

  /** A break: every publish that was going reports {@code PUBLISH_REQUESTING 1003020}. */
  void interrupt() {
    for (PublishSession s : sessions.values()) {
      if (s.state == PublisherState.PUBLISHING) {
        s.state = PublisherState.PUBLISH_REQUESTING;
        s.interrupted = true;
        post(
            s.streamId,
            PublisherState.PUBLISH_REQUESTING,
            ErrorCode.PUBLISHER_ERROR_NETWORK_INTERRUPT,
            StreamEvent.RETRY_PUBLISH_START);
      }
    }
  }

  /** The media path is back and the session went on: every interrupted publish resumes. */
  void restore() {
    for (PublishSession s : sessions.values()) {
      if (s.interrupted) {
        resume(s);
      }
    }
  }

  /** Logged in again after a break: every publish already asked for is asked for again. */
  void reconnected() {
    for (PublishSession s : sessions.values()) {
      if (s.announcedMuted != null) {
        request(s);
      }
    }
  }

  /** Stops capturing without callbacks (the engine is destroyed). */
  void release() {
    sessions.values().forEach(PublishSession::stop);
    sessions.clear();
  }

  /** Applies the mutes to every publish and tells the server of a changed publish mute. */
  void applyMutes() {
    for (PublishSession session : sessions.values()) {
      session.sendSilence = mutes.publishChannelMuted(session.channel);
      boolean muted = mutes.publishedAudioMuted(session.channel);
      if (room.isLoggedIn() && session.announcedMuted != null && session.announcedMuted != muted) {
        session.announcedMuted = muted;
        room.send(new StreamAudioState(room.nextSeq(), session.streamId, muted));
      }
    }
  }

  private void request(PublishSession session) {
    long seq = room.nextSeq();
    pending.put(seq, session);
    boolean muted = mutes.publishedAudioMuted(session.channel);
    session.announcedMuted = muted;
    room.send(new Publish(seq, session.streamId, session.ssrc, muted));
  }

  private void onResult(PublishResult m) {
    PublishSession session = pending.remove(m.seq());
    if (session == null || sessions.get(session.channel) != session) {
      return;
    }
    if (m.code() != 0) {
      sessions.remove(session.channel);
      end(
          session,
          m.code(),
          session.interrupted ? StreamEvent.RETRY_PUBLISH_FAIL : StreamEvent.PUBLISH_FAIL);
      return;
    }
    if (session.interrupted) {
      resume(session);
      return;
    }
    if (session.state != PublisherState.PUBLISH_REQUESTING) {
      return;
    }
    session.state = PublisherState.PUBLISHING;
    if (!session.firstFrameReported) {
      session.firstFrameReported = true;
      ctx.callbacks.post(EventHandler::onPublisherCapturedAudioFirstFrame);
    }
    post(session.streamId, PublisherState.PUBLISHING, 0, StreamEvent.PUBLISH_SUCCESS);
    clocks.started(session);
  }

  private void resume(PublishSession s) {
    s.interrupted = false;
    s.state = PublisherState.PUBLISHING;
    post(s.streamId, PublisherState.PUBLISHING, 0, StreamEvent.RETRY_PUBLISH_SUCCESS);
  }

  private void end(PublishSession session, int code, StreamEvent event) {
    session.stop();
    post(session.streamId, PublisherState.NO_PUBLISH, code, event);
    activity.sessionEnded();
  }

  private void post(String streamId, PublisherState state, int code, StreamEvent event) {
    ctx.callbacks.post(h -> h.onPublisherStateUpdate(streamId, state, code, Map.of()));
    ctx.callbacks.post(h -> h.onPublisherStreamEvent(event, streamId, STREAM_EXTRA_INFO));
  }
}
