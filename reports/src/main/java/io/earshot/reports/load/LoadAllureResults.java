package io.earshot.reports.load;

import io.earshot.simulator.RealTimeEpoch;
import io.earshot.simulator.load.LoadMetric;
import io.earshot.simulator.load.LoadOutcome;
import io.earshot.simulator.load.LoadSnapshot;
import io.earshot.simulator.load.LoadVerdict;
import io.earshot.simulator.load.ThresholdResult;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A load run as Allure results: one test per threshold (failed when it did not hold, broken when
 * the harness was overloaded, since its value cannot be trusted either way) and one for the
 * harness's own health, each with the summary and the charts of users and quality over time.
 */
public final class LoadAllureResults {
  private LoadAllureResults() {}

  /** Writes the results into {@code results} (created if needed). */
  public static void write(
      Path results, LoadOutcome outcome, String summaryJson, List<LoadSnapshot> snapshots) {
    FileSystemResultsWriter writer = new FileSystemResultsWriter(results);
    List<Attachment> attachments = new ArrayList<>();
    attachments.add(
        attach(
            writer,
            "summary.json",
            "application/json",
            "json",
            summaryJson.getBytes(StandardCharsets.UTF_8)));
    for (Map.Entry<String, byte[]> chart : LoadCharts.render(snapshots).entrySet()) {
      attachments.add(attach(writer, chart.getKey(), "image/png", "png", chart.getValue()));
    }
    boolean overloaded = outcome.verdict() == LoadVerdict.HARNESS_OVERLOADED;
    String suite = "load: " + outcome.profile().name() + " (shard " + outcome.shard() + ")";
    for (ThresholdResult t : outcome.thresholds()) {
      Status status = overloaded ? Status.BROKEN : t.passed() ? Status.PASSED : Status.FAILED;
      String message =
          t.describe()
              + (overloaded ? "\nthe harness was overloaded: this value cannot be trusted" : "");
      writer.write(
          result(suite, "threshold " + t.threshold().text(), status, message, attachments));
    }
    String health = "harness health: " + outcome.results().users() + " users, " + onTime(outcome);
    writer.write(
        result(
            suite,
            "harness kept up (at least 99.9% of clock ticks on time)",
            overloaded ? Status.FAILED : Status.PASSED,
            health,
            attachments));
  }

  private static String onTime(LoadOutcome outcome) {
    double ratio = outcome.results().value(LoadMetric.ON_TIME, "");
    return Double.isNaN(ratio)
        ? "no clock ticked"
        : String.format(Locale.ROOT, "%.3f%% of clock ticks on time", ratio * 100);
  }

  private static Attachment attach(
      FileSystemResultsWriter writer, String name, String type, String extension, byte[] bytes) {
    String source = UUID.randomUUID() + "-attachment." + extension;
    writer.write(source, new ByteArrayInputStream(bytes));
    return new Attachment().setName(name).setType(type).setSource(source);
  }

  private static TestResult result(
      String suite, String name, Status status, String message, List<Attachment> attachments) {
    long now = RealTimeEpoch.nowMillis();
    return new TestResult()
        .setUuid(UUID.randomUUID().toString())
        .setHistoryId(
            UUID.nameUUIDFromBytes((suite + "/" + name).getBytes(StandardCharsets.UTF_8))
                .toString())
        .setName(name)
        .setFullName(suite + ": " + name)
        .setStatus(status)
        .setStage(Stage.FINISHED)
        .setStart(now)
        .setStop(now)
        .setStatusDetails(new StatusDetails().setMessage(message))
        .setAttachments(attachments)
        .setLabels(
            List.of(
                new Label().setName("suite").setValue(suite),
                new Label().setName("feature").setValue("load run")));
  }
}
