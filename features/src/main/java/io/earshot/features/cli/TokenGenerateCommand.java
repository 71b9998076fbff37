package io.earshot.features.cli;

import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.token.Token04Generator;
import io.earshot.engine.token.Token04Layout;
import io.earshot.engine.token.TokenGenerationException;
import io.earshot.engine.token.TokenPrivileges;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earshot token generate}: prints one Token04 (contract §8.2–8.4). Unlike the harness, which
 * signs with the scenario seed and clock so a run reproduces its tokens, this signs for real use: a
 * {@link SecureRandom} and the wall clock (house rule 4 binds the engine, not the command line).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints a Token04 login token (one line).",
      "With no --room, no --stream and the default --privilege, the payload is empty (a basic token); "
          + "otherwise it is the privilege JSON of contract §8.4.",
      "Generator errors print 'error <code>: <message>' (codes 1 app ID, 3 user ID, 5 secret, 6 TTL) and exit 2."
    })
final class TokenGenerateCommand implements Callable<Integer> {
  private static final String LOGIN = "login";
  private static final String PUBLISH = "publish";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--app-id",
      required = true,
      paramLabel = "ID",
      description = "The app ID, 1…4294967295.")
  long appId;

  @Option(
      names = "--secret",
      required = true,
      paramLabel = "SECRET",
      description = "The app's ServerSecret: exactly 32 ASCII characters (the AES-256 key).")
  String secret;

  @Option(
      names = "--user",
      required = true,
      paramLabel = "USER",
      description = "The user ID the token is for.")
  String userId;

  @Option(
      names = "--room",
      paramLabel = "ROOM",
      description = "The only room the token may log in to (payload room_id; default: any room).")
  String roomId;

  @Option(
      names = "--privilege",
      split = ",",
      paramLabel = "WORD",
      defaultValue = LOGIN + "," + PUBLISH,
      description =
          "What the token allows, comma-separated: login, publish (default ${DEFAULT-VALUE}); "
              + "a word left out is denied, so '--privilege login' forbids publishing.")
  List<String> privileges;

  @Option(
      names = "--stream",
      paramLabel = "STREAM",
      description =
          "A stream ID the user may publish; repeat for more (payload stream_id_list; default: any).")
  List<String> streamIds = List.of();

  @Option(
      names = "--ttl",
      paramLabel = "SECONDS",
      defaultValue = "3600",
      description = "Seconds from now until the token expires, > 0 (default ${DEFAULT-VALUE}).")
  long ttlSeconds;

  @Option(
      names = "--gcm",
      description = "Use the AES-GCM layout (authenticated) instead of the default AES-CBC.")
  boolean gcm;

  @Override
  public Integer call() {
    String payload = payload();
    RandomBytes random = new SecureRandom()::nextBytes;
    long now = System.currentTimeMillis() / 1000;
    String token;
    try {
      token =
          Token04Generator.generate(
              appId,
              userId,
              secret,
              ttlSeconds,
              payload,
              now,
              gcm ? Token04Layout.GCM : Token04Layout.CBC,
              random);
    } catch (TokenGenerationException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "error " + e.code() + ": " + messageOf(e) + optionOf(e.code()));
    }
    spec.commandLine().getOut().println(token);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** {@code ""} when nothing is restricted, so the default token is the vendor's basic token. */
  private String payload() {
    boolean login = false;
    boolean publish = false;
    for (String word : privileges) {
      switch (word) {
        case LOGIN -> login = true;
        case PUBLISH -> publish = true;
        default ->
            throw new CommandLine.ParameterException(
                spec.commandLine(),
                "--privilege: unknown word \""
                    + word
                    + "\"; valid words: "
                    + LOGIN
                    + ", "
                    + PUBLISH
                    + " (comma-separated, e.g. --privilege login)");
      }
    }
    if (roomId != null) {
      TokenCommand.requireRoomId(spec.commandLine(), "--room", roomId);
    }
    streamIds.forEach(id -> TokenCommand.requireStreamId(spec.commandLine(), "--stream", id));
    if (roomId == null && streamIds.isEmpty() && login && publish) {
      return "";
    }
    return new TokenPrivileges(roomId, login, publish, streamIds).toPayloadJson();
  }

  /**
   * The exception's message without its own "token generator error N: " prefix, which the CLI
   * rewrites.
   */
  private static String messageOf(TokenGenerationException e) {
    String prefix = "token generator error " + e.code() + ": ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** The generator names its parameters; the user typed options. */
  private static String optionOf(int code) {
    return switch (code) {
      case TokenGenerationException.APP_ID_INVALID -> " (--app-id)";
      case TokenGenerationException.USER_ID_INVALID -> " (--user)";
      case TokenGenerationException.SECRET_INVALID -> " (--secret)";
      case TokenGenerationException.EFFECTIVE_TIME_INVALID -> " (--ttl)";
      default -> "";
    };
  }
}
