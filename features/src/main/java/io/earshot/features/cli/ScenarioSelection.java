package io.earshot.features.cli;

import io.cucumber.core.gherkin.Pickle;
import io.cucumber.plugin.event.Location;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.earshot.features.check.FeatureCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Which scenarios a run selects, as Cucumber selects them: {@code file:LINE} (a scenario's line, an
 * example row's line, an Examples, Rule or Feature line), every {@code --tags} expression, and any
 * {@code --name} pattern. Reading the files first lets a wrong line or a selection of nothing fail
 * with a message instead of passing a run that checked nothing.
 */
final class ScenarioSelection {
  private final List<Expression> tags = new ArrayList<>();
  private final List<Pattern> names = new ArrayList<>();

  /** Parses the options; a tag expression or name pattern that does not parse fails. */
  ScenarioSelection(List<String> tagExpressions, List<String> namePatterns) {
    for (String t : tagExpressions) {
      try {
        tags.add(TagExpressionParser.parse(t));
      } catch (TagExpressionException e) {
        throw new IllegalArgumentException(
            "--tags \""
                + t
                + "\" is not a tag expression such as \"@smoke and not @slow\": "
                + e.getMessage());
      }
    }
    for (String n : namePatterns) {
      try {
        names.add(Pattern.compile(n));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "--name \"" + n + "\" is not a regular expression: " + e.getDescription());
      }
    }
  }

  /** A line of {@code lines} that selects nothing in the file, with the lines that would. */
  static Optional<String> wrongLine(FeatureCheck check, List<Integer> lines) {
    for (int line : lines) {
      if (check.scenarios().stream().noneMatch(s -> atLine(s.pickle(), line))) {
        TreeSet<Integer> scenarios = new TreeSet<>();
        TreeSet<Integer> rows = new TreeSet<>();
        for (FeatureCheck.Scenario s : check.scenarios()) {
          scenarios.add(s.pickle().getScenarioLocation().getLine());
          if (s.pickle().getExamplesLocation().isPresent()) {
            rows.add(s.line());
          }
        }
        return Optional.of(
            check.displayName()
                + ":"
                + line
                + " is not the line of a scenario; scenarios start at lines "
                + scenarios
                + (rows.isEmpty() ? "" : ", example rows are at lines " + rows));
      }
    }
    return Optional.empty();
  }

  /** Whether the scenario is selected by the lines (empty: all), tags and names. */
  boolean selects(Pickle pickle, List<Integer> lines) {
    boolean byLine = lines.isEmpty() || lines.stream().anyMatch(l -> atLine(pickle, l));
    boolean byTags = tags.stream().allMatch(t -> t.evaluate(pickle.getTags()));
    boolean byName =
        names.isEmpty() || names.stream().anyMatch(n -> n.matcher(pickle.getName()).find());
    return byLine && byTags && byName;
  }

  private static boolean atLine(Pickle pickle, int line) {
    return Stream.of(
            Optional.of(pickle.getLocation()),
            Optional.of(pickle.getScenarioLocation()),
            pickle.getExamplesLocation(),
            pickle.getRuleLocation(),
            pickle.getFeatureLocation())
        .flatMap(Optional::stream)
        .map(Location::getLine)
        .anyMatch(l -> l == line);
  }
}
