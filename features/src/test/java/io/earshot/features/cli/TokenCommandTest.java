package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.token.Token04Generator;
import io.earshot.engine.token.Token04Layout;
import io.earshot.engine.token.Token04Verifier;
import io.earshot.engine.token.TokenPrivileges;
import io.earshot.engine.token.TokenVerification;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code earshot token generate|verify} through the real command line, with captured output; no
 * sockets.
 */
class TokenCommandTest {
  private static final String APP = "1234567";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final String USER = "alice";

  /** One run of the command line: exit code and what it printed. */
  record Run(int exit, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\\R");
      return lines[lines.length - 1];
    }
  }

  private static Run earshot(String... args) {
    return earshotWithStdin(null, args);
  }

  private static Run earshotWithStdin(String stdin, String... args) {
    CommandLine cli = new CommandLine(new EarshotCommand());
    if (stdin != null) {
      TokenVerifyCommand verify =
          cli.getSubcommands().get("token").getSubcommands().get("verify").getCommand();
      verify.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * Generates with the common identity plus {@code extra}; asserts success and returns the token.
   */
  private static String generate(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("token", "generate", "--app-id", APP, "--secret", SECRET, "--user", USER));
    args.addAll(Arrays.asList(extra));
    Run run = earshot(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    String token = run.out().strip();
    assertFalse(token.contains("\n"), "one line: " + token);
    assertTrue(token.startsWith("04"), token);
    return token;
  }

  private static Run verify(String token, String... extra) {
    return verifyAs(APP, SECRET, USER, token, extra);
  }

  private static Run verifyAs(
      String app, String secret, String user, String token, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("token", "verify", "--app-id", app, "--secret", secret, "--user", user));
    args.addAll(Arrays.asList(extra));
    args.add(token);
    return earshot(args.toArray(String[]::new));
  }

  private static void assertRefused(Run run, String verdict) {
    assertEquals(verdict, run.lastLine(), run.out());
    assertEquals(1, run.exit());
  }

  @ParameterizedTest(name = "gcm={0}")
  @ValueSource(booleans = {false, true})
  void aGeneratedTokenVerifies(boolean gcm) {
    String token = gcm ? generate("--gcm") : generate();
    Run run = verify(token, "--room", "room1", "--publish", "s1");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertEquals("valid", run.lastLine());
    assertTrue(run.out().contains("room:       any"), run.out());
    assertTrue(run.out().contains("privileges: login, publish"), run.out());
    assertTrue(
        run.out()
            .matches(
                "(?s).*expires:    \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\(in (3[5-9]\\d\\d|3600) s\\).*"),
        run.out());
  }

  @Test
  void theLayoutFollowsGcm() {
    // The GCM body ends with the mode byte 1 (contract §8.3); a CBC body has no trailer.
    byte[] gcm = Base64.getDecoder().decode(generate("--gcm").substring(2));
    assertEquals(1, gcm[gcm.length - 1]);
    assertEquals(12, gcm[9]);
    byte[] cbc = Base64.getDecoder().decode(generate().substring(2));
    assertEquals(16, cbc[9]);
  }

  @Test
  void aCliTokenVerifiesWithTheEngineVerifier() {
    long now = System.currentTimeMillis() / 1000;
    TokenVerification basic =
        Token04Verifier.verifyLogin(generate(), Long.parseLong(APP), USER, "any-room", SECRET, now);
    assertEquals(0, basic.code(), basic.reason());
    assertEquals(TokenPrivileges.UNRESTRICTED, basic.privileges());

    String restricted =
        generate("--gcm", "--room", "r1", "--privilege", "login", "--stream", "a", "--stream", "b");
    TokenVerification login =
        Token04Verifier.verifyLogin(restricted, Long.parseLong(APP), USER, "r1", SECRET, now);
    assertEquals(0, login.code(), login.reason());
    assertEquals(new TokenPrivileges("r1", true, false, List.of("a", "b")), login.privileges());
  }

  @Test
  void aWrongSecretCannotOpenTheToken() {
    assertRefused(
        verifyAs(APP, "fedcba9876543210fedcba9876543210", USER, generate()),
        "1002033 ROOM_ERROR_AUTHENTICATION_FAILED");
  }

  @Test
  void anotherUserIsRefused() {
    assertRefused(verifyAs(APP, SECRET, "bob", generate()), "1002077 ROOM_TOKEN_USERID_ERROR");
  }

  @Test
  void anotherAppIsRefused() {
    assertRefused(verifyAs("7654321", SECRET, USER, generate()), "1002076 ROOM_TOKEN_APPID_ERROR");
  }

  @Test
  void privilegeLoginAloneForbidsPublishing() {
    String token = generate("--privilege", "login");
    assertEquals("valid", verify(token, "--room", "r").lastLine());
    Run run = verify(token, "--publish", "s1");
    assertRefused(run, "1003072 PUBLISHER_ERROR_DISPATCH_AUTH_ERROR");
    assertTrue(run.out().contains("does not allow publishing"), run.out());
  }

  @Test
  void publishingIsLimitedToTheStreamList() {
    String token = generate("--stream", "a");
    assertRefused(verify(token, "--publish", "b"), "1003072 PUBLISHER_ERROR_DISPATCH_AUTH_ERROR");
    Run allowed = verify(token, "--publish", "a");
    assertEquals(0, allowed.exit());
    assertEquals("valid", allowed.lastLine());
    assertTrue(allowed.out().contains("streams:    a"), allowed.out());
  }

  @Test
  void aTokenForOneRoomRefusesAnother() {
    String token = generate("--room", "r1");
    assertRefused(verify(token, "--room", "r2"), "1002033 ROOM_ERROR_AUTHENTICATION_FAILED");
    assertEquals("valid", verify(token, "--room", "r1").lastLine());
  }

  @Test
  void withoutRoomTheTokensOwnRoomIsChecked() {
    Run run = verify(generate("--room", "r1"));
    assertEquals(0, run.exit(), run.out());
    assertEquals("valid", run.lastLine());
    assertTrue(run.out().contains("room \"r1\" (the token's room; no --room given)"), run.out());
    assertTrue(run.out().contains("room:       r1"), run.out());

    Run basic = verify(generate());
    assertEquals("valid", basic.lastLine());
    assertTrue(basic.out().contains("any room (no --room given)"), basic.out());
  }

  @Test
  void anExpiredTokenIsRefused() {
    long anHourAgo = System.currentTimeMillis() / 1000 - 3600;
    String expired =
        Token04Generator.generate(
            Long.parseLong(APP),
            USER,
            SECRET,
            60,
            "",
            anHourAgo,
            Token04Layout.GCM,
            out -> Arrays.fill(out, (byte) 7));
    assertRefused(verify(expired), "1002078 ROOM_TOKEN_EXPIRE_ERROR");
  }

  @Test
  void anotherVersionIsRefused() {
    assertRefused(verify("03abc"), "1002079 ROOM_TOKEN_VERSION_ERROR");
  }

  @Test
  void aTokenCanBeReadFromStandardInput() {
    Run run =
        earshotWithStdin(
            generate() + "\n",
            "token",
            "verify",
            "--app-id",
            APP,
            "--secret",
            SECRET,
            "--user",
            USER,
            "-");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertEquals("valid", run.lastLine());
    Run empty =
        earshotWithStdin(
            "", "token", "verify", "--app-id", APP, "--secret", SECRET, "--user", USER, "-");
    assertEquals(2, empty.exit());
    assertTrue(empty.err().contains("found nothing"), empty.err());
  }

  @Test
  void anUnknownPrivilegeWordIsAUsageError() {
    Run run =
        earshot(
            "token",
            "generate",
            "--app-id",
            APP,
            "--secret",
            SECRET,
            "--user",
            USER,
            "--privilege",
            "login,play");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("unknown word \"play\"; valid words: login, publish"), run.err());
    assertTrue(run.err().contains("Usage: earshot token generate"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void generatorErrorsCarryTheirCode() {
    Run shortSecret =
        earshot(
            "token", "generate", "--app-id", APP, "--secret", SECRET.substring(1), "--user", USER);
    assertEquals(2, shortSecret.exit());
    assertTrue(shortSecret.err().startsWith("error 5: "), shortSecret.err());
    assertTrue(shortSecret.err().contains("was 31 characters"), shortSecret.err());

    Run appZero = earshot("token", "generate", "--app-id", "0", "--secret", SECRET, "--user", USER);
    assertEquals(2, appZero.exit());
    assertTrue(appZero.err().startsWith("error 1: "), appZero.err());

    Run noTime =
        earshot(
            "token", "generate", "--app-id", APP, "--secret", SECRET, "--user", USER, "--ttl", "0");
    assertEquals(2, noTime.exit());
    assertTrue(noTime.err().startsWith("error 6: "), noTime.err());
    assertTrue(noTime.err().contains("(--ttl)"), noTime.err());
  }

  @Test
  void badVerifyArgumentsAreUsageErrors() {
    String token = generate();
    Run shortSecret = verifyAs(APP, SECRET.substring(1), USER, token);
    assertEquals(2, shortSecret.exit());
    assertTrue(
        shortSecret.err().contains("--secret must be the app's ServerSecret: exactly 32"),
        shortSecret.err());

    Run hugeApp = verifyAs("4294967296", SECRET, USER, token);
    assertEquals(2, hugeApp.exit());
    assertTrue(hugeApp.err().contains("--app-id must be 1…4294967295"), hugeApp.err());

    Run badStream = verify(token, "--publish", "a b");
    assertEquals(2, badStream.exit());
    assertTrue(
        badStream.err().contains("1000016 COMMON_STREAM_ID_INVALID_CHARACTER"), badStream.err());
  }

  @Test
  void tokenAloneAsksForACommand() {
    Run run = earshot("token");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("expected a command: generate or verify"), run.err());
  }
}
