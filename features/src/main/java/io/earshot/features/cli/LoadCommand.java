package io.earshot.features.cli;

import io.earshot.simulator.RemoteServer;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.load.LoadOutcome;
import io.earshot.simulator.load.LoadProfile;
import io.earshot.simulator.load.LoadProfileReader;
import io.earshot.simulator.load.LoadRun;
import io.earshot.simulator.load.LoadSnapshot;
import io.earshot.simulator.load.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code earshot load PROFILE.yaml}: a load run with thresholds, progress, summary and report. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a load profile (YAML: rooms, speakers and listeners, ramp, churn, network mix, source,"
          + " thresholds; see load/README.md) and judges its thresholds.",
      "Writes DIR/summary.json, DIR/allure-results and DIR/report. Exit code: 0 every threshold"
          + " held, 1 a threshold failed, 2 the profile or an option is wrong, 3 the harness was"
          + " overloaded (its figures cannot be trusted)."
    })
final class LoadCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PROFILE", description = "The load profile (YAML).")
  Path profileFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/earshot-load",
      description = "Where the summary, results and report go (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", description = "Overrides the profile's seed.")
  Long seed;

  @Option(
      names = "--mode",
      paramLabel = "simulated|realtime",
      description = "Overrides the profile's time mode.")
  String mode;

  @Option(
      names = "--shard",
      paramLabel = "i/n",
      defaultValue = "1/1",
      description = "Runs the i-th of n deterministic slices of the profile's rooms (default all).")
  String shard;

  @Option(
      names = "--progress-every",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description = "Scenario seconds between progress lines (default ${DEFAULT-VALUE}).")
  double progressSeconds;

  @Option(names = "--no-report", description = "Writes the summary and results only.")
  boolean noReport;

  @Option(
      names = "--no-warm-up",
      negatable = true,
      defaultValue = "true",
      description =
          "Real time: first run two users for 5 s unmeasured, so that JIT compilation does not"
              + " make the run's first clocks late (default on).")
  boolean warmUp;

  @Option(
      names = "--server",
      paramLabel = "HOST:PORT",
      description =
          "Runs the users against a reference server elsewhere (its signaling port; started with"
              + " earshot server --for-load-runs) instead of an embedded one. Real time only.")
  String server;

  @Option(
      names = "--media-port",
      paramLabel = "PORT",
      description = "The --server's UDP media port (default: its signaling port + 1).")
  Integer mediaPort;

  @Override
  public Integer call() throws IOException, InterruptedException {
    LoadProfile profile;
    Shard slice;
    RemoteServer remote = null;
    try {
      profile = profile();
      slice = Shard.parse(shard);
      if (server != null) {
        remote = remoteServer();
        if (profile.mode() != TimeMode.REAL_TIME) {
          throw new IllegalArgumentException(
              "--server needs real time: mode: realtime in the profile, or --mode realtime");
        }
      }
      if (!(progressSeconds > 0 && progressSeconds <= 3600)) {
        throw new IllegalArgumentException(
            "--progress-every: expected seconds above 0 and at most 3600, found "
                + progressSeconds);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("earshot load: " + e.getMessage());
      return 2;
    }
    System.out.println(
        "earshot load: "
            + profile.name()
            + ", "
            + profile.users()
            + " users in "
            + profile.rooms()
            + " rooms, "
            + profile.duration().toSeconds()
            + " s, "
            + (profile.mode() == TimeMode.SIMULATED ? "simulated" : "real")
            + " time, seed "
            + profile.seed()
            + (slice.count() > 1 ? ", shard " + slice : ""));
    if (profile.mode() == TimeMode.REAL_TIME && warmUp) {
      System.out.println("warming up: 5 s of two users, not measured (--no-warm-up skips it)");
      LoadRun.warmUp(profile.seed() + 1);
    }
    List<LoadSnapshot> snapshots = new ArrayList<>();
    LoadConsole console = new LoadConsole(System.out, System.console() != null);
    long every = (long) (progressSeconds * 1e9);
    long[] nextLine = {every};
    // A snapshot every second for the charts; a progress line every --progress-every.
    LoadOutcome outcome =
        new LoadRun(
                profile,
                slice,
                1_000_000_000L,
                s -> {
                  snapshots.add(s);
                  if (s.elapsedNanos() >= nextLine[0] || s.elapsedNanos() >= s.totalNanos()) {
                    console.show(s);
                    nextLine[0] = (s.elapsedNanos() / every + 1) * every;
                  }
                })
            .against(remote)
            .run();
    return LoadReport.finish(outcome, snapshots, out, Files.readString(profileFile), noReport);
  }

  private RemoteServer remoteServer() {
    return RemoteServer.parse(
        server, mediaPort == null ? OptionalInt.empty() : OptionalInt.of(mediaPort));
  }

  private LoadProfile profile() throws IOException {
    if (!Files.isRegularFile(profileFile)) {
      throw new IllegalArgumentException("no such profile file: " + profileFile.toAbsolutePath());
    }
    LoadProfile p;
    try {
      p = LoadProfileReader.read(Files.readString(profileFile));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(profileFile + ": " + e.getMessage(), e);
    }
    TimeMode m = p.mode();
    if (mode != null) {
      m =
          switch (mode) {
            case "simulated" -> TimeMode.SIMULATED;
            case "realtime" -> TimeMode.REAL_TIME;
            default ->
                throw new IllegalArgumentException(
                    "--mode: expected simulated or realtime, found '" + mode + "'");
          };
    }
    return p.with(m, seed != null ? seed : p.seed());
  }
}
