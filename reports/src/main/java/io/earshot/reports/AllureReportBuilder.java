package io.earshot.reports;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns Allure result files into the HTML report by running Allure's command-line tool ({@code
 * io.qameta.allure:allure-commandline}, unpacked by the build into {@code
 * target/allure-commandline/allure-<version>}) in a child JVM.
 *
 * <p>A child process rather than an in-process call: the generator brings its own Jackson, Logback
 * and Freemarker versions, which would clash with the harness's class path.
 */
public final class AllureReportBuilder {

  /**
   * System property naming an unpacked {@code allure-<version>} directory; overrides the search.
   */
  public static final String HOME_PROPERTY = "earshot.allure.home";

  /** Generating a report of a few thousand results takes well under a minute; five is generous. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  static final String MAIN_CLASS = "io.qameta.allure.CommandLine";
  private static final String HOW_TO_GET_IT =
      "unpack it with `mvn -pl reports package` (the"
          + " maven-dependency-plugin unpacks io.qameta.allure:allure-commandline:<version>:zip into"
          + " reports/target/allure-commandline), or set -D"
          + HOME_PROPERTY
          + "=<an unpacked allure-<version> directory>";
  private static final int TAIL_LINES = 40;

  private final Path distribution;
  private final Duration timeout;

  /**
   * A builder using {@code distribution} with the {@linkplain #DEFAULT_TIMEOUT default timeout}.
   */
  public AllureReportBuilder(Path distribution) {
    this(distribution, DEFAULT_TIMEOUT);
  }

