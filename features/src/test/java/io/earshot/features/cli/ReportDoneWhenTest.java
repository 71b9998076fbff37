package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.earshot.reports.run.AllurePanels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's promises on a run with one passing, one failing and one undefined scenario: the
 * console, the exit code, Allure's overview and summary.json agree (1 passed, 2 failed), the
 * categories name the undefined sentence and the failed assertion, the timeline shows the outage
 * above its effects, the printed replay command reproduces the same timeline file, and two runs
 * sharing a history folder give a trend of two points.
 */
class ReportDoneWhenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TIMELINE =
      "outcomes--a-lossy-call-with-an-outage-expects-a-kick-out-that-never-comes.txt";

  @TempDir Path dir;

  @Test
  void oneRunTheReplayOfItsFailureAndTheirTrend() throws IOException {
    Path feature = OutcomesFeature.write(dir.resolve("features"));
    Path history = dir.resolve("history");
    Path first = dir.resolve("first");
    EarshotCli.Outcome run =
        EarshotCli.run(
            "run", "--out", first.toString(), "--history", history.toString(), feature.toString());
    assertEquals(1, run.exit(), run.all());
    assertTrue(run.out().contains("\n1 passed, 2 failed\n"), run.all());

    JsonNode statistic = json(first.resolve("report/widgets/summary.json")).path("statistic");
    assertEquals(1, statistic.path("passed").asInt(), statistic.toString());
    assertEquals(2, statistic.path("failed").asInt(), statistic.toString());
    assertEquals(
        0,
        statistic.path("broken").asInt()
            + statistic.path("unknown").asInt()
            + statistic.path("skipped").asInt(),
        statistic.toString());
    List<String> categories = new ArrayList<>();
    json(first.resolve("report/widgets/categories.json"))
        .path("items")
        .forEach(c -> categories.add(c.path("name").asText()));
    assertEquals(
        List.of(AllurePanels.PRODUCT, AllurePanels.UNDEFINED),
        categories.stream().sorted().toList());
    JsonNode summary = json(first.resolve("summary.json"));
    assertEquals(1, summary.path("passed").asInt());
    assertEquals(2, summary.path("failed").asInt());
    JsonNode lossy = null;
    for (JsonNode scenario : summary.path("scenarios")) {
      if (scenario.path("name").asText().startsWith("A lossy call")) {
        lossy = scenario;
      }
    }
    assertTrue(lossy != null, summary.toPrettyString());
    assertEquals("failed", lossy.path("status").asText());
    assertEquals(42, lossy.path("seed").asLong());
    assertEquals(
        "bob", lossy.path("figures").path("worstListener").path("user").asText(), lossy.toString());

    String timeline = Files.readString(first.resolve("timelines").resolve(TIMELINE));
    int down = timeline.indexOf("2.160 s  network of \"alice\" goes down for 3 s");
    int back = timeline.indexOf("5.160 s  network of \"alice\" comes back");
    assertTrue(down > 0 && back > down, timeline);

    Matcher replay =
        Pattern.compile("replay: \\./earshot run --seed 42 --mode simulated (\\S+)")
            .matcher(run.out());
    assertTrue(replay.find(), run.all());
    assertEquals(feature + ":" + OutcomesFeature.LOSSY_CALL_LINE, replay.group(1));
    // The replay as a user types it, with its own output folder.
    Path second = dir.resolve("second");
    EarshotCli.Outcome again =
        EarshotCli.run(
            "run",
            "--seed",
            "42",
            "--mode",
            "simulated",
            "--out",
            second.toString(),
            "--history",
            history.toString(),
            replay.group(1));
    assertEquals(1, again.exit(), again.all());
    assertTrue(again.out().contains("\n0 passed, 1 failed\n"), again.all());
    assertArrayEquals(
        Files.readAllBytes(first.resolve("timelines").resolve(TIMELINE)),
        Files.readAllBytes(second.resolve("timelines").resolve(TIMELINE)));

    JsonNode trend = json(second.resolve("report/widgets/history-trend.json"));
    assertEquals(2, trend.size(), trend.toString());
    assertEquals(2, trend.get(0).path("buildOrder").asInt(), trend.toString());
  }

  private static JsonNode json(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }
}
