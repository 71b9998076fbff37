package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.signaling.SignalingMessage.RenewToken;
import io.earshot.engine.internal.signaling.SignalingMessage.RenewTokenResult;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.token.Token04Verifier;
import io.earshot.engine.token.TokenVerification;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code renew_token}: a new token replaces the old one only if it verifies and still allows what
 * the session publishes; the old one stays in force otherwise (contract §8.5).
 */
final class TokenRequests {
  private final Supplier<ServerConfig> config;
  private final Scheduler scheduler;
  private final ServerCounters counters;
  private final TokenTimers timers;

  TokenRequests(
      Supplier<ServerConfig> config,
      Scheduler scheduler,
      ServerCounters counters,
      TokenTimers timers) {
    this.config = config;
    this.scheduler = scheduler;
    this.counters = counters;
    this.timers = timers;
  }

  List<Route<?>> routes() {
    return List.of(Route.loggedIn(RenewToken.class, this::renew));
  }

  private void renew(ServerSession session, RenewToken m) {
    AppConfig app = config.get().app(session.appId);
    TokenVerification v =
        Token04Verifier.verifyLogin(
            m.token(),
            session.appId,
            session.user.id(),
            session.room.roomId,
            app.serverSecret(),
            scheduler.epochMillis() / 1000);
    int code = v.code();
    if (code == 0) {
      for (String streamId : session.publications.keySet()) {
        if (Token04Verifier.checkPublish(v.privileges(), streamId) != 0) {
          code = ErrorCode.ROOM_RENEW_TOKEN_NO_PUBLISH_AUTH_ERROR;
          break;
        }
      }
    }
    if (code == 0) {
      session.tokenPrivileges = v.privileges();
      session.tokenExpireEpochSeconds = v.expireEpochSeconds();
      timers.arm(session);
    }
    counters.increment(code == 0 ? "tokens.renewed" : "tokens.renew_refused." + code);
    session.send(new RenewTokenResult(m.seq(), code));
  }
}
