package io.earshot.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real Allure command-line tool in a child JVM (no sockets); takes a few seconds. */
class AllureReportBuilderProcessTest {

  private static final String TEST_NAME = "caller hears a 440 Hz tone within 2 seconds";

  @TempDir Path temp;

  @Test
  void generatesAnHtmlReportFromAHandWrittenResult() throws Exception {
    Path results = Files.createDirectories(temp.resolve("allure-results"));
    writeResult(results);
    Path distribution = AllureReportBuilder.locateDistribution(Path.of(""));

    AllureReportBuilder.Result result =
        new AllureReportBuilder(distribution).build(results, temp.resolve("allure-report"));

    assertTrue(Files.isRegularFile(result.reportIndex()), "no " + result.reportIndex());
    Path testCases = result.reportDirectory().resolve("data").resolve("test-cases");
    String cases = readAll(testCases);
    assertTrue(cases.contains(TEST_NAME), "test case files do not name the test: " + cases);
    assertTrue(cases.contains("playout summary"), "the attachment is missing: " + cases);
    String summary =
        Files.readString(result.reportDirectory().resolve("widgets").resolve("summary.json"));
    assertTrue(summary.contains("\"passed\":1"), summary);
    assertTrue(
        Files.readString(result.log()).contains(AllureReportBuilder.MAIN_CLASS),
        "log lacks the command");
    // Plugins load only when APP_HOME points at the distribution (as Allure's own launcher sets
    // it).
    assertTrue(
        Files.isDirectory(result.reportDirectory().resolve("plugin").resolve("behaviors")),
        "report has no behaviors plugin: APP_HOME not honoured");
  }

  private static void writeResult(Path results) throws IOException {
    String attachment = "6f1c1d2e-0000-4000-8000-000000000002-attachment.txt";
    Files.writeString(
        results.resolve(attachment),
        "50 frames played (0.000 s to 1.000 s), 35 audible",
        StandardCharsets.UTF_8);
    Files.writeString(
        results.resolve("6f1c1d2e-0000-4000-8000-000000000001-result.json"),
        """
                {
                  "uuid": "6f1c1d2e-0000-4000-8000-000000000001",
                  "historyId": "earshot-scratch-440",
                  "fullName": "io.earshot.scratch.ToneFeature.callerHears440Hz",
                  "name": "%s",
                  "status": "passed",
                  "stage": "finished",
                  "start": 1700000000000,
                  "stop": 1700000001500,
                  "labels": [{"name": "suite", "value": "Earshot scratch"}],
                  "attachments": [
                    {"name": "playout summary", "source": "%s", "type": "text/plain"}
                  ]
                }
                """
            .formatted(TEST_NAME, attachment),
        StandardCharsets.UTF_8);
  }

  private static String readAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> json =
          files.filter(p -> p.toString().endsWith(".json")).collect(Collectors.toList());
      StringBuilder all = new StringBuilder();
      for (Path file : json) {
        all.append(Files.readString(file));
      }
      return all.toString();
    }
  }
}
