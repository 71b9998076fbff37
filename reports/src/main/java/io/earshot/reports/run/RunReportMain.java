package io.earshot.reports.run;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code mvn verify}'s report step (exec-maven-plugin, post-integration-test): {@code RESULTS
 * REPORT SUMMARY HOME [HISTORY]}. Builds the report even when scenarios failed; the build fails
 * later, in {@code failsafe:verify}.
 */
public final class RunReportMain {
  private RunReportMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4 || args.length > 5) {
      throw new IllegalArgumentException(
          "expected RESULTS REPORT SUMMARY HOME [HISTORY], found " + args.length + " arguments");
    }
    Optional<Path> history =
        args.length == 5 && args[4] != null && !args[4].isBlank()
            ? Optional.of(Path.of(args[4]))
            : Optional.empty();
    RunInfo info =
        RunInfo.builder("mvn verify")
            .command("mvn verify")
            .mode(System.getProperty("earshot.mode", "simulated"))
            .seed(System.getProperty("earshot.seed", "42"))
            .home(Path.of(args[3]))
            .build();
    RunReport.Made made =
        RunReport.make(
            Path.of(args[0]), Optional.of(Path.of(args[1])), Path.of(args[2]), history, info);
    System.out.println("report: " + made.reportIndex().orElseThrow());
    System.out.println("summary: " + made.summary());
  }
}
