package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code earshot bench} through the real command line: what it accepts and what it prints. */
class BenchCommandTest {

  @Test
  void aShortSimulatedCallPrintsOneJsonLinePerRun() {
    EarshotCli.Outcome outcome =
        EarshotCli.run(
            "bench", "simulated-call", "--seconds", "1", "--warmup-seconds", "1.5", "--runs", "2");
    assertEquals(0, outcome.exit(), outcome.all());
    String[] lines = outcome.out().strip().split("\\R");
    assertEquals(2, lines.length, outcome.all());
    for (String line : lines) {
      assertTrue(
          line.matches("\\{\"virtual_s\":1\\.000, \"wall_s\":[0-9.]+, \"codec_cpu_s\":[0-9.]+}"),
          line);
    }
  }

  @Test
  void badArgumentsSayWhatWasExpected() {
    EarshotCli.Outcome runs = EarshotCli.run("bench", "simulated-call", "--runs", "0");
    assertEquals(2, runs.exit(), runs.all());
    assertTrue(runs.err().contains("--runs must be 1–100, was 0"), runs.all());
    EarshotCli.Outcome warmup = EarshotCli.run("bench", "simulated-call", "--warmup-seconds", "-1");
    assertEquals(2, warmup.exit(), warmup.all());
    assertTrue(warmup.err().contains("--warmup-seconds must be >= 0, was -1.0"), warmup.all());
    EarshotCli.Outcome name = EarshotCli.run("bench", "fast-call");
    assertEquals(2, name.exit(), name.all());
    assertTrue(name.err().contains("known: simulated-call, capacity, crowd-scoring"), name.all());
    EarshotCli.Outcome crowd = EarshotCli.run("bench", "crowd-scoring", "--users", "6");
    assertEquals(2, crowd.exit(), crowd.all());
    assertTrue(crowd.err().contains("a multiple of 4 from 4 to 400, was 6"), crowd.all());
  }

  @Test
  void aCrowdOfFourIsScoredPairByPair() {
    EarshotCli.Outcome outcome =
        EarshotCli.run("bench", "crowd-scoring", "--users", "4", "--seconds", "10");
    assertEquals(0, outcome.exit(), outcome.all());
    String line = outcome.out().strip();
    assertTrue(line.startsWith("{\"users\":4, \"seconds\":10, \"pairs\":12, "), line);
    assertTrue(line.matches(".*\"measured_mos_p5\":[1-4]\\.[0-9]{2}}"), line);
  }
}
