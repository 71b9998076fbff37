package io.earshot.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Carries Allure's history from run to run, so the Trend panel and each test's History tab show the
 * last runs. Allure reads history only from {@code <results>/history/} and writes it to {@code
 * <report>/history/}; a history folder keeps it in between: {@link #carryIn} before the report is
 * built, {@link #carryOut} after.
 */
public final class AllureHistory {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AllureHistory() {}

  /** Copies the history kept in {@code historyDir} (if any) into {@code results/history}. */
  public static void carryIn(Path historyDir, Path results) throws IOException {
    Path target = results.resolve("history");
    Files.createDirectories(target);
    if (!Files.isDirectory(historyDir)) {
      return;
    }
    copyFiles(historyDir, target);
  }

  /** Copies the new report's history into {@code historyDir} for the next run. */
  public static void carryOut(Path report, Path historyDir) throws IOException {
    Path source = report.resolve("history");
    if (!Files.isDirectory(source)) {
      throw new IOException(
          "expected the report's history in " + source + " (Allure writes it), found no folder");
    }
    Files.createDirectories(historyDir);
    copyFiles(source, historyDir);
  }

  /**
   * The number of the next run: one more than the highest build order in the kept trend, 1 when
   * there is none.
   */
  public static int nextBuildOrder(Path historyDir) {
    Path trend = historyDir.resolve("history-trend.json");
    if (!Files.isRegularFile(trend)) {
      return 1;
    }
    try {
      int max = 0;
      for (JsonNode point : JSON.readTree(trend.toFile())) {
        max = Math.max(max, point.path("buildOrder").asInt(0));
      }
      return max + 1;
    } catch (IOException e) {
      return 1;
    }
  }

  private static void copyFiles(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
