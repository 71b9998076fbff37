package io.earshot.features.check;

import io.earshot.features.vocabulary.ParamKind;
import io.earshot.features.vocabulary.StepDefinition;
import java.util.List;
import java.util.Optional;

/**
 * One sentence of a scenario and the step definition it matched.
 *
 * @param sentence the sentence as written, keyword included
 * @param line its line in the feature file
 * @param definition the step definition it matched
 * @param values the parameters' values in order (null for an absent optional part)
 * @param table the rows of its data table (empty if none)
 * @param tableLine the line of the table's first row
 */
record MatchedStep(
    String sentence,
    int line,
    StepDefinition definition,
    List<String> values,
    List<List<String>> table,
    int tableLine) {
  /** The first value of a parameter of this kind, if present. */
  Optional<String> valueOf(ParamKind kind) {
    List<ParamKind> kinds = definition.sentenceKinds();
    for (int i = 0; i < kinds.size() && i < values.size(); i++) {
      if (kinds.get(i) == kind && values.get(i) != null) {
        return Optional.of(values.get(i));
      }
    }
    return Optional.empty();
  }

  Problem problem(String message) {
    return new Problem(line, sentence, message);
  }
}
