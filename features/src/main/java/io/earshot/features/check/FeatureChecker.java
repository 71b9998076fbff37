package io.earshot.features.check;

import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.FeatureParserException;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.gherkin.messages.GherkinMessagesFeatureParser;
import io.earshot.features.vocabulary.StepCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads feature files with Cucumber's own Gherkin parser and checks every scenario's sentences
 * against the step definitions, without running anything. {@code earshot check}, {@code earshot
 * run} (to report files that do not parse) and the hook that stops a scenario before its first step
 * all use it, so they agree.
 */
public final class FeatureChecker {
  private static final Pattern PARSER_LOCATION = Pattern.compile("\\((\\d+):(\\d+)\\)");
  private static final FeatureChecker SHIPPED = new FeatureChecker(StepCatalog::shipped);
  private static final ConcurrentHashMap<URI, Checked> CHECKED = new ConcurrentHashMap<>();

  /** A file's text and what checking it found. */
  private record Checked(String source, FeatureCheck check) {}

  private final Supplier<StepCatalog> catalog;

  private FeatureChecker(Supplier<StepCatalog> catalog) {
    this.catalog = catalog;
  }

  /** The checker of the shipped vocabulary. */
  public static FeatureChecker shipped() {
    return SHIPPED;
  }

  /** Reads and checks a file on disk. */
  public FeatureCheck check(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return check(absolute.toUri(), Files.readString(absolute), Optional.of(absolute.getParent()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + absolute, e);
    }
  }

  /**
   * Checks a feature's text.
   *
   * @param folder where its network-profiles.yaml and timelines live, if on disk
   */
  public FeatureCheck check(URI uri, String source, Optional<Path> folder) {
    Optional<Feature> feature;
    try {
      feature = new GherkinMessagesFeatureParser().parse(uri, source, UUID::randomUUID);
    } catch (FeatureParserException e) {
      return new FeatureCheck(uri, Optional.of(parseError(e)), List.of());
    }
    List<FeatureCheck.Scenario> scenarios = new ArrayList<>();
    ScenarioChecker checker = new ScenarioChecker(catalog.get());
    for (Pickle pickle : feature.map(Feature::getPickles).orElse(List.of())) {
      scenarios.add(new FeatureCheck.Scenario(pickle, checker.check(pickle, folder)));
    }
    return new FeatureCheck(uri, Optional.empty(), scenarios);
  }

  /**
   * The reason the scenario at {@code uri:line} must not run, if any. Each file is read and checked
   * once per content (its scenarios run one after another).
   */
  public static Optional<SentenceCheckFailure> failureOf(URI uri, int line) {
    Optional<String> source = read(uri);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    FeatureCheck check =
        CHECKED
            .compute(
                uri,
                (u, cached) ->
                    cached != null && cached.source().equals(source.get())
                        ? cached
                        : new Checked(source.get(), SHIPPED.check(u, source.get(), folderOf(u))))
            .check();
    return check
        .scenarioAt(line)
        .filter(s -> !s.problems().isEmpty())
        .map(s -> new SentenceCheckFailure(check.displayName(), s.problems()));
  }

  private static Optional<Path> folderOf(URI uri) {
    return "file".equals(uri.getScheme())
        ? Optional.ofNullable(Path.of(uri).getParent())
        : Optional.empty();
  }

  private static Optional<String> read(URI uri) {
    try {
      if ("file".equals(uri.getScheme())) {
        return Optional.of(Files.readString(Path.of(uri)));
      }
      if ("classpath".equals(uri.getScheme())) {
        String resource = uri.getSchemeSpecificPart().replaceFirst("^/", "");
        try (InputStream in = FeatureChecker.class.getClassLoader().getResourceAsStream(resource)) {
          return in == null
              ? Optional.empty()
              : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      // Cucumber read it a moment ago; if it is gone now, the scenario runs unchecked.
    }
    return Optional.empty();
  }

  private static FeatureCheck.ParseError parseError(FeatureParserException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    String detail = newline < 0 ? message : message.substring(newline + 1);
    Matcher m = PARSER_LOCATION.matcher(detail);
    int line = m.find() ? Integer.parseInt(m.group(1)) : 1;
    if (detail.contains("#FeatureLine") && detail.contains("expected:")) {
      detail += "\n(a feature file starts with a 'Feature:' line, after any tags and comments)";
    }
    return new FeatureCheck.ParseError(line, detail);
  }
}
