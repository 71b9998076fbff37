package io.earshot.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Load runs in simulated time: thresholds judged, shards merged, churn counted, progress given. */
class LoadRunTest {
  private static final String PROFILE =
      "name: three-rooms\n"
          + "duration: 8s\n"
          + "rooms: 3\n"
          + "speakers: 2\n"
          + "listeners: 1\n"
          + "ramp: 3s\n"
          + "thresholds:\n"
          + "  - measured_mos.p5 >= 3.0\n"
          + "  - latency_ms.p95 < 400\n"
          + "  - join_success >= 100%\n"
          + "  - reported_mos.p50 >= 4.9\n";

  @Test
  void aRunJudgesItsThresholdsAndShardsMergeToTheWhole() {
    LoadProfile profile = LoadProfileReader.read(PROFILE);
    List<LoadSnapshot> snapshots = new ArrayList<>();
    LoadOutcome whole = new LoadRun(profile, Shard.WHOLE, 2_000_000_000L, snapshots::add).run();
    assertEquals(9, whole.results().users());
    assertEquals(4, snapshots.size(), "one snapshot every 2 s of the 8 s");
    LoadSnapshot last = snapshots.get(snapshots.size() - 1);
    assertEquals(9, last.joined());
    assertEquals(
        3 * 2 * 2, last.streamsPlaying(), "each of 3 members plays the 2 speakers but itself");
    assertEquals(LoadVerdict.FAILED, whole.verdict());
    List<ThresholdResult> t = whole.thresholds();
    assertTrue(t.get(0).passed() && t.get(1).passed() && t.get(2).passed(), t.toString());
    assertTrue(
        !t.get(3).passed() && t.get(3).describe().contains("limit 4.90 (FAILED)"),
        t.get(3).describe());
    // 3 rooms x (2 speakers hearing 1 other + 1 listener hearing 2) = 12 pairs measured.
    assertTrue(whole.results().count(LoadMetric.MEASURED_MOS) >= 12);

    LoadResults merged = new LoadResults();
    for (int i = 1; i <= 3; i++) {
      merged.merge(new LoadRun(profile, new Shard(i, 3), 2_000_000_000L, s -> {}).run().results());
    }
    assertEquals(whole.results().users(), merged.users());
    assertEquals(
        whole.results().count(LoadMetric.MEASURED_MOS), merged.count(LoadMetric.MEASURED_MOS));
    for (LoadMetric m : new LoadMetric[] {LoadMetric.MEASURED_MOS, LoadMetric.LATENCY_MS}) {
      for (String stat : new String[] {"p5", "p50", "p95"}) {
        double a = whole.results().value(m, stat);
        double b = merged.value(m, stat);
        assertEquals(a, b, Math.abs(a) * 0.05, m + " " + stat);
      }
    }
  }

  @Test
  void churnedUsersLeaveAndComeBackAndEveryLoginCounts() {
    LoadProfile profile =
        LoadProfileReader.read(
            "duration: 20s\nrooms: 2\nspeakers: 2\nlisteners: 2\n"
                + "churn: {leave-per-minute: 100%, rejoin-after: 2s}\n");
    LoadOutcome o = new LoadRun(profile, Shard.WHOLE, 5_000_000_000L, s -> {}).run();
    long logins = o.results().count(LoadMetric.JOIN_SUCCESS);
    assertTrue(logins > 8, "someone left and came back: " + logins + " logins for 8 users");
    assertEquals(1.0, o.results().value(LoadMetric.JOIN_SUCCESS, ""), 1e-12);
    assertEquals(LoadVerdict.PASSED, o.verdict());
  }
}
