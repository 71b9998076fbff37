package io.earshot.features.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every sentence family is checked when the feature is read: a word no run could meet is named,
 * with the sentence's line and the valid values, before anything runs.
 */
class FeatureCheckerTest {
  private static final String SETUP =
      "Feature: f\n"
          + "  Scenario: s\n"
          + "    Given the reference server is running\n"
          + "    And users \"alice\" and \"bob\"\n"
          + "    When \"alice\" logs in to room \"room1\"\n"
          + "    And \"alice\" publishes stream \"s1\" with a 440 Hz tone\n"
          + "    And \"bob\" plays stream \"s1\"\n";

  /** The problems of the scenario SETUP plus {@code lines}, rendered one after another. */
  private static List<Problem> problems(String lines) {
    FeatureCheck check =
        FeatureChecker.shipped()
            .check(URI.create("file:///tmp/f.feature"), SETUP + lines, Optional.empty());
    assertTrue(check.parseError().isEmpty(), check.parseError().toString());
    return check.scenarios().get(0).problems();
  }

  private static String only(String lines, int expectedLine) {
    List<Problem> problems = problems(lines);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(expectedLine, problems.get(0).line());
    return problems.get(0).message();
  }

  private static void assertNamesWordAndValidStates(String message, String word) {
    assertTrue(message.contains("\"" + word + "\" is not a player state"), message);
    assertTrue(message.contains("valid: NO_PLAY, PLAY_REQUESTING, PLAYING"), message);
  }

  @Test
  void aScenarioWithoutStepsWouldCheckNothing() {
    FeatureCheck check =
        FeatureChecker.shipped()
            .check(
                URI.create("file:///tmp/empty.feature"),
                "Feature: f\n\n  Scenario: empty\n\n  Scenario: real\n"
                    + "    Given the reference server is running\n",
                Optional.empty());
    List<Problem> problems =
        check.scenarios().stream().flatMap(s -> s.problems().stream()).toList();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(3, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("has no steps"), problems.get(0).message());
  }

  @Test
  void receivesWithin() {
    String message =
        only("    Then \"bob\" receives onPlayerStateUpdate s1 PLAYNG within 3 seconds\n", 8);
    assertNamesWordAndValidStates(message, "PLAYNG");
  }

  @Test
  void receivesInOrderNamesTheRow() {
    String message =
        only(
            "    Then \"bob\" receives, in order:\n"
                + "      | onRoomStateChanged  | LOGINED    |\n"
                + "      | onPlayerStateUpdate | s1 PLAYNG  |\n",
            10);
    assertNamesWordAndValidStates(message, "PLAYNG");
  }

  @Test
  void neverReceives() {
    String message = only("    Then \"alice\" never receives onRoomStateChanged KICKED_OUT\n", 8);
    assertTrue(message.contains("\"KICKED_OUT\" is not a reason"), message);
    assertTrue(message.contains("KICK_OUT"), message);
  }

  @Test
  void stateSentences() {
    List<Problem> problems =
        problems(
            "    Then \"alice\" is in room state CONECTED\n"
                + "    And the publisher state of \"s1\" is PUBLISHNG\n"
                + "    And the player state of \"s1\" for \"bob\" is PLAYNG\n");
    String all = problems.stream().map(Problem::message).collect(Collectors.joining("\n"));
    assertEquals(3, problems.size(), all);
    assertTrue(all.contains("valid: DISCONNECTED, CONNECTING, CONNECTED"), all);
    assertTrue(all.contains("valid: NO_PUBLISH, PUBLISH_REQUESTING, PUBLISHING"), all);
    assertNamesWordAndValidStates(all, "PLAYNG");
  }

