package io.earshot.reports.run;

import io.earshot.reports.AllureReportBuilder;
import io.earshot.reports.ReportGenerationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a run leaves after its scenarios, in one place for {@code earshot run} and {@code mvn
 * verify}: Allure's panels (categories, environment, executor) and the kept history written into
 * the results, the HTML report built from them, the history carried out for the next run, and
 * {@code summary.json}.
 */
public final class RunReport {
  /** What was made: the summary, and the report's index unless the report was skipped. */
  public record Made(Path summary, Optional<Path> reportIndex) {}

  private RunReport() {}

  /**
   * @param results the run's Allure results
   * @param report where the HTML report goes; empty to skip it (summary only)
   * @param summary where {@code summary.json} goes
   * @param history where history is kept between runs; empty for a report without history
   * @param info the run, for the Environment and Executors panels
   * @throws IllegalStateException if the Allure tool is not found (as {@link
   *     AllureReportBuilder#locateDistribution})
   * @throws ReportGenerationException if the tool fails
   */
  public static Made make(
      Path results, Optional<Path> report, Path summary, Optional<Path> history, RunInfo info)
      throws IOException, InterruptedException {
    AllurePanels.write(results, info, history.map(AllureHistory::nextBuildOrder).orElse(1));
    RunSummary.write(results, summary);
    if (report.isEmpty()) {
      return new Made(summary, Optional.empty());
    }
    if (history.isPresent()) {
      AllureHistory.carryIn(history.get(), results);
    }
    Path distribution = AllureReportBuilder.locateDistribution(info.home().resolve("reports"));
    Path index = new AllureReportBuilder(distribution).build(results, report.get()).reportIndex();
    if (history.isPresent()) {
      AllureHistory.carryOut(report.get(), history.get());
    }
    return new Made(summary, Optional.of(index));
  }
}
