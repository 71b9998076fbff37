package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file:LINE}, {@code --tags} and {@code --name} run exactly the scenarios they name. */
class SelectionTest {
  private static final Pattern RAN = Pattern.compile("(?m)^PASSED .*  (pick\\.feature:\\d+)  ");
  private static final String STEPS =
      "    Given the reference server is running\n"
          + "    And a user \"%1$s\"\n"
          + "    When \"%1$s\" logs in to room \"room1\"\n";

  @TempDir Path dir;
  private Path feature;

  @BeforeEach
  void writeFeature() {
    feature =
        EarshotCli.write(
            dir,
            "pick.feature",
            "Feature: pick\n\n" // 1-2
                + "  @smoke\n" // 3
                + "  Scenario: alice\n" // 4
                + STEPS.formatted("alice") // 5-7
                + "\n  @smoke @slow\n" // 8-9
                + "  Scenario: bob\n" // 10
                + STEPS.formatted("bob") // 11-13
                + "\n  Scenario Outline: <who> alone\n" // 14-15
                + STEPS.formatted("<who>") // 16-18
                + "\n    Examples:\n" // 19-20
                + "      | who   |\n" // 21
                + "      | carol |\n" // 22
                + "      | dave  |\n"); // 23
  }

  private List<String> ran(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "run";
    all[1] = "--no-report";
    all[2] = "--out";
    all[3] = dir.resolve("out").toString();
    System.arraycopy(args, 0, all, 4, args.length);
    EarshotCli.Outcome outcome = EarshotCli.run(all);
    assertEquals(0, outcome.exit(), outcome.all());
    Matcher m = RAN.matcher(outcome.out());
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void fileAndLineRunsOneScenarioOrExampleRow() {
    assertEquals(List.of("pick.feature:10"), ran(feature + ":10"));
    assertEquals(List.of("pick.feature:23"), ran(feature + ":23"));
    assertEquals(List.of("pick.feature:4", "pick.feature:22"), ran(feature + ":4:22"));
  }

  @Test
  void replayCommandWithSeedAndMode() {
    assertEquals(
        List.of("pick.feature:22"), ran("--seed", "7", "--mode", "simulated", feature + ":22"));
  }

  @Test
  void tagsRunExactlyTheMatchingScenarios() {
    assertEquals(
        List.of("pick.feature:4"), ran("--tags", "@smoke and not @slow", feature.toString()));
    assertEquals(
        List.of("pick.feature:22", "pick.feature:23"),
        ran("--tags", "not @smoke", feature.toString()));
  }

  @Test
  void nameRunsExactlyTheMatchingScenarios() {
    assertEquals(
        List.of("pick.feature:10", "pick.feature:22"),
        ran("--name", "^(bob|carol)", feature.toString()));
  }

  @Test
  void aLineThatIsNoScenarioFailsNamingTheLinesThatAre() {
    EarshotCli.Outcome outcome =
        EarshotCli.run(
            "run", "--no-report", "--out", dir.resolve("out").toString(), feature + ":12");
    assertEquals(2, outcome.exit(), outcome.all());
    assertTrue(outcome.err().contains("scenarios start at lines [4, 10, 15]"), outcome.all());
    assertTrue(outcome.err().contains("example rows are at lines [22, 23]"), outcome.all());
  }

  @Test
  void aSelectionOfNothingFails() {
    EarshotCli.Outcome outcome =
        EarshotCli.run(
            "run",
            "--no-report",
            "--out",
            dir.resolve("out").toString(),
            "--tags",
            "@nightly",
            feature.toString());
    assertEquals(1, outcome.exit(), outcome.all());
    assertTrue(outcome.err().contains("no scenario selected"), outcome.all());
  }
}