  @Test
  void errorCodesInEverySentenceThatTakesOne() {
    List<Problem> problems =
        problems(
            "    Then \"alice\" receives onRoomStateChanged RECONNECTING with error 1002052 within 5 seconds\n"
                + "    And the login of \"alice\" fails with error 1002035\n"
                + "    And publishing \"s1\" by \"alice\" fails with error 0\n");
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("1002051 ROOM_CONNECT_TEMPORARY_BROKEN"));
    assertTrue(problems.get(1).message().contains("1002034 ROOM_ERROR_EXCEED_MAXIMUM_MEMBER"));
    assertTrue(problems.get(2).message().contains("found 0 (SUCCESS)"));
  }

  @Test
  void aMisspeltUserInATableRowOrASentence() {
    List<Problem> problems =
        problems(
            "    Then \"bob\" receives, in order:\n"
                + "      | onRoomUserUpdate | ADD alcie |\n"
                + "    And \"bbo\" hears stream \"s1\" within 2 seconds\n");
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(9, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("did you mean alice?"), problems.toString());
    assertTrue(problems.get(1).message().contains("did you mean \"bob\"?"), problems.toString());
  }

  @Test
  void zeroWindowsAndWaits() {
    List<Problem> problems =
        problems(
            "    Then \"bob\" hears stream \"s1\" within 0 seconds\n"
                + "    When 0 ms pass\n"
                + "    And the network of \"alice\" goes down for 0 seconds\n");
    assertEquals(3, problems.size(), problems.toString());
    problems.forEach(p -> assertTrue(p.message().contains("above 0"), p.message()));
  }

  @Test
  void anUndefinedSentenceSuggestsTheRightOne() {
    String message = only("    Then \"bob\" heers stream \"s1\" within 2 seconds\n", 8);
    String first = message.lines().skip(1).findFirst().orElse("");
    assertEquals("  Then \"<user>\" hears stream \"<stream>\" within <duration>", first, message);
  }

  @Test
  void networkValues() {
    List<Problem> problems =
        problems(
            "    Given \"alice\" uses the network profile \"4G\"\n"
                + "    And the uplink of \"alice\" has 5% randm loss\n"
                + "    When the uplink loss of \"alice\" rises to 120% for 10 seconds\n");
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("did you mean \"4g\"?"), problems.toString());
    assertTrue(problems.get(1).message().contains("N% random loss"), problems.toString());
    assertTrue(problems.get(2).message().contains("120%"), problems.toString());
  }

  @Test
  void crowdSentencesDeclareTheirUsersAndCheckTheirNumbers() {
    assertTrue(
        problems(
                "    Given 3 users named \"listener-{i}\"\n"
                    + "    When 8 users join rooms of 4 over 2 seconds\n"
                    + "    Then \"listener-3\" receives onRoomStateChanged LOGINED within 3 seconds\n"
                    + "    And \"user-8\" receives onRoomUserUpdate ADD user-5 within 3 seconds\n")
            .isEmpty());
    List<Problem> problems =
        problems(
            "    Given 3 users named \"listener\"\n"
                + "    And 0 users named \"x-{i}\"\n"
                + "    When 8 users join rooms of 1 over 2 seconds\n"
                + "    Then \"listener-4\" receives onRoomStateChanged LOGINED within 3 seconds\n");
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).message().contains("with {i} where the number goes"), problems.toString());
    assertTrue(problems.get(1).message().contains("from 1 to 10000, found 0"), problems.toString());
    assertTrue(
        problems.get(2).message().contains("at least 2 users, found 1"), problems.toString());
    assertTrue(problems.get(3).message().contains("no user \"listener-4\""), problems.toString());
  }

  @Test
  void aFileWithoutItsFeatureLineNamesTheLine() {
    FeatureCheck check =
        FeatureChecker.shipped()
            .check(
                URI.create("file:///tmp/bad.feature"),
                "# a comment\n  Scenario: no feature line\n    Given the reference server is running\n",
                Optional.of(Path.of("/tmp")));
    FeatureCheck.ParseError error = check.parseError().orElseThrow();
    assertEquals(2, error.line());
    assertTrue(error.message().contains("'Feature:' line"), error.message());
  }

  @Test
  void theShippedFeaturesHaveNoProblem() {
    for (String folder : List.of("calls", "contract", "network", "quality", "reconnection")) {
      try (var files = Files.walk(Path.of(folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
          FeatureCheck check = FeatureChecker.shipped().check(f);
          assertTrue(check.parseError().isEmpty(), f.toString());
          check.scenarios().forEach(s -> assertEquals(List.of(), s.problems(), f.toString()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
