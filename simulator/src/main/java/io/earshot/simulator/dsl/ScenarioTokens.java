package io.earshot.simulator.dsl;

import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.token.Token04Generator;
import io.earshot.engine.token.Token04Layout;
import io.earshot.engine.token.TokenPrivileges;
import io.earshot.simulator.Simulation;
import java.util.List;

/**
 * Makes the tokens scenario sentences ask for, with the server's clock as "now" and randomness from
 * the scenario seed (so simulated runs stay reproducible).
 */
final class ScenarioTokens {
  private static final String ANOTHER_SECRET = "not-the-secret-of-the-app-000000";
  private static final long HOUR = 3600;

  private ScenarioTokens() {}

  static String tokenFor(Simulation sim, String userId, Credentials kind) {
    AppConfig app = AppConfig.DEFAULT;
    RandomBytes random =
        RandomBytes.from(
            new SeededRandom(SeededRandom.derive(sim.seed(), "token", userId, kind.name())));
    long now = sim.epochSeconds();
    return switch (kind) {
      case VALID_TOKEN ->
          Token04Generator.generate(
              app.appId(), userId, app.serverSecret(), HOUR, "", now, Token04Layout.GCM, random);
      case EXPIRED_TOKEN ->
          Token04Generator.generate(
              app.appId(),
              userId,
              app.serverSecret(),
              HOUR,
              "",
              now - 2 * HOUR,
              Token04Layout.GCM,
              random);
      case TOKEN_FROM_ANOTHER_SECRET ->
          Token04Generator.generate(
              app.appId(), userId, ANOTHER_SECRET, HOUR, "", now, Token04Layout.GCM, random);
      case TOKEN_WITHOUT_PUBLISH ->
          Token04Generator.generate(
              app.appId(),
              userId,
              app.serverSecret(),
              HOUR,
              new TokenPrivileges("", true, false, List.of()).toPayloadJson(),
              now,
              Token04Layout.GCM,
              random);
      case TOKEN_FOR_ANOTHER_APP ->
          Token04Generator.generate(
              app.appId() + 1,
              userId,
              app.serverSecret(),
              HOUR,
              "",
              now,
              Token04Layout.GCM,
              random);
      case TOKEN_FOR_ANOTHER_USER ->
          Token04Generator.generate(
              app.appId(),
              userId + "-other",
              app.serverSecret(),
              HOUR,
              "",
              now,
              Token04Layout.GCM,
              random);
      case APP_SIGN, WRONG_APP_SIGN -> "";
    };
  }

  /** A valid Token04 that allows publishing only the listed stream IDs. */
  static String tokenForStreams(Simulation sim, String userId, List<String> streamIds) {
    AppConfig app = AppConfig.DEFAULT;
    RandomBytes random =
        RandomBytes.from(
            new SeededRandom(SeededRandom.derive(sim.seed(), "token", userId, "streams")));
    return Token04Generator.generate(
        app.appId(),
        userId,
        app.serverSecret(),
        HOUR,
        new TokenPrivileges("", true, true, List.copyOf(streamIds)).toPayloadJson(),
        sim.epochSeconds(),
        Token04Layout.GCM,
        random);
  }
}
