package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code earshot load} and {@code earshot merge} as a user meets them: a failing threshold exits 1
 * and names the threshold, the value and the limit, and the console, summary.json and the Allure
 * results agree; a wrong profile exits 2 naming the field; shards merge.
 */
class LoadCommandTest {
  private static final String PROFILE =
      "name: two-rooms\n"
          + "duration: 8s\n"
          + "rooms: 2\n"
          + "speakers: 2\n"
          + "listeners: 1\n"
          + "ramp: 2s\n"
          + "thresholds:\n"
          + "  - join_success >= 100%\n"
          + "  - reported_mos.p50 >= 4.9\n";

  @TempDir Path dir;

  @Test
  void aFailingThresholdExitsOneAndEveryOutputSaysTheSame() throws IOException {
    Path profile = Files.writeString(dir.resolve("p.yaml"), PROFILE);
    Path out = dir.resolve("out");
    EarshotCli.Outcome o =
        EarshotCli.run("load", profile.toString(), "--out", out.toString(), "--no-report");
    assertEquals(1, o.exit(), o.all());
    assertTrue(o.out().contains("  ok    join_success >= 100%: measured 100.000%"), o.all());
    assertTrue(
        o.out()
            .matches(
                "(?s).*  FAIL  reported_mos.p50 >= 4.9: measured 4\\.\\d\\d, limit 4.90 \\(FAILED\\).*"),
        o.all());
    assertTrue(o.out().contains("verdict: failed"), o.all());
    assertTrue(o.out().contains(" 8.0/8 s "), "a progress line at the end: " + o.all());

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("failed", summary.get("verdict").asText());
    assertEquals(1, summary.get("exit_code").asInt());
    assertEquals(6, summary.get("users").asInt());
    JsonNode failed = summary.get("thresholds").get(1);
    assertEquals("reported_mos.p50 >= 4.9", failed.get("threshold").asText());
    assertTrue(!failed.get("passed").asBoolean() && failed.get("value").asDouble() < 4.9);

    List<String> results;
    try (Stream<Path> files = Files.list(out.resolve("allure-results"))) {
      results = files.filter(p -> p.toString().endsWith("-result.json")).map(p -> read(p)).toList();
    }
    assertEquals(3, results.size(), "one test per threshold and one for the harness");
    assertTrue(
        results.stream()
            .anyMatch(
                r -> r.contains("threshold reported_mos.p50 >= 4.9") && r.contains("\"failed\"")),
        results.toString());
    assertTrue(
        results.stream().anyMatch(r -> r.contains("harness kept up") && r.contains("\"passed\"")));
  }

  @Test
  void aWrongProfileExitsTwoNamingTheField() throws IOException {
    Path profile =
        Files.writeString(
            dir.resolve("bad.yaml"), "duration: 8s\nthresholds: ['latency.p95 < 3']\n");
    EarshotCli.Outcome o = EarshotCli.run("load", profile.toString(), "--out", dir.toString());
    assertEquals(2, o.exit(), o.all());
    assertTrue(
        o.err().contains("bad.yaml: thresholds[0]: unknown metric 'latency'; metrics:"), o.all());
    EarshotCli.Outcome missing = EarshotCli.run("load", dir.resolve("none.yaml").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no such profile file"), missing.all());
    Path good = Files.writeString(dir.resolve("good.yaml"), PROFILE);
    EarshotCli.Outcome shard = EarshotCli.run("load", good.toString(), "--shard", "3/2");
    assertEquals(2, shard.exit());
    assertTrue(
        shard.err().contains("expected a shard i/n with 1 <= i <= n, found 3/2"), shard.all());
  }

  @Test
  void twoShardsMergeIntoTheWholeRun() throws IOException {
    Path profile = Files.writeString(dir.resolve("p.yaml"), PROFILE);
    for (String shard : new String[] {"1/2", "2/2"}) {
      EarshotCli.Outcome o =
          EarshotCli.run(
              "load",
              profile.toString(),
              "--shard",
              shard,
              "--no-report",
              "--out",
              dir.resolve("shard-" + shard.charAt(0)).toString());
      assertEquals(1, o.exit(), o.all());
    }
    EarshotCli.Outcome merged =
        EarshotCli.run(
            "merge",
            dir.resolve("shard-1").toString(),
            dir.resolve("shard-2").toString(),
            "--out",
            dir.resolve("merged").toString(),
            "--no-report");
    assertEquals(1, merged.exit(), merged.all());
    assertTrue(merged.out().contains("earshot merge: 2 shards, 6 users"), merged.all());
    assertTrue(merged.out().contains("FAIL  reported_mos.p50 >= 4.9"), merged.all());
    EarshotCli.Outcome wrong = EarshotCli.run("merge", dir.toString());
    assertEquals(2, wrong.exit());
    assertTrue(wrong.err().contains("expected the output of earshot load"), wrong.all());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
