package io.earshot.features.cli;

import io.earshot.simulator.load.LoadOutcome;
import io.earshot.simulator.load.LoadProfile;
import io.earshot.simulator.load.LoadProfileReader;
import io.earshot.simulator.load.LoadResults;
import io.earshot.simulator.load.LoadSummaryJson;
import io.earshot.simulator.load.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code earshot merge DIR…}: adds up the shards of one load run (their histograms and counts,
 * never their percentiles) and judges the profile's thresholds on the whole.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges the results of the shards of one load run (each DIR holds a shard's summary.json"
          + " and profile.yaml) and judges the thresholds on the whole.",
      "Exit code as for earshot load: 0 passed, 1 a threshold failed, 2 wrong input, 3 harness"
          + " overloaded in a shard."
    })
final class MergeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shards' output folders.")
  List<Path> dirs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/earshot-merge",
      description = "Where the merged summary, results and report go (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--no-report", description = "Writes the summary and results only.")
  boolean noReport;

  @Override
  public Integer call() throws IOException, InterruptedException {
    String yaml = null;
    LoadResults merged = new LoadResults();
    try {
      for (Path dir : dirs) {
        Path summary = dir.resolve("summary.json");
        Path profile = dir.resolve("profile.yaml");
        if (!Files.isRegularFile(summary) || !Files.isRegularFile(profile)) {
          throw new IllegalArgumentException(
              dir + ": expected the output of earshot load (summary.json and profile.yaml)");
        }
        String text = Files.readString(profile);
        if (yaml != null && !yaml.equals(text)) {
          throw new IllegalArgumentException(
              dir
                  + ": its profile.yaml differs from "
                  + dirs.get(0)
                  + "'s; shards of one run only");
        }
        yaml = text;
        try {
          merged.merge(LoadSummaryJson.read(Files.readString(summary)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(summary + ": " + e.getMessage(), e);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("earshot merge: " + e.getMessage());
      return 2;
    }
    LoadProfile profile = LoadProfileReader.read(yaml);
    System.out.println("earshot merge: " + dirs.size() + " shards, " + merged.users() + " users");
    LoadOutcome outcome = LoadOutcome.judge(profile, Shard.WHOLE, merged, 0);
    return LoadReport.finish(outcome, List.of(), out, yaml, noReport);
  }
}
