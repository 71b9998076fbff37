package io.earshot.features.cli;

import io.earshot.simulator.bench.SimulatedCallBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code earshot bench simulated-call [--seconds 60] [--loss 5]}: prints one JSON line per run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks. simulated-call: a two-party call (both publish and play, real libopus) in simulated time.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "The benchmark: simulated-call.")
  String name;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description = "Virtual length of the call (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--loss",
      defaultValue = "5",
      description = "Random loss on each user's uplink, in percent (default ${DEFAULT-VALUE}).")
  double loss;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Scenario seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "30",
      description =
          "Virtual length of an unmeasured warm-up call first, so JIT compilation and loading libopus "
              + "are not counted (0 = none; default ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(
      names = "--runs",
      defaultValue = "1",
      description = "How many runs, one JSON line each (default ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() {
    if (!name.equals("simulated-call")) {
      System.err.println("earshot bench: unknown benchmark '" + name + "'; known: simulated-call");
      return 2;
    }
    if (runs < 1 || runs > 100) {
      System.err.println("earshot bench: --runs must be 1–100, was " + runs);
      return 2;
    }
    if (warmupSeconds < 0) {
      System.err.println("earshot bench: --warmup-seconds must be >= 0, was " + warmupSeconds);
      return 2;
    }
    if (warmupSeconds > 0) {
      SimulatedCallBench.run(warmupSeconds, loss, seed + 1);
    }
    for (int i = 0; i < runs; i++) {
      System.out.println(SimulatedCallBench.run(seconds, loss, seed).toJson());
    }
    return 0;
  }
}
