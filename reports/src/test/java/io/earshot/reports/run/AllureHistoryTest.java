package io.earshot.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History goes from the kept folder into the results, and from the new report back. */
class AllureHistoryTest {
  @TempDir Path dir;

  @Test
  void carriesHistoryInAndOutAndNumbersTheNextRun() throws Exception {
    Path kept = dir.resolve("kept");
    Path results = dir.resolve("results");
    assertEquals(1, AllureHistory.nextBuildOrder(kept));
    AllureHistory.carryIn(kept, results);
    assertEquals(0, Files.list(results.resolve("history")).count());

    Path report = dir.resolve("report");
    Files.createDirectories(report.resolve("history"));
    Files.writeString(
        report.resolve("history/history-trend.json"),
        "[{\"buildOrder\":2,\"data\":{}},{\"buildOrder\":1,\"data\":{}}]");
    Files.writeString(report.resolve("history/history.json"), "{}");
    AllureHistory.carryOut(report, kept);
    assertEquals(3, AllureHistory.nextBuildOrder(kept));

    AllureHistory.carryIn(kept, results);
    assertEquals(
        Files.readString(report.resolve("history/history-trend.json")),
        Files.readString(results.resolve("history/history-trend.json")));
    assertEquals("{}", Files.readString(results.resolve("history/history.json")));
  }

  @Test
  void aReportWithoutHistoryIsNamed() {
    var e = assertThrows(IOException.class, () -> AllureHistory.carryOut(dir, dir.resolve("k")));
    assertEquals(true, e.getMessage().contains("found no folder"), e.getMessage());
  }
}
