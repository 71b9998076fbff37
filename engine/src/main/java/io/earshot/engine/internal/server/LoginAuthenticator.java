package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.IdentifierRules;
import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.token.Token04Verifier;
import io.earshot.engine.token.TokenPrivileges;
import io.earshot.engine.token.TokenVerification;
import java.util.function.Supplier;

/**
 * Decides whether a login may proceed (contract §6, §8): a known app, valid identifiers, and a
 * token that verifies or an AppSign proof over this connection's nonce.
 */
final class LoginAuthenticator {
  /** The outcome of checking a login: a code, and what a verified token allows. */
  record LoginCheck(int code, TokenPrivileges privileges, long expireEpochSeconds) {
    static LoginCheck refused(int code) {
      return new LoginCheck(code, null, 0);
    }
  }

  private final Supplier<ServerConfig> config;
  private final Scheduler scheduler;

  LoginAuthenticator(Supplier<ServerConfig> config, Scheduler scheduler) {
    this.config = config;
    this.scheduler = scheduler;
  }

  LoginCheck check(ServerSession session, Login m) {
    AppConfig app = config.get().app(m.appId());
    if (app == null) {
      return LoginCheck.refused(ErrorCode.ENGINE_APPID_INCORRECT_OR_NOT_ONLINE);
    }
    int code = IdentifierRules.roomId(m.roomId());
    if (code == 0) {
      code = IdentifierRules.user(m.user().id(), m.user().name());
    }
    if (code == 0 && m.maxMemberCount() < 0) {
      code = ErrorCode.COMMON_ILLEGAL_PARAM;
    }
    if (code != 0) {
      return LoginCheck.refused(code);
    }
    if (!m.token().isEmpty()) {
      // A token is verified whenever one is given, also next to an AppSign proof (contract §8.1).
      TokenVerification v =
          Token04Verifier.verifyLogin(
              m.token(),
              m.appId(),
              m.user().id(),
              m.roomId(),
              app.serverSecret(),
              scheduler.epochMillis() / 1000);
      return v.accepted()
          ? new LoginCheck(0, v.privileges(), v.expireEpochSeconds())
          : LoginCheck.refused(v.code());
    }
    if (config.get().requireTokens() || m.proof().isEmpty()) {
      return LoginCheck.refused(ErrorCode.ROOM_NO_TOKEN);
    }
    boolean proven =
        AppSignProof.matches(
            app.appSign(), session.nonce, m.appId(), m.user().id(), m.roomId(), m.proof());
    return LoginCheck.refused(proven ? 0 : ErrorCode.ENGINE_APPSIGN_INCORRECT);
  }
}
