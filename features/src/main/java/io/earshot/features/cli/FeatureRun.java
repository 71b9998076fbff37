package io.earshot.features.cli;

import io.earshot.features.check.FeatureCheck;
import io.earshot.features.check.FeatureChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run will do, worked out before Cucumber starts: the files that do not parse (each one
 * failed entry), the paths Cucumber runs, and how many scenarios the selection picks.
 *
 * @param unparseable the files the Gherkin parser refused
 * @param cucumberPaths the other files, as Cucumber's arguments ({@code file[:LINE...]})
 * @param scenarios how many scenarios those files hold
 * @param selected how many of them the lines, tags and names select
 */
record FeatureRun(
    List<FeatureCheck> unparseable, List<String> cucumberPaths, int scenarios, int selected) {
  /** Reads every target; a line that selects no scenario fails naming the lines that would. */
  static FeatureRun plan(List<RunTargets.Target> targets, ScenarioSelection selection) {
    List<FeatureCheck> unparseable = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    int scenarios = 0;
    int selected = 0;
    for (RunTargets.Target target : targets) {
      FeatureCheck check = FeatureChecker.shipped().check(target.file());
      if (check.parseError().isPresent()) {
        unparseable.add(check);
        continue;
      }
      ScenarioSelection.wrongLine(check, target.lines())
          .ifPresent(
              message -> {
                throw new IllegalArgumentException(message);
              });
      paths.add(target.cucumberPath());
      scenarios += check.scenarios().size();
      selected +=
          (int)
              check.scenarios().stream()
                  .filter(s -> selection.selects(s.pickle(), target.lines()))
                  .count();
    }
    return new FeatureRun(unparseable, paths, scenarios, selected);
  }
}
