package io.earshot.features.cli;

import io.earshot.features.check.FeatureCheck;
import io.earshot.features.check.FeatureChecker;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code earshot check PATH...}: reads and checks feature files without running them, as a run
 * would before each scenario (for editors and pre-commit hooks). Prints {@code file:line: sentence}
 * and what is wrong; exit code 0 when all is well, 1 when something is wrong, 2 for a bad argument.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Parses and checks feature files without running them: sentences that match no step "
          + "(with the closest ones), misspelt states, reasons, events and error codes, undeclared "
          + "users, unknown profiles, values out of range.",
      "Exit code: 0 no problem, 1 problems found, 2 bad arguments."
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Feature files, folders holding them, or path/to.feature:LINE.")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RunTargets.Target> targets;
    try {
      targets = RunTargets.parse(paths);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("earshot check: " + e.getMessage());
      return 2;
    }
    ScenarioSelection all = new ScenarioSelection(List.of(), List.of());
    int files = 0;
    int scenarios = 0;
    int problems = 0;
    for (RunTargets.Target target : targets) {
      FeatureCheck check = FeatureChecker.shipped().check(target.file());
      files++;
      var wrongLine = ScenarioSelection.wrongLine(check, target.lines());
      if (check.parseError().isEmpty() && wrongLine.isPresent()) {
        spec.commandLine().getErr().println("earshot check: " + wrongLine.get());
        return 2;
      }
      if (check.parseError().isPresent()) {
        FeatureCheck.ParseError e = check.parseError().get();
        out.println(check.displayName() + ":" + e.line() + ": the file does not parse");
        out.println("  " + e.message().replace("\n", "\n  "));
        problems++;
        continue;
      }
      // A background sentence or an outline's step repeats in each scenario: report it once.
      Set<String> seen = new LinkedHashSet<>();
      for (FeatureCheck.Scenario s : check.scenarios()) {
        if (all.selects(s.pickle(), target.lines())) {
          scenarios++;
          s.problems().forEach(p -> seen.add(p.render(check.displayName())));
        }
      }
      seen.forEach(out::println);
      problems += seen.size();
    }
    out.printf(
        "checked %d %s, %d %s: %s%n",
        files,
        files == 1 ? "file" : "files",
        scenarios,
        scenarios == 1 ? "scenario" : "scenarios",
        problems == 0 ? "no problems" : problems + (problems == 1 ? " problem" : " problems"));
    out.flush();
    return problems == 0 ? 0 : 1;
  }
}
