package io.earshot.features.cli;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.IdentifierRules;
import io.earshot.engine.token.Token04Generator;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code earshot token generate|verify}: signs Token04 login tokens (contract §8) and checks them
 * the way the reference server does. Also holds the argument rules both subcommands share; a broken
 * argument is a picocli {@link CommandLine.ParameterException}, so the user sees what was expected,
 * then the usage, and the exit code is 2.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description =
        "Token04 login tokens (contract §8): generate one, or verify one as the server would.",
    subcommands = {TokenGenerateCommand.class, TokenVerifyCommand.class})
final class TokenCommand implements Runnable {
  /** What the shared ID rules say about a valid room ID, for messages (contract §6.1). */
  private static final String ROOM_ID_FORMAT =
      "1–127 bytes of A-Z a-z 0-9 ~!@#$%^&*()_+=-`;',.<>\\";

  private static final String STREAM_ID_FORMAT = "1–255 bytes of A-Z a-z 0-9 _ -";
  private static final String USER_ID_FORMAT = "1–63 bytes of A-Z a-z 0-9 ~!@#$%^&*()_+=-`;',.<>\\";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "expected a command: generate or verify");
  }

  /**
   * The verifier would answer a bad app ID with 1002076 for every token; on the command line it is
   * a typo.
   */
  static void requireAppId(CommandLine cli, long appId) {
    if (appId < 1 || appId > Token04Generator.MAX_APP_ID) {
      throw new CommandLine.ParameterException(
          cli,
          "--app-id must be 1…"
              + Token04Generator.MAX_APP_ID
              + " (a non-zero uint32), was "
              + appId);
    }
  }

  /** A secret of the wrong length opens no token (1002033); say so plainly instead. */
  static void requireSecret(CommandLine cli, String secret) {
    int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
    if (secret.length() != Token04Generator.SECRET_CHARS
        || bytes != Token04Generator.SECRET_CHARS) {
      throw new CommandLine.ParameterException(
          cli,
          "--secret must be the app's ServerSecret: exactly "
              + Token04Generator.SECRET_CHARS
              + " ASCII characters, was "
              + secret.length()
              + " characters ("
              + bytes
              + " bytes in UTF-8)");
    }
  }

  static void requireUserId(CommandLine cli, String option, String id) {
    requireId(cli, option, id, IdentifierRules::userId, "user ID", USER_ID_FORMAT);
  }

  /** A room the login itself could never name (the server checks the format before the token). */
  static void requireRoomId(CommandLine cli, String option, String id) {
    requireId(cli, option, id, IdentifierRules::roomId, "room ID", ROOM_ID_FORMAT);
  }

  static void requireStreamId(CommandLine cli, String option, String id) {
    requireId(cli, option, id, IdentifierRules::streamId, "stream ID", STREAM_ID_FORMAT);
  }

  private static void requireId(
      CommandLine cli,
      String option,
      String id,
      ToIntFunction<String> rule,
      String what,
      String format) {
    int code = rule.applyAsInt(id);
    if (code != ErrorCode.SUCCESS) {
      throw new CommandLine.ParameterException(
          cli,
          option
              + " must be a "
              + what
              + " ("
              + format
              + "), was \""
              + id
              + "\": "
              + code
              + " "
              + ErrorCode.nameOf(code));
    }
  }
}