  /**
   * @param distribution an unpacked {@code allure-<version>} directory, see {@link
   *     #locateDistribution}
   * @param timeout how long one report generation may take before the tool is killed
   * @throws IllegalArgumentException if {@code distribution} is not an Allure command-line
   *     distribution
   */
  public AllureReportBuilder(Path distribution, Duration timeout) {
    if (!isDistribution(distribution)) {
      throw new IllegalArgumentException(
          "not an Allure command-line distribution: "
              + distribution
              + " has no lib/allure-commandline-*.jar; "
              + HOW_TO_GET_IT);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    this.distribution = distribution.toAbsolutePath().normalize();
    this.timeout = timeout;
  }

  /** What a successful generation produced. */
  public record Result(Path reportIndex, Path reportDirectory, Path log) {}

  /**
   * Finds the unpacked Allure command-line tool: the directory named by the system property {@value
   * #HOME_PROPERTY} if set, otherwise the newest {@code target/allure-commandline/allure-*} under
   * {@code projectRoot} (the reports module's directory).
   *
   * @throws IllegalStateException naming where it looked and how to get the tool, if it is not
   *     there
   */
  public static Path locateDistribution(Path projectRoot) {
    return locateDistribution(System.getProperty(HOME_PROPERTY), projectRoot);
  }

  static Path locateDistribution(String homeProperty, Path projectRoot) {
    if (homeProperty != null && !homeProperty.isBlank()) {
      Path home = Path.of(homeProperty);
      if (isDistribution(home)) {
        return home.toAbsolutePath().normalize();
      }
      throw new IllegalStateException(
          "system property "
              + HOME_PROPERTY
              + "="
              + homeProperty
              + " is not an Allure command-line distribution: expected a directory with"
              + " lib/allure-commandline-*.jar (an unpacked allure-<version>); "
              + HOW_TO_GET_IT);
    }
    Path parent =
        projectRoot.resolve("target").resolve("allure-commandline").toAbsolutePath().normalize();
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(parent)) {
      try (Stream<Path> children = Files.list(parent)) {
        children
            .filter(p -> p.getFileName().toString().startsWith("allure-"))
            .filter(AllureReportBuilder::isDistribution)
            .forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + parent, e);
      }
    }
    return found.stream()
        .max(
            Comparator.comparing(
                p -> p.getFileName().toString(), AllureReportBuilder::compareVersions))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Allure command-line tool not found: system property "
                        + HOME_PROPERTY
                        + " is not set and "
                        + parent
                        + " holds no allure-* distribution"
                        + (Files.isDirectory(parent) ? "" : " (the directory does not exist)")
                        + "; "
                        + HOW_TO_GET_IT));
  }

  /** Generates the report for one results directory. See {@link #build(List, Path)}. */
  public Result build(Path resultsDir, Path reportDir) throws InterruptedException {
    return build(List.of(resultsDir), reportDir);
  }

  /**
   * Generates the HTML report from one or more results directories into {@code reportDir},
   * replacing what was there (Allure's {@code --clean}). The tool's output goes to {@code
   * <reportDir>.log} beside the report, so that {@code --clean} cannot delete it.
   *
   * @return the report's index.html and the log
   * @throws IllegalArgumentException if a results directory is missing, none holds a {@code
   *     *-result.json}, or {@code reportDir} is not safe to clean
   * @throws ReportGenerationException if the tool fails, times out or writes no index.html
   * @throws InterruptedException if interrupted while waiting; the tool is killed first
   */
  public Result build(List<Path> resultsDirs, Path reportDir) throws InterruptedException {
    List<Path> results = requireResults(resultsDirs);
    Path report = requireCleanableReportDir(reportDir.toAbsolutePath().normalize(), results);
    Path log = report.resolveSibling(report.getFileName() + ".log");
    List<String> command = command(results, report);
    try {
      Files.createDirectories(report.getParent());
      Files.writeString(
          log, "# " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(report.getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      // CommandLine reads config/allure.yml (the plugin list) from APP_HOME, as its launcher script
      // sets it.
      builder.environment().put("APP_HOME", distribution.toString());
      return awaitReport(builder.start(), report, log);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot run the Allure command-line tool: " + String.join(" ", command), e);
    }
  }

  private Result awaitReport(Process process, Path report, Path log)
      throws IOException, InterruptedException {
    process.getOutputStream().close();
    boolean finished;
    try {
      finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
    if (!finished) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw failure("did not finish within " + timeout + " and was killed", log);
    }
    if (process.exitValue() != 0) {
      throw failure("exited with code " + process.exitValue(), log);
    }
    Path index = report.resolve("index.html");
    if (!Files.isRegularFile(index)) {
      throw failure("exited with code 0 but wrote no " + index, log);
    }
    return new Result(index, report, log);
  }

  private List<String> command(List<Path> results, Path report) {
    String javaName = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
    Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", javaName);
    Path lib = distribution.resolve("lib");
    List<String> command =
        new ArrayList<>(
            List.of(
                javaExecutable.toString(),
                "-cp",
                lib.resolve("*") + File.pathSeparator + lib.resolve("config"),
                MAIN_CLASS,
                "generate",
                "--clean",
                "-o",
                report.toString()));
    results.forEach(r -> command.add(r.toString()));
    return command;
  }

  private static List<Path> requireResults(List<Path> resultsDirs) {
    if (resultsDirs.isEmpty()) {
      throw new IllegalArgumentException(
          "expected at least one Allure results directory, got none");
    }
    List<Path> results = new ArrayList<>();
    int resultFiles = 0;
    for (Path dir : resultsDirs) {
      Path absolute = dir.toAbsolutePath().normalize();
      if (!Files.isDirectory(absolute)) {
        throw new IllegalArgumentException(
            "Allure results directory "
                + absolute
                + " does not exist;"
                + " expected the directory the tests wrote *-result.json files into"
                + " (system property allure.results.directory, by default target/allure-results)");
      }
      resultFiles += countResultFiles(absolute);
      results.add(absolute);
    }
    if (resultFiles == 0) {
      throw new IllegalArgumentException(
          "no *-result.json files in "
              + results
              + "; expected the results"
              + " of at least one test (did the tests run with the Allure JUnit 5 or Cucumber plugin?)");
    }
    return results;
  }

  private static int countResultFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return (int) files.filter(p -> p.getFileName().toString().endsWith("-result.json")).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** {@code --clean} deletes the report directory: refuse anything that is not an old report. */
  private static Path requireCleanableReportDir(Path report, List<Path> results) {
    if (report.getParent() == null) {
      throw new IllegalArgumentException(
          "report directory must not be a file-system root, got " + report);
    }
    for (Path r : results) {
      if (r.startsWith(report)) {
        throw new IllegalArgumentException(
            "report directory "
                + report
                + " contains the results directory "
                + r
                + "; Allure's --clean would delete the results");
      }
    }
    if (Files.isDirectory(report)
        && !Files.isRegularFile(report.resolve("index.html"))
        && !isEmpty(report)) {
      throw new IllegalArgumentException(
          "report directory "
              + report
              + " exists and is not an Allure report"
              + " (no index.html); Allure's --clean would delete it, so choose an empty or new directory");
    }
    if (Files.exists(report) && !Files.isDirectory(report)) {
      throw new IllegalArgumentException(
          "report directory " + report + " is a file, expected a directory");
    }
    return report;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean isDistribution(Path dir) {
    Path lib = dir.resolve("lib");
    if (!Files.isDirectory(lib)) {
      return false;
    }
    try (Stream<Path> jars = Files.list(lib)) {
      return jars.map(p -> p.getFileName().toString())
          .anyMatch(n -> n.startsWith("allure-commandline-") && n.endsWith(".jar"));
    } catch (IOException e) {
      return false;
    }
  }

  private static ReportGenerationException failure(String what, Path log) {
    return new ReportGenerationException(
        "Allure report generation "
            + what
            + "; full output in "
            + log
            + "; last lines:"
            + System.lineSeparator()
            + tail(log),
        log);
  }

  private static String tail(Path log) {
    try {
      List<String> lines =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
              .lines()
              .collect(Collectors.toList());
      return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()).stream()
          .map(line -> "  | " + line)
          .collect(Collectors.joining(System.lineSeparator()));
    } catch (IOException e) {
      return "  (cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  /** Orders "allure-2.9.0" before "allure-2.34.0": numeric where both parts are numbers. */
  static int compareVersions(String a, String b) {
    String[] left = a.split("[.-]");
    String[] right = b.split("[.-]");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      Optional<Integer> l = number(left[i]);
      Optional<Integer> r = number(right[i]);
      int c =
          l.isPresent() && r.isPresent()
              ? Integer.compare(l.get(), r.get())
              : left[i].compareTo(right[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static Optional<Integer> number(String part) {
    return part.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(part)) : Optional.empty();
  }
}
