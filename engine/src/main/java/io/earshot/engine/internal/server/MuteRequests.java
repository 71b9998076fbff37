package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.IdentifierRules;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayAudioState;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAudioState;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A publisher's mute (told to its players) and a player's receive mute (obeyed by the relay).
 * Success has no answer; a bad stream ID or a stream the session does not publish (play) is refused
 * with an {@code error} and counted.
 */
final class MuteRequests {
  private final StreamDirectory streams;
  private final ServerCounters counters;

  MuteRequests(StreamDirectory streams, ServerCounters counters) {
    this.streams = streams;
    this.counters = counters;
  }

  List<Route<?>> routes() {
    return List.of(
        Route.loggedIn(
            StreamAudioState.class,
            (session, m) ->
                apply(
                    session,
                    m,
                    m.streamId(),
                    true,
                    () -> streams.setPublishMuted(session, m.streamId(), m.muted()))),
        Route.loggedIn(
            PlayAudioState.class,
            (session, m) ->
                apply(
                    session,
                    m,
                    m.streamId(),
                    false,
                    () -> streams.setReceiveMuted(session, m.streamId(), m.muted()))));
  }

  private void apply(
      ServerSession session,
      SignalingMessage m,
      String streamId,
      boolean publishing,
      BooleanSupplier change) {
    int code = IdentifierRules.streamId(streamId);
    if (code != 0) {
      counters.increment("messages.invalid_stream_id");
      session.send(
          new Error(
              m.seq(),
              ProtocolCodes.BAD_MESSAGE,
              "expected a valid streamId in "
                  + m.type()
                  + ", found one that fails with "
                  + ErrorCode.nameOf(code)));
    } else if (!change.getAsBoolean()) {
      String verb = publishing ? "publish" : "play";
      counters.increment(publishing ? "messages.not_publishing" : "messages.not_playing");
      session.send(
          new Error(
              m.seq(),
              ProtocolCodes.NOT_FOUND,
              "expected a stream this session "
                  + verb
                  + "s in "
                  + m.type()
                  + ", found '"
                  + streamId
                  + "'"));
    }
  }
}
