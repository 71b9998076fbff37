package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code earshot run} as a QA engineer meets it: sentences that cannot check anything fail before
 * they run, a misspelt sentence says what was meant, an unparseable file does not stop the others.
 */
class RunCommandTest {
  private static final String GIVEN =
      "    Given the reference server is running\n"
          + "    And users \"alice\" and \"bob\"\n"
          + "    When \"alice\" logs in to room \"room1\"\n"
          + "    And \"bob\" logs in to room \"room1\"\n"
          + "    And \"alice\" publishes stream \"s1\" with a 440 Hz tone\n"
          + "    And \"bob\" plays stream \"s1\"\n";

  @TempDir Path dir;

  private EarshotCli.Outcome run(String... args) {
    String[] all =
        Stream.concat(
                Stream.of("run", "--no-report", "--out", dir.resolve("out").toString()),
                Stream.of(args))
            .toArray(String[]::new);
    return EarshotCli.run(all);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> allureResults() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir.resolve("out/allure-results"))) {
      return files
          .filter(f -> f.toString().endsWith("-result.json"))
          .map(
              f -> {
                try {
                  return (Map<String, Object>) json.readValue(f.toFile(), Map.class);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  @Test
  void aMisspeltStateFailsEachSentenceFamilyBeforeAnyVirtualTimePasses() throws IOException {
    Path feature =
        EarshotCli.write(
            dir,
            "states.feature",
            "Feature: misspelt states\n\n"
                + "  Scenario: receives within\n"
                + GIVEN
                + "    Then \"bob\" receives onPlayerStateUpdate s1 PLAYNG within 3 seconds\n\n"
                + "  Scenario: receives in order\n"
                + GIVEN
                + "    Then \"bob\" receives, in order:\n"
                + "      | onPlayerStateUpdate | s1 PLAY_REQUESTING |\n"
                + "      | onPlayerStateUpdate | s1 PLAYNG          |\n\n"
                + "  Scenario: never receives\n"
                + GIVEN
                + "    Then \"bob\" never receives onPlayerStateUpdate s1 PLAYNG\n");
    EarshotCli.Outcome outcome = run(feature.toString());
    assertEquals(1, outcome.exit(), outcome.all());
    assertTrue(outcome.out().contains("0 passed, 3 failed"), outcome.all());
    for (int line : List.of(10, 21, 30)) {
      assertTrue(
          outcome.out().contains("states.feature:" + line + ": "),
          "names the sentence's line " + line + "\n" + outcome.all());
    }
    assertEquals(
        3,
        outcome
                .out()
                .split(
                    "\"PLAYNG\" is not a player state; valid: NO_PLAY, PLAY_REQUESTING, PLAYING",
                    -1)
                .length
            - 1,
        outcome.all());
    // No simulation was ever created: no timeline was written, no step ran.
    try (Stream<Path> timelines = Files.list(dir.resolve("out/timelines"))) {
      assertEquals(0, timelines.count(), outcome.all());
    }
    for (Map<String, Object> result : allureResults()) {
      assertEquals("failed", result.get("status"), result.toString());
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> steps = (List<Map<String, Object>>) result.get("steps");
      steps.forEach(s -> assertEquals("skipped", s.get("status"), s.toString()));
    }
  }

  @Test
  void aMisspeltSentenceFailsWithDidYouMeanAndCountsAsFailed() throws IOException {
    Path feature =
        EarshotCli.write(
            dir,
            "typo.feature",
            "Feature: typo\n\n  Scenario: heers\n"
                + GIVEN
                + "    Then \"bob\" heers stream \"s1\" within 2 seconds\n");
    EarshotCli.Outcome outcome = run(feature.toString());
    assertEquals(1, outcome.exit(), outcome.all());
    assertTrue(outcome.out().contains("0 passed, 1 failed"), outcome.all());
    assertTrue(
        Pattern.compile(
                "did you mean:\\s+Then \"<user>\" hears stream \"<stream>\" within <duration>\n")
            .matcher(outcome.out())
            .find(),
        outcome.all());
    assertFalse(outcome.out().contains("PendingException"), outcome.all());
    assertFalse(outcome.out().contains("snippet"), outcome.all());
    Map<String, Object> result = allureResults().get(0);
    assertEquals("failed", result.get("status"));
    assertTrue(
        String.valueOf(result.get("statusDetails")).contains("did you mean"), result.toString());
  }

  @Test
  void anUnparseableFileIsOneFailureAndTheOthersRunAndTheReportIsBuilt() throws IOException {
    Path folder = dir.resolve("features");
    String good =
        "Feature: good %s\n\n  Scenario: alice logs in\n"
            + GIVEN
            + "    Then \"alice\" receives onRoomStateChanged LOGINED within 5 seconds\n";
    EarshotCli.write(folder, "a-good.feature", String.format(good, "a"));
    EarshotCli.write(
        folder,
        "b-bad.feature",
        "# no Feature line\n\n  Scenario: lost\n    Given the reference server is running\n");
    EarshotCli.write(folder, "c-good.feature", String.format(good, "c"));
    EarshotCli.Outcome outcome =
        EarshotCli.run("run", "--out", dir.resolve("out").toString(), folder.toString());
    assertEquals(1, outcome.exit(), outcome.all());
    assertTrue(
        outcome.out().contains("b-bad.feature:3  (not a valid feature file)"), outcome.all());
    assertTrue(outcome.out().contains("got 'Scenario: lost'"), outcome.all());
    assertTrue(outcome.out().contains("a-good.feature:3  alice logs in"), outcome.all());
    assertTrue(outcome.out().contains("c-good.feature:3  alice logs in"), outcome.all());
    assertTrue(outcome.out().contains("2 passed, 1 failed"), outcome.all());
    assertTrue(Files.isRegularFile(dir.resolve("out/report/index.html")), outcome.all());
    assertTrue(
        allureResults().stream()
            .anyMatch(
                r ->
                    "failed".equals(r.get("status"))
                        && String.valueOf(r.get("name")).startsWith("b-bad.feature:3")),
        outcome.all());
  }
}
