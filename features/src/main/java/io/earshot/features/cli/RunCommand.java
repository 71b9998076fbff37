package io.earshot.features.cli;

import io.earshot.reports.AllureReportBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code earshot run [--out DIR] PATH...}: runs feature files or folders (anywhere on disk) against
 * the embedded server, prints one line per scenario, writes Allure results and the HTML report
 * under DIR, and exits non-zero if any scenario did not pass.
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

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Feature files or folders holding them.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException, InterruptedException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        System.err.println(
            "earshot run: no such file or folder: "
                + p.toAbsolutePath()
                + " (expected .feature files or folders holding them)");
        return 2;
      }
    }
    Path home = Path.of(System.getProperty("earshot.home", "."));
    Path outDir = (out != null ? out : home.resolve("target/earshot-run")).toAbsolutePath();
    if (mode != null && !mode.equals("simulated") && !mode.equals("realtime")) {
      System.err.println("earshot run: --mode must be simulated or realtime, was '" + mode + "'");
      return 2;
    }
    Path results = outDir.resolve("allure-results");
    Path timelines = outDir.resolve("timelines");
    Files.createDirectories(outDir);
    clear(results);
    clear(timelines);
    System.setProperty("allure.results.directory", results.toString());
    System.setProperty("earshot.timelines.dir", timelines.toString());
    if (mode != null) {
      System.setProperty("earshot.mode", mode);
    }
    if (seed != null) {
      System.setProperty("earshot.seed", String.valueOf(seed));
    }

    List<String> args =
        new ArrayList<>(
            List.of(
                "--glue",
                "io.earshot.features.steps",
                "--plugin",
                "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm",
                "--plugin",
                ScenarioSummaryPlugin.class.getName(),
                "--plugin",
                "summary",
                "--monochrome"));
    paths.forEach(p -> args.add(p.toAbsolutePath().toString()));
    ScenarioSummaryPlugin.reset();
    byte status =
        io.cucumber.core.cli.Main.run(
            args.toArray(String[]::new), Thread.currentThread().getContextClassLoader());

    boolean passed = status == 0 && ScenarioSummaryPlugin.failed() == 0;
    // The report is built whatever the outcome: it matters most when something failed.
    Path report = outDir.resolve("report");
    int exit = passed ? 0 : 1;
    try {
      Path distribution = AllureReportBuilder.locateDistribution(home.resolve("reports"));
      Path index = new AllureReportBuilder(distribution).build(results, report).reportIndex();
      System.out.println("timelines: " + timelines);
      System.out.println("report: " + index);
    } catch (RuntimeException e) {
      System.err.println("earshot run: the HTML report could not be built: " + e.getMessage());
      System.out.println("results: " + results);
      exit = passed ? 3 : exit;
    }
    System.out.printf(
        "%d passed, %d failed%s%n",
        ScenarioSummaryPlugin.passed(),
        ScenarioSummaryPlugin.failed(),
        ScenarioSummaryPlugin.other() > 0 ? ", " + ScenarioSummaryPlugin.other() + " skipped" : "");
    return exit;
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
