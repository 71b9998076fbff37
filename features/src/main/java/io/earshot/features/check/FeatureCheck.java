package io.earshot.features.check;

import io.cucumber.core.gherkin.Pickle;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What reading one feature file found: either why it does not parse, or each scenario (pickle) with
 * the problems of its sentences.
 *
 * @param uri the file
 * @param parseError why the file does not parse, if it does not
 * @param scenarios every scenario and example row, in file order
 */
public record FeatureCheck(URI uri, Optional<ParseError> parseError, List<Scenario> scenarios) {
  /** A file the Gherkin parser refused: the first line it complained about, and its message. */
  public record ParseError(int line, String message) {}

  /** One scenario or example row and the problems of its sentences. */
  public record Scenario(Pickle pickle, List<Problem> problems) {
    /** The line Cucumber reports it at (and selects it by). */
    public int line() {
      return pickle.getLocation().getLine();
    }
  }

  public FeatureCheck {
    scenarios = List.copyOf(scenarios);
  }

  /** The file's name with its folder, as messages show it. */
  public String displayName() {
    return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString();
  }

  /** The scenario at {@code line} (its scenario line, or its example row's line). */
  public Optional<Scenario> scenarioAt(int line) {
    return scenarios.stream().filter(s -> s.line() == line).findFirst();
  }

  /** How many problems the file has: 1 if it does not parse, else the sentences' problems. */
  public int problemCount() {
    return parseError.isPresent() ? 1 : scenarios.stream().mapToInt(s -> s.problems().size()).sum();
  }
}
