package io.earshot.features.cli;

import io.earshot.simulator.TimeMode;
import io.earshot.simulator.bench.CapacityBench;
import io.earshot.simulator.bench.CrowdScoringBench;
import io.earshot.simulator.bench.SimulatedCallBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code earshot bench simulated-call [--seconds 60] [--loss 5]} and {@code earshot bench capacity
 * --users N --seconds S [--mode realtime|simulated] [--find]} and {@code earshot bench
 * crowd-scoring [--users 40] [--seconds 30]}: one JSON line per run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks, one JSON line per run.",
      "simulated-call: a two-party call (both publish and play, real libopus) in simulated time.",
      "capacity: --users N in rooms of 2 (each publishes speech and plays the other, all"
          + " decoding) for --seconds; on_time_ratio is the share of capture and playout clock"
          + " ticks within 10 ms of due; --find searches for the largest N keeping it >= 0.999.",
      "crowd-scoring: --users N in rooms of 4 (each publishes speech and plays the other three)"
          + " for --seconds in simulated time, then every listener scored (measured MOS, latency,"
          + " breaks); prints the scoring's wall and CPU time per listener-minute."
    })
final class BenchCommand implements Callable<Integer> {
  /** Warm-up calls at most, however short the measured call. */
  private static final int MAX_WARMUP_CALLS = 20;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "simulated-call, capacity or crowd-scoring.")
  String name;

  @Option(
      names = "--seconds",
      description =
          "Length of the call (default 60 for simulated-call, 30 for capacity and crowd-scoring).")
  Double seconds;

  @Option(
      names = "--loss",
      defaultValue = "5",
      description =
          "simulated-call: random loss on each uplink, in percent (default ${DEFAULT-VALUE}).")
  double loss;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "300",
      description =
          "Length of an unmeasured warm-up first (simulated-call: the same call, repeated for"
              + " this virtual length, at most 20 times; 300 s is about 8 s of wall time, which"
              + " is how long the JIT goes on compiling the media path; capacity: up to 20 users"
              + " for up to 30 s), so JIT compilation is not counted (0 = none; default"
              + " ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(
      names = "--runs",
      defaultValue = "1",
      description = "How many runs, one JSON line each (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--users",
      description =
          "capacity: users (even; default 100); crowd-scoring: users (a multiple of 4; default"
              + " 40).")
  Integer users;

  @Option(
      names = "--mode",
      defaultValue = "realtime",
      description = "capacity: realtime or simulated (default ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = "--find",
      description =
          "capacity: from --users, double until on_time_ratio < 0.999, then halve the gap (at most"
              + " 10 runs); prints each run and the largest N that held.")
  boolean find;

  @Override
  public Integer call() {
    if (runs < 1 || runs > 100) {
      System.err.println("earshot bench: --runs must be 1–100, was " + runs);
      return 2;
    }
    try {
      return switch (name) {
        case "simulated-call" -> simulatedCall();
        case "capacity" -> capacity();
        case "crowd-scoring" -> crowdScoring();
        default -> {
          System.err.println(
              "earshot bench: unknown benchmark '"
                  + name
                  + "'; known: simulated-call, capacity, crowd-scoring");
          yield 2;
        }
      };
    } catch (IllegalArgumentException e) {
      System.err.println("earshot bench: " + e.getMessage());
      return 2;
    }
  }

  private int simulatedCall() {
    if (!(warmupSeconds >= 0)) {
      throw new IllegalArgumentException("--warmup-seconds must be >= 0, was " + warmupSeconds);
    }
    double s = seconds == null ? 60 : seconds;
    // The warm-up is the measured call itself, repeated: the JIT compiles for the paths it will
    // run (after one long call with another seed, the first measured runs were up to 0.8 s slower).
    long calls = Math.min(MAX_WARMUP_CALLS, (long) Math.ceil(warmupSeconds / s));
    for (int i = 0; i < calls; i++) {
      SimulatedCallBench.run(Math.min(s, warmupSeconds - i * s), loss, seed);
    }
    for (int i = 0; i < runs; i++) {
      System.out.println(SimulatedCallBench.run(s, loss, seed).toJson());
    }
    return 0;
  }

  private int crowdScoring() {
    int n = users == null ? 40 : users;
    double s = seconds == null ? 30 : seconds;
    for (int i = 0; i < runs; i++) {
      System.out.println(CrowdScoringBench.run(n, s, seed).toJson());
    }
    return 0;
  }

  private int capacity() {
    int n = users == null ? 100 : users;
    TimeMode m =
        switch (mode) {
          case "realtime" -> TimeMode.REAL_TIME;
          case "simulated" -> TimeMode.SIMULATED;
          default ->
              throw new IllegalArgumentException(
                  "--mode: expected realtime or simulated, found '" + mode + "'");
        };
    double s = seconds == null ? 30 : seconds;
    if (warmupSeconds > 0) {
      // The JIT compiles the media path on a small population first, so that compilation does not
      // count as the harness falling behind.
      CapacityBench.run(Math.min(n, 20), Math.max(1, Math.min(warmupSeconds, 30)), m, seed + 1);
    }
    if (find) {
      System.out.println(CapacitySearch.find(n, s, m, seed));
      return 0;
    }
    int exit = 0;
    for (int i = 0; i < runs; i++) {
      CapacityBench.Result r = CapacityBench.run(n, s, m, seed);
      System.out.println(r.toJson());
      exit = r.ok() ? exit : 3;
    }
    return exit;
  }
}
