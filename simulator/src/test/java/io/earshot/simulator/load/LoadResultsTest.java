package io.earshot.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Shards' results merge into exactly the results of the whole, and survive summary.json. */
class LoadResultsTest {
  @Test
  void threeShardsMergedEqualTheWholeAndRoundTripThroughJson() {
    LoadResults whole = new LoadResults();
    LoadResults[] shards = {new LoadResults(), new LoadResults(), new LoadResults()};
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 30_000; i++) {
      double mos = 1 + 4 * random.nextDouble();
      double latency = 50 + 300 * random.nextDouble() * random.nextDouble();
      whole.record(LoadMetric.MEASURED_MOS, mos);
      whole.record(LoadMetric.LATENCY_MS, latency);
      shards[i % 3].record(LoadMetric.MEASURED_MOS, mos);
      shards[i % 3].record(LoadMetric.LATENCY_MS, latency);
    }
    whole.count(LoadMetric.JOIN_SUCCESS, 299, 300);
    whole.addUsers(300);
    for (LoadResults s : shards) {
      s.count(LoadMetric.JOIN_SUCCESS, s == shards[0] ? 99 : 100, 100);
      s.addUsers(100);
    }
    LoadResults merged = new LoadResults();
    for (LoadResults s : shards) {
      LoadOutcome o =
          LoadOutcome.judge(LoadProfileReader.read("duration: 1s\n"), new Shard(1, 3), s, 0);
      merged.merge(LoadSummaryJson.read(LoadSummaryJson.write(o)));
    }
    assertEquals(300, merged.users());
    for (String stat : new String[] {"min", "p5", "p50", "p95", "p99.9", "max"}) {
      assertEquals(
          whole.value(LoadMetric.MEASURED_MOS, stat),
          merged.value(LoadMetric.MEASURED_MOS, stat),
          stat);
      assertEquals(
          whole.value(LoadMetric.LATENCY_MS, stat),
          merged.value(LoadMetric.LATENCY_MS, stat),
          stat);
    }
    assertEquals(
        whole.value(LoadMetric.LATENCY_MS, "mean"),
        merged.value(LoadMetric.LATENCY_MS, "mean"),
        1e-9);
    assertEquals(299 / 300.0, merged.value(LoadMetric.JOIN_SUCCESS, ""), 1e-12);
    // 3 significant digits: the 95th percentile of a uniform MOS is within 0.1% of its exact value.
    assertEquals(1 + 4 * 0.95, whole.value(LoadMetric.MEASURED_MOS, "p95"), 0.03);
  }

  @Test
  void nothingMeasuredIsNaNAndFailsEveryThreshold() {
    LoadResults none = new LoadResults();
    assertTrue(Double.isNaN(none.value(LoadMetric.MEASURED_MOS, "p5")));
    assertTrue(Double.isNaN(none.value(LoadMetric.JOIN_SUCCESS, "")));
    LoadOutcome o =
        LoadOutcome.judge(
            LoadProfileReader.read("duration: 1s\nthresholds: ['measured_mos.p5 >= 1']\n"),
            Shard.WHOLE,
            none,
            0);
    assertEquals(LoadVerdict.FAILED, o.verdict());
    assertTrue(o.thresholds().get(0).describe().contains("nothing measured"));
  }

  @Test
  void lateClocksOutrankEveryThreshold() {
    LoadProfile p = LoadProfileReader.read("duration: 1s\nthresholds: ['join_success >= 50%']\n");
    LoadResults r = new LoadResults();
    r.count(LoadMetric.JOIN_SUCCESS, 10, 10);
    r.count(LoadMetric.ON_TIME, 99_000, 100_000);
    LoadOutcome o = LoadOutcome.judge(p, Shard.WHOLE, r, 0);
    assertTrue(o.thresholds().get(0).passed());
    assertEquals(LoadVerdict.HARNESS_OVERLOADED, o.verdict());
    assertEquals(3, o.verdict().exitCode());
    LoadResults fine = new LoadResults();
    fine.count(LoadMetric.JOIN_SUCCESS, 10, 10);
    fine.count(LoadMetric.ON_TIME, 99_990, 100_000);
    assertEquals(LoadVerdict.PASSED, LoadOutcome.judge(p, Shard.WHOLE, fine, 0).verdict());
  }

  @Test
  void aSummaryThatIsNotOneIsRefusedWithWhatIsWrong() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LoadSummaryJson.read("{"))
            .getMessage()
            .contains("invalid JSON"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LoadSummaryJson.read("{\"users\": 1}"))
            .getMessage()
            .contains("'mergeable'"));
    String bad =
        "{\"users\": 1, \"mergeable\": {\"histograms\": {\"latency_ms\": \"AAAA\"}, \"ratios\": {}}}";
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LoadSummaryJson.read(bad))
            .getMessage()
            .contains("mergeable.histograms.latency_ms: expected a compressed HdrHistogram"));
    String ratio = "{\"users\": 1, \"mergeable\": {\"ratios\": {\"join_success\": [5, 2]}}}";
    assertThrows(IllegalArgumentException.class, () -> LoadSummaryJson.read(ratio));
  }
}
