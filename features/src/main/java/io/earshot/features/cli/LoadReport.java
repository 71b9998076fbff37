package io.earshot.features.cli;

import io.earshot.reports.load.LoadAllureResults;
import io.earshot.reports.run.RunInfo;
import io.earshot.reports.run.RunReport;
import io.earshot.simulator.load.LoadOutcome;
import io.earshot.simulator.load.LoadSnapshot;
import io.earshot.simulator.load.LoadSummaryJson;
import io.earshot.simulator.load.ThresholdResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a load run (or a merge) leaves and says: the thresholds on the console, {@code
 * summary.json}, {@code profile.yaml} (for a later merge), Allure results and the HTML report, and
 * the exit code of the verdict.
 */
final class LoadReport {
  private LoadReport() {}

  static int finish(
      LoadOutcome outcome,
      List<LoadSnapshot> snapshots,
      Path out,
      String profileYaml,
      boolean noReport)
      throws IOException, InterruptedException {
    Files.createDirectories(out);
    String summary = LoadSummaryJson.write(outcome);
    Files.writeString(out.resolve("summary.json"), summary);
    Files.writeString(out.resolve("profile.yaml"), profileYaml);
    Path results = out.resolve("allure-results");
    Files.createDirectories(results);
    LoadAllureResults.write(results, outcome, summary, snapshots);
    for (ThresholdResult t : outcome.thresholds()) {
      System.out.println((t.passed() ? "  ok    " : "  FAIL  ") + t.describe());
    }
    System.out.println("summary: " + out.resolve("summary.json"));
    if (!noReport) {
      try {
        RunInfo info =
            RunInfo.builder("earshot load")
                .command("earshot load " + outcome.profile().name())
                .mode(outcome.profile().mode().name().toLowerCase(Locale.ROOT))
                .seed(String.valueOf(outcome.profile().seed()))
                .home(Path.of(System.getProperty("earshot.home", ".")))
                .build();
        RunReport.make(
                results,
                Optional.of(out.resolve("report")),
                out.resolve("tests.json"),
                Optional.empty(),
                info)
            .reportIndex()
            .ifPresent(i -> System.out.println("report: " + i));
      } catch (RuntimeException e) {
        System.err.println("earshot load: the HTML report could not be built: " + e.getMessage());
        System.out.println("results: " + results);
      }
    }
    System.out.println("verdict: " + outcome.verdict().text());
    return outcome.verdict().exitCode();
  }
}
