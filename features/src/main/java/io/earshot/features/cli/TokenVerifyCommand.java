package io.earshot.features.cli;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.token.Token04Verifier;
import io.earshot.engine.token.TokenPrivileges;
import io.earshot.engine.token.TokenVerification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code earshot token verify}: checks a token exactly as the reference server does at login
 * ({@link Token04Verifier#verifyLogin}) and, with {@code --publish}, at publish ({@link
 * Token04Verifier#checkPublish}), against the wall clock. The last line of the output is the
 * verdict, {@code valid} or {@code <code> <NAME>}, so scripts can read it with {@code tail -n 1}.
 *
 * <p>Without {@code --room} the login is checked for the room the token itself names, or for any
 * room if it names none. The verifier reveals a token's room only through the reason of a room
 * mismatch, so the command first checks a login to no particular room ({@code ""}) and, when that
 * fails only because the token is for one room, checks again with that room. The second check is a
 * full verification, so a reason worded differently can only lose the convenience (the mismatch is
 * then reported as refused), never accept a token the server would refuse.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks a login (and, with --publish, a publish) with TOKEN exactly as the server would, "
          + "against the wall clock.",
      "Prints the token's expiry, room, privileges and streams, then as the last line 'valid' or "
          + "'<code> <NAME>' (contract §5). Exit 0 if valid, 1 if refused, 2 for usage errors.",
      "Without --room the login is checked for the room the token names (any room if it names none)."
    })
final class TokenVerifyCommand implements Callable<Integer> {
  /** The verifier's reason when only the room differs (Token04Verifier, contract §8.5 step 6). */
  private static final Pattern ROOM_MISMATCH =
      Pattern.compile("token is for room \"(.*)\" but the login is for room \"\"");

  private static final String NO_ROOM = "";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--app-id",
      required = true,
      paramLabel = "ID",
      description = "The app logging in, 1…4294967295.")
  long appId;

  @Option(
      names = "--secret",
      required = true,
      paramLabel = "SECRET",
      description = "The app's ServerSecret: exactly 32 ASCII characters.")
  String secret;

  @Option(
      names = "--user",
      required = true,
      paramLabel = "USER",
      description = "The user ID logging in.")
  String userId;

  @Option(
      names = "--room",
      paramLabel = "ROOM",
      description =
          "The room of the login (default: the token's own room, or any room if it names none).")
  String roomId;

  @Option(
      names = "--publish",
      paramLabel = "STREAM",
      description = "Also check publishing this stream ID.")
  String publishStreamId;

  @Parameters(
      index = "0",
      paramLabel = "TOKEN",
      description = "The token, or - to read it from standard input (one line).")
  String token;

  /** Where {@code -} reads from; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    TokenCommand.requireAppId(cli, appId);
    TokenCommand.requireSecret(cli, secret);
    TokenCommand.requireUserId(cli, "--user", userId);
    if (roomId != null) {
      TokenCommand.requireRoomId(cli, "--room", roomId);
    }
    if (publishStreamId != null) {
      TokenCommand.requireStreamId(cli, "--publish", publishStreamId);
    }
    String presented = token.equals("-") ? readStdin(cli) : token;
    long now = System.currentTimeMillis() / 1000;

    PrintWriter out = cli.getOut();
    int code = verify(out, presented, now);
    out.println(code == 0 ? "valid" : code + " " + ErrorCode.nameOf(code));
    out.flush();
    return code == 0 ? 0 : 1;
  }

  /** Prints the details and returns the first failing code, or 0. */
  private int verify(PrintWriter out, String presented, long now) {
    TokenVerification login;
    String loginRoom = roomId;
    if (roomId != null) {
      login = Token04Verifier.verifyLogin(presented, appId, userId, roomId, secret, now);
    } else {
      login = Token04Verifier.verifyLogin(presented, appId, userId, NO_ROOM, secret, now);
      Matcher mismatch = ROOM_MISMATCH.matcher(login.reason());
      if (login.code() == ErrorCode.ROOM_ERROR_AUTHENTICATION_FAILED && mismatch.matches()) {
        loginRoom = mismatch.group(1);
        login = Token04Verifier.verifyLogin(presented, appId, userId, loginRoom, secret, now);
      }
    }
    out.println(
        "login:      user \""
            + userId
            + "\", app "
            + appId
            + ", "
            + (roomId != null
                ? "room \"" + roomId + "\""
                : loginRoom != null
                    ? "room \"" + loginRoom + "\" (the token's room; no --room given)"
                    : "any room (no --room given)"));
    if (!login.accepted()) {
      out.println("reason:     " + login.reason());
      return login.code();
    }
    printPrivileges(out, login, now);
    if (publishStreamId == null) {
      return 0;
    }
    int publish = Token04Verifier.checkPublish(login.privileges(), publishStreamId);
    out.println(
        "publish:    \""
            + publishStreamId
            + "\" "
            + (publish == 0 ? "allowed" : "refused: " + publishRefusal(login.privileges())));
    return publish;
  }

  private static void printPrivileges(PrintWriter out, TokenVerification login, long now) {
    TokenPrivileges privileges = login.privileges();
    long expire = login.expireEpochSeconds();
    out.println("expires:    " + Instant.ofEpochSecond(expire) + " (in " + (expire - now) + " s)");
    out.println("room:       " + (privileges.roomId().isEmpty() ? "any" : privileges.roomId()));
    out.println(
        "privileges: "
            + (privileges.canPublish() ? "login, publish" : "login (publishing denied)"));
    out.println(
        "streams:    "
            + (privileges.streamIdList().isEmpty()
                ? "any"
                : String.join(", ", privileges.streamIdList())));
  }

  private static String publishRefusal(TokenPrivileges privileges) {
    return !privileges.canPublish()
        ? "the token does not allow publishing (privilege \"2\": 0)"
        : "not in the token's stream list";
  }

  private String readStdin(CommandLine cli) {
    try {
      String line =
          new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.strip().isEmpty()) {
        throw new CommandLine.ParameterException(
            cli,
            "TOKEN is -, so a token was expected on standard input; "
                + "found "
                + (line == null ? "nothing" : "an empty line"));
      }
      return line.strip();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the token from standard input", e);
    }
  }
}
