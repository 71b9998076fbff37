package io.earshot.features.vocabulary;

import io.cucumber.cucumberexpressions.Argument;
import io.cucumber.cucumberexpressions.Expression;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence that works today: a step definition's keyword, pattern and parameters, read from its
 * annotations.
 *
 * @param keyword Given, When or Then (the annotation's name)
 * @param pattern the annotation's pattern, as Cucumber reads it
 * @param expression the pattern compiled the way Cucumber compiles it
 * @param method the Java method behind the sentence
 * @param kinds what each parameter is, in order (a trailing data table included)
 * @param takesTable whether the sentence is followed by a data table
 */
public record StepDefinition(
    String keyword,
    String pattern,
    Expression expression,
    Method method,
    List<ParamKind> kinds,
    boolean takesTable) {
  public StepDefinition {
    kinds = List.copyOf(kinds);
  }

  /** The sentence for people: {@code "<user>" hears stream "<stream>" within <duration>}. */
  public String sentence() {
    return SentenceText.render(SentenceShape.of(pattern), kinds);
  }

  /** Every way to write the sentence with its parameters as {@code _}, for "did you mean". */
  public List<String> skeletons() {
    return SentenceText.skeletons(SentenceShape.of(pattern), kinds);
  }

  /** The parameter kinds that appear in the sentence (a trailing data table left out). */
  public List<ParamKind> sentenceKinds() {
    return takesTable ? kinds.subList(0, kinds.size() - 1) : kinds;
  }

  /**
   * The values of the parameters if {@code text} is this sentence (null for an optional part that
   * is absent), or empty.
   */
  public Optional<List<String>> match(String text) {
    List<Argument<?>> arguments = expression.match(text);
    if (arguments == null) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    arguments.forEach(a -> values.add(a.getGroup() == null ? null : a.getGroup().getValue()));
    return Optional.of(values);
  }

  /** Where the sentence is defined: {@code AssertionSteps.receivesWithin}. */
  public String location() {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
