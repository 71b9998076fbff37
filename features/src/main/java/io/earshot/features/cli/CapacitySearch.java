package io.earshot.features.cli;

import io.earshot.simulator.TimeMode;
import io.earshot.simulator.bench.CapacityBench;

/**
 * {@code bench capacity --find}: the largest even number of users that keeps the harness on time,
 * found by doubling from a start until a run is overloaded, then halving the gap; at most {@link
 * #MAX_RUNS} runs, each printed as it ends.
 */
final class CapacitySearch {
  static final int MAX_RUNS = 10;

  private CapacitySearch() {}

  /** Runs the search and returns its result as one JSON line. */
  static String find(int start, double seconds, TimeMode mode, long seed) {
    int ok = 0;
    int overloaded = 0;
    int n = Math.max(2, start - start % 2);
    for (int run = 0; run < MAX_RUNS; run++) {
      CapacityBench.Result r = CapacityBench.run(n, seconds, mode, seed);
      System.out.println(r.toJson());
      if (r.ok()) {
        ok = Math.max(ok, n);
      } else {
        overloaded = overloaded == 0 ? n : Math.min(overloaded, n);
      }
      int next = overloaded == 0 ? n * 2 : (ok + overloaded) / 2;
      next -= next % 2;
      if (overloaded != 0
          && (next <= ok || next >= overloaded || overloaded - ok <= Math.max(2, ok / 20))) {
        break;
      }
      if (next > 100_000) {
        break;
      }
      n = Math.max(2, next);
    }
    return "{\"largest_users_on_time\":" + ok + ", \"smallest_overloaded\":" + overloaded + "}";
  }
}
