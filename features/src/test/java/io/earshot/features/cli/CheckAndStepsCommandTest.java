package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.features.vocabulary.StepCatalog;
import io.earshot.features.vocabulary.StepDefinition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code earshot check} and {@code earshot steps}: for editors, hooks and people, without a run.
 */
class CheckAndStepsCommandTest {
  @TempDir Path dir;

  @Test
  void checkPassesTheShippedFeatures() {
    EarshotCli.Outcome outcome =
        EarshotCli.run("check", "calls", "contract", "network", "quality", "reconnection");
    assertEquals(0, outcome.exit(), outcome.all());
    assertTrue(
        outcome.out().matches("(?s)checked \\d+ files, \\d+ scenarios: no problems\\s*"),
        outcome.all());
  }

  @Test
  void checkReportsEachProblemOnceWithFileAndLine() {
    Path feature =
        EarshotCli.write(
            dir,
            "outline.feature",
            "Feature: f\n"
                + "  Background:\n"
                + "    Given the reference server is running\n"
                + "    And a user \"alice\"\n"
                + "  Scenario Outline: o\n"
                + "    When \"<who>\" logs in to room \"room1\"\n"
                + "    Then \"alice\" is in room state CONECTED\n"
                + "    Examples:\n"
                + "      | who   |\n"
                + "      | alice |\n"
                + "      | alice |\n");
    EarshotCli.write(dir, "broken.feature", "Scenario: without a feature\n");
    EarshotCli.Outcome outcome = EarshotCli.run("check", dir.toString());
    assertEquals(1, outcome.exit(), outcome.all());
    assertTrue(
        outcome.out().contains(feature + ":7: Then \"alice\" is in room state CONECTED"),
        outcome.all());
    assertEquals(
        1, outcome.out().split("CONECTED\" is not a room state", -1).length - 1, outcome.all());
    assertTrue(outcome.out().contains("broken.feature:1: the file does not parse"), outcome.all());
    assertTrue(outcome.out().contains("checked 2 files, 2 scenarios: 2 problems"), outcome.all());
  }

  @Test
  void checkRefusesAMissingFile() {
    EarshotCli.Outcome outcome = EarshotCli.run("check", dir.resolve("nope.feature").toString());
    assertEquals(2, outcome.exit(), outcome.all());
    assertTrue(outcome.err().contains("no such file or folder"), outcome.all());
  }

  @Test
  void stepsPrintsEverySentenceOfTheStepDefinitions() {
    EarshotCli.Outcome outcome = EarshotCli.run("steps");
    assertEquals(0, outcome.exit(), outcome.all());
    for (StepDefinition d : StepCatalog.shipped().definitions()) {
      assertTrue(outcome.out().contains(d.keyword() + " " + d.sentence()), d.sentence());
    }
    assertTrue(
        outcome.out().contains("`onPlayerStateUpdate` | `<stream> <player state> <error code>`"),
        outcome.out());
    assertTrue(
        outcome.out().contains("player state: NO_PLAY, PLAY_REQUESTING, PLAYING"), outcome.out());
  }
}
