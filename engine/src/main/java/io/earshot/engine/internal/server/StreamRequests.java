package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.IdentifierRules;
import io.earshot.engine.internal.signaling.SignalingMessage.Play;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.PublishResult;
import io.earshot.engine.internal.signaling.SignalingMessage.StopPlay;
import io.earshot.engine.internal.signaling.SignalingMessage.StopPublish;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.token.Token04Verifier;
import java.util.List;
import java.util.function.Supplier;

/**
 * Publishing and playing (contract §3.2, §3.3, §6.2): stream IDs are unique per app, the server
 * configuration may forbid IDs, and a token may restrict what its holder publishes.
 */
final class StreamRequests {
  private final Supplier<ServerConfig> config;
  private final StreamDirectory streams;
  private final ServerCounters counters;

  StreamRequests(Supplier<ServerConfig> config, StreamDirectory streams, ServerCounters counters) {
    this.config = config;
    this.streams = streams;
    this.counters = counters;
  }

  List<Route<?>> routes() {
    return List.of(
        Route.loggedIn(Publish.class, this::publish),
        Route.loggedIn(StopPublish.class, this::stopPublish),
        Route.loggedIn(Play.class, this::play),
        Route.loggedIn(StopPlay.class, (session, m) -> streams.stopPlay(session, m.streamId())));
  }

  private void publish(ServerSession session, Publish m) {
    int code = IdentifierRules.streamId(m.streamId());
    if (code == 0) {
      ServerSession owner = streams.publisherOf(session.appId, m.streamId());
      if (config.get().forbiddenStreamIds().contains(m.streamId())) {
        code = ErrorCode.PUBLISHER_ERROR_SERVER_FORBID;
      } else if (owner != null && owner != session) {
        code = ErrorCode.PUBLISHER_ERROR_REPETITIVE_PUBLISH_STREAM;
      } else if (session.tokenPrivileges != null) {
        code = Token04Verifier.checkPublish(session.tokenPrivileges, m.streamId());
      }
      if (code == 0
          && !session.publications.containsKey(m.streamId())
          && session.publications.size() >= config.get().limits().maxStreamsPerSession()) {
        // More streams than publish channels: no engine does this; refuse as the server's rule.
        counters.increment("limits.refused.streams_per_session");
        code = ErrorCode.PUBLISHER_ERROR_SERVER_FORBID;
      }
    }
    session.send(new PublishResult(m.seq(), m.streamId(), code));
    if (code == 0 && !session.publications.containsKey(m.streamId())) {
      streams.publish(session, m.streamId(), m.ssrc(), m.muted());
    }
  }

  private void stopPublish(ServerSession session, StopPublish m) {
    if (session.publications.containsKey(m.streamId())) {
      streams.unpublish(session, m.streamId(), 1);
    }
  }

  private void play(ServerSession session, Play m) {
    int code = IdentifierRules.streamId(m.streamId());
    if (code == 0 && config.get().forbiddenStreamIds().contains(m.streamId())) {
      code = ErrorCode.PLAYER_ERROR_SERVER_FORBID;
    }
    if (code == 0
        && !session.plays.contains(m.streamId())
        && session.plays.size() >= config.get().limits().maxPlaysPerSession()) {
      counters.increment("limits.refused.plays_per_session");
      code = ErrorCode.PLAYER_COUNT_EXCEED;
    }
    session.send(new PlayResult(m.seq(), m.streamId(), code));
    if (code == 0) {
      streams.play(session, m.streamId(), m.muted());
    }
  }
}
