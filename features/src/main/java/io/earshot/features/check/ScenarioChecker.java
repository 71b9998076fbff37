package io.earshot.features.check;

import io.cucumber.core.gherkin.DataTableArgument;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.gherkin.Step;
import io.earshot.features.vocabulary.SentenceSuggester;
import io.earshot.features.vocabulary.StepCatalog;
import io.earshot.features.vocabulary.StepDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks one scenario (a pickle: background and example values applied) before it runs: every
 * sentence must match exactly one step definition, and every value must be one the step can use.
 */
final class ScenarioChecker {
  private static final int SUGGESTIONS = 3;

  private final StepCatalog catalog;
  private final SentenceSuggester suggester;

  ScenarioChecker(StepCatalog catalog) {
    this.catalog = catalog;
    this.suggester = new SentenceSuggester(catalog);
  }

  /**
   * @param folder the feature file's folder (network profiles and timelines live there)
   */
  List<Problem> check(Pickle pickle, Optional<Path> folder) {
    List<Problem> problems = new ArrayList<>();
    if (pickle.getSteps().isEmpty()) {
      problems.add(
          new Problem(
              pickle.getLocation().getLine(),
              pickle.getKeyword() + ": " + pickle.getName(),
              "this scenario has no steps, so it would check nothing and pass; give it steps (an"
                  + " outline's examples need \"Examples:\" with its colon and a table)"));
    }
    List<MatchedStep> matched = new ArrayList<>();
    for (Step step : pickle.getSteps()) {
      String sentence = step.getKeyword() + step.getText();
      List<StepDefinition> definitions = catalog.matching(step.getText());
      if (definitions.isEmpty()) {
        problems.add(new Problem(step.getLine(), sentence, undefined(step.getText())));
      } else if (definitions.size() > 1) {
        problems.add(new Problem(step.getLine(), sentence, ambiguous(definitions)));
      } else {
        matched.add(matched(step, sentence, definitions.get(0)));
      }
    }
    ArgumentChecker arguments = new ArgumentChecker(folder, matched);
    for (MatchedStep step : matched) {
      problems.addAll(arguments.check(step));
    }
    problems.sort(Comparator.comparingInt(Problem::line));
    return problems;
  }

  private static MatchedStep matched(Step step, String sentence, StepDefinition definition) {
    List<List<String>> table = List.of();
    int tableLine = step.getLine() + 1;
    if (step.getArgument() instanceof DataTableArgument t) {
      table = t.cells();
      tableLine = t.getLine();
    }
    List<String> values = definition.match(step.getText()).orElseThrow();
    return new MatchedStep(sentence, step.getLine(), definition, values, table, tableLine);
  }

  private String undefined(String text) {
    return "no sentence of the vocabulary reads like this; did you mean:\n"
        + suggester.closest(text, SUGGESTIONS).stream()
            .map(d -> "  " + d.keyword() + " " + d.sentence())
            .collect(Collectors.joining("\n"))
        + "\n(./earshot steps lists every sentence)";
  }

  private static String ambiguous(List<StepDefinition> definitions) {
    return "this sentence matches more than one step definition: "
        + definitions.stream()
            .map(d -> d.keyword() + " " + d.sentence() + " (" + d.location() + ")")
            .collect(Collectors.joining(", "));
  }
}
