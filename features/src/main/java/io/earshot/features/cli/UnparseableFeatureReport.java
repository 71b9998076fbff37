package io.earshot.features.cli;

import io.earshot.features.check.FeatureCheck;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * A feature file that does not parse, reported as one failed entry: a line in the console summary
 * and a failed result in the Allure results, with the file's line and the parser's message. The
 * other files still run.
 */
final class UnparseableFeatureReport {
  private UnparseableFeatureReport() {}

  /** Prints the entry, writes its Allure result into {@code results}, and counts it as failed. */
  static void report(FeatureCheck check, Path results) {
    FeatureCheck.ParseError error = check.parseError().orElseThrow();
    String file = Path.of(check.displayName()).getFileName().toString();
    String message = "the file does not parse:\n" + error.message();
    ScenarioSummaryPlugin.printFailure(
        file + ":" + error.line(), "(not a valid feature file)", message);
    long now = System.currentTimeMillis();
    TestResult result =
        new TestResult()
            .setUuid(UUID.randomUUID().toString())
            .setHistoryId(UUID.nameUUIDFromBytes(check.uri().toString().getBytes()).toString())
            .setName(file + ":" + error.line() + " does not parse")
            .setFullName(check.displayName())
            .setStatus(Status.FAILED)
            .setStage(Stage.FINISHED)
            .setStart(now)
            .setStop(now)
            .setStatusDetails(
                new StatusDetails()
                    .setMessage(check.displayName() + ":" + error.line() + ": " + message))
            .setLabels(
                List.of(
                    new Label().setName("feature").setValue(file),
                    new Label().setName("suite").setValue(file)));
    new FileSystemResultsWriter(results).write(result);
  }
}
