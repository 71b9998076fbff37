package io.earshot.features.vocabulary;

import io.cucumber.core.resource.ClasspathScanner;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.StepDefinitionAnnotation;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every sentence that works today, read from the step definitions of the glue package: the same
 * classes, patterns and matching Cucumber uses, so the list cannot go stale. Feeds the sentence
 * checker, "did you mean" and {@code earshot steps}.
 */
public final class StepCatalog {
  /** The package whose classes define the sentences. */
  public static final String GLUE = "io.earshot.features.steps";

  private static final List<String> KEYWORDS = List.of("Given", "When", "Then");
  private static volatile StepCatalog shipped;

  private final List<StepDefinition> definitions;

  private StepCatalog(List<StepDefinition> definitions) {
    this.definitions =
        definitions.stream()
            .sorted(
                Comparator.comparing((StepDefinition d) -> KEYWORDS.indexOf(d.keyword()))
                    .thenComparing(StepDefinition::sentence))
            .toList();
  }

  /** The sentences of {@link #GLUE} (read once). */
  public static StepCatalog shipped() {
    StepCatalog catalog = shipped;
    if (catalog == null) {
      ClassLoader loader = StepCatalog.class.getClassLoader();
      catalog = of(new ClasspathScanner(() -> loader).scanForClassesInPackage(GLUE));
      shipped = catalog;
    }
    return catalog;
  }

  /** The sentences the given classes define. */
  static StepCatalog of(List<Class<?>> classes) {
    ExpressionFactory expressions =
        new ExpressionFactory(new ParameterTypeRegistry(Locale.ENGLISH));
    List<StepDefinition> out = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method method : type.getMethods()) {
        for (Annotation annotation : stepAnnotations(method)) {
          String pattern = patternOf(annotation);
          out.add(
              definition(
                  annotation.annotationType().getSimpleName(),
                  pattern,
                  method,
                  expressions.createExpression(pattern)));
        }
      }
    }
    return new StepCatalog(out);
  }

  /** Given, When, Then, then by sentence. */
  public List<StepDefinition> definitions() {
    return definitions;
  }

  /** The definitions whose pattern matches {@code text} (none: undefined; two: ambiguous). */
  public List<StepDefinition> matching(String text) {
    return definitions.stream().filter(d -> d.match(text).isPresent()).toList();
  }

  private static StepDefinition definition(
      String keyword, String pattern, Method method, Expression e) {
    List<ParamKind> kinds = new ArrayList<>();
    for (Parameter p : method.getParameters()) {
      Param param = p.getAnnotation(Param.class);
      if (param == null) {
        throw new IllegalStateException(
            method + ": parameter " + p.getName() + " needs a @Param telling what it holds");
      }
      kinds.add(param.value());
    }
    Class<?>[] types = method.getParameterTypes();
    boolean table = types.length > 0 && types[types.length - 1] == DataTable.class;
    StepDefinition d = new StepDefinition(keyword, pattern, e, method, kinds, table);
    int slots = SentenceShape.of(pattern).slots();
    if (slots != d.sentenceKinds().size()) {
      throw new IllegalStateException(
          method
              + ": the pattern has "
              + slots
              + " parameters, the method "
              + d.sentenceKinds().size()
              + (table ? " (and a data table)" : ""));
    }
    return d;
  }

  private static List<Annotation> stepAnnotations(Method method) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : method.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(StepDefinitionAnnotation.class)) {
        out.add(a);
      } else {
        out.addAll(repeated(a));
      }
    }
    return out;
  }

  /** The step annotations inside a container such as {@code @Given.Givens}. */
  private static List<Annotation> repeated(Annotation container) {
    try {
      Object value = container.annotationType().getMethod("value").invoke(container);
      if (value instanceof Annotation[] inner
          && inner.length > 0
          && inner[0].annotationType().isAnnotationPresent(StepDefinitionAnnotation.class)) {
        return List.of(inner);
      }
    } catch (ReflectiveOperationException e) {
      // not a container
    }
    return List.of();
  }

  private static String patternOf(Annotation annotation) {
    try {
      return (String) annotation.annotationType().getMethod("value").invoke(annotation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the pattern of " + annotation, e);
    }
  }
}
