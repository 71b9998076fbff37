package io.earshot.simulator.load;

import io.earshot.simulator.health.HarnessHealth;
import java.util.List;

/**
 * A finished load run (or shard, or a merge of shards): its results, each threshold judged, and the
 * verdict. An overloaded harness outranks the thresholds: its figures cannot be trusted either way.
 *
 * @param profile what ran
 * @param shard which slice ran ({@link Shard#WHOLE} for a whole run or a merge)
 * @param results the mergeable figures
 * @param thresholds each threshold with its measured value
 * @param verdict passed, failed or harness overloaded
 * @param wallNanos wall time the run took (0 for a merge)
 */
public record LoadOutcome(
    LoadProfile profile,
    Shard shard,
    LoadResults results,
    List<ThresholdResult> thresholds,
    LoadVerdict verdict,
    long wallNanos) {

  public LoadOutcome {
    thresholds = List.copyOf(thresholds);
  }

  /** Judges {@code results} against the profile's thresholds and the harness's health. */
  public static LoadOutcome judge(
      LoadProfile profile, Shard shard, LoadResults results, long wallNanos) {
    List<ThresholdResult> judged =
        profile.thresholds().stream().map(t -> ThresholdResult.of(t, results)).toList();
    LoadVerdict verdict;
    if (overloaded(results)) {
      verdict = LoadVerdict.HARNESS_OVERLOADED;
    } else if (judged.stream().allMatch(ThresholdResult::passed)) {
      verdict = LoadVerdict.PASSED;
    } else {
      verdict = LoadVerdict.FAILED;
    }
    return new LoadOutcome(profile, shard, results, judged, verdict, wallNanos);
  }

  /** More than 0.1% of the engines' clock ticks late (and more than a hiccup). */
  static boolean overloaded(LoadResults results) {
    long[] onTime = results.ratios().getOrDefault(LoadMetric.ON_TIME, new long[2]);
    return HarnessHealth.overloaded(onTime[1], onTime[1] - onTime[0]);
  }
}
