package io.earshot.features.cli;

import io.cucumber.core.cli.Main;
import io.earshot.features.steps.CaptureHooks;
import io.earshot.features.steps.ScenarioWorld;
import io.earshot.features.steps.StepNotesPlugin;
import io.earshot.features.vocabulary.StepCatalog;
import io.earshot.reports.ScenarioAttachments;
import io.earshot.reports.run.RunInfo;
import io.earshot.reports.run.RunReport;
import io.earshot.simulator.quality.AudioKeeping;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code earshot run [--out DIR] [--tags EXPR] [--name REGEX] PATH[:LINE]...}: runs feature files
 * or folders (anywhere on disk) against the embedded server, prints one line per scenario, writes
 * Allure results and the HTML report under DIR, and exits non-zero if any scenario did not pass. A
 * file that does not parse is one failed entry; the others still run.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Runs feature files or folders and builds the Allure report.")
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      description =
          "Output folder for results and the report (default: target/earshot-run under the Earshot folder).")
  Path out;

  @Option(
      names = "--mode",
      description =
          "Time mode for scenarios that do not choose one: simulated (default) or realtime.")
  String mode;

  @Option(
      names = "--seed",
      description = "Scenario seed for scenarios that do not name one (default 42).")
  Long seed;

  @Option(
      names = "--tags",
      paramLabel = "EXPR",
      description =
          "Only scenarios whose tags match, e.g. \"@smoke and not @slow\"; repeat to require several.")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--name",
      paramLabel = "REGEX",
      description =
          "Only scenarios whose name contains a match of REGEX; repeat for any of several.")
  List<String> names = new ArrayList<>();

  @Option(
      names = "--audio",
      paramLabel = "all|worst|none",
      description =
          "Which calls' audio to write as WAV files under DIR/audio: all, worst (default: each"
              + " scenario's worst listener by measured MOS) or none.")
  String audio = "worst";

  @Option(
      names = "--no-warm-up",
      negatable = true,
      defaultValue = "true",
      description =
          "Before the first real-time scenario, run 5 s of two users unmeasured so that the JIT"
              + " compiles the media path first (default); --no-warm-up skips it.")
  boolean warmUp;

  @Option(
      names = "--no-report",
      description = "Skip the HTML report (results and timelines are still written).")
  boolean noReport;

  @Option(
      names = "--history",
      paramLabel = "DIR",
      description =
          "Keep Allure's history in DIR: the report's Trend panel and each scenario's History tab"
              + " show the runs that used the same DIR.")
  Path history;

  @Option(
      names = "--record-audio",
      description =
          "Keep every scenario's raw audio (96 KB/s per stream) so the report attaches WAV clips"
              + " (as the @record-audio tag does for one scenario).")
  boolean recordAudio;

  @Option(
      names = "--capture",
      description =
          "Write every user's media datagrams (RTP and RTCP) as pcap files under"
              + " OUT/captures/<feature>--<scenario>/, for Wireshark or tshark, and attach them"
              + " to the report.")
  boolean capture;

  @Option(
      names = "--audio-for",
      paramLabel = "USER",
      description =
          "Attach the audio of this listener too, not only the worst one's; repeat for several.")
  List<String> audioFor = new ArrayList<>();

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Feature files, folders holding them, or path/to.feature:LINE (a scenario or example row; "
              + "more lines as :LINE:LINE).")
  List<String> paths;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("earshot.home", "."));
    Path outDir = (out != null ? out : home.resolve("target/earshot-run")).toAbsolutePath();
    FeatureRun run;
    try {
      if (mode != null && !mode.equals("simulated") && !mode.equals("realtime")) {
        throw new IllegalArgumentException(
            "--mode must be simulated or realtime, was '" + mode + "'");
      }
      AudioKeeping.of(audio);
      run = FeatureRun.plan(RunTargets.parse(paths), new ScenarioSelection(tags, names));
    } catch (IllegalArgumentException e) {
      System.err.println("earshot run: " + e.getMessage());
      return 2;
    }
    if (run.selected() == 0 && run.unparseable().isEmpty()) {
      System.err.println(
          "earshot run: no scenario selected: --tags and --name matched none of the "
              + run.scenarios()
              + " scenarios read (expected at least one)");
      return 1;
    }
    Path results = outDir.resolve("allure-results");
    Path timelines = outDir.resolve("timelines");
    Files.createDirectories(outDir);
    clear(results);
    clear(timelines);
    clearTree(outDir.resolve("metrics"));
    clearTree(outDir.resolve("audio"));
    clearTree(outDir.resolve("captures"));
    System.setProperty("allure.results.directory", results.toString());
    // Allure keeps one lifecycle per JVM; this run's results go to this run's folder.
    Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));
    System.setProperty("earshot.timelines.dir", timelines.toString());
    System.setProperty("earshot.results.dir", outDir.toString());
    System.setProperty("earshot.audio", audio);
    System.setProperty("earshot.warmup", String.valueOf(warmUp));
    if (mode != null) {
      System.setProperty("earshot.mode", mode);
    }
    if (seed != null) {
      System.setProperty("earshot.seed", String.valueOf(seed));
    }
    if (recordAudio) {
      System.setProperty("earshot.audio.record", "true");
    }
    if (capture) {
      System.setProperty(CaptureHooks.PROPERTY, "true");
    }
    if (!audioFor.isEmpty()) {
      System.setProperty(ScenarioAttachments.AUDIO_LISTENERS_PROPERTY, String.join(",", audioFor));
    }

    ScenarioSummaryPlugin.reset();
    run.unparseable().forEach(check -> UnparseableFeatureReport.report(check, results));
    byte status = run.selected() == 0 ? 0 : runCucumber(run);
    boolean passed = status == 0 && ScenarioSummaryPlugin.failed() == 0;
    // The report is built whatever the outcome: it matters most when something failed.
    Path report = outDir.resolve("report");
    int exit = passed ? 0 : 1;
    RunInfo info =
        RunInfo.builder("earshot run")
            .command("earshot run " + String.join(" ", paths))
            .mode(mode != null ? mode : "simulated")
            .seed(seed != null ? String.valueOf(seed) : String.valueOf(ScenarioWorld.DEFAULT_SEED))
            .home(home)
            .build();
    Path summary = outDir.resolve("summary.json");
    try {
      Optional<Path> index =
          RunReport.make(
                  results,
                  noReport ? Optional.empty() : Optional.of(report),
                  summary,
                  Optional.ofNullable(history).map(Path::toAbsolutePath),
                  info)
              .reportIndex();
      System.out.println("timelines: " + timelines);
      System.out.println("metrics: " + outDir.resolve("metrics"));
      System.out.println("summary: " + summary);
      System.out.println(index.map(i -> "report: " + i).orElse("results: " + results));
    } catch (RuntimeException e) {
      System.err.println("earshot run: the HTML report could not be built: " + e.getMessage());
      System.out.println("results: " + results);
      exit = passed ? 3 : exit;
    }
    System.out.println(ScenarioSummaryPlugin.summary());
    return exit;
  }

  private byte runCucumber(FeatureRun run) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--glue",
                StepCatalog.GLUE,
                "--plugin",
                "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm",
                "--plugin",
                ScenarioSummaryPlugin.class.getName(),
                "--plugin",
                StepNotesPlugin.class.getName(),
                "--no-summary",
                "--monochrome"));
    tags.forEach(t -> args.addAll(List.of("--tags", t)));
    names.forEach(n -> args.addAll(List.of("--name", n)));
    args.addAll(run.cucumberPaths());
    return Main.run(args.toArray(String[]::new), Thread.currentThread().getContextClassLoader());
  }

  /** Removes a folder of an earlier run and everything in it. */
  private static void clearTree(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void clear(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
