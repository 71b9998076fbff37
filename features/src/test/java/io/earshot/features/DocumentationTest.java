package io.earshot.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.ErrorCode;
import io.earshot.features.check.FeatureCheck;
import io.earshot.features.check.FeatureChecker;
import io.earshot.features.vocabulary.PresetTable;
import io.earshot.features.vocabulary.StepCatalog;
import io.earshot.features.vocabulary.StepDefinition;
import io.earshot.features.vocabulary.VocabularyText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation a QA engineer works from cannot drift from the code: it points only at files
 * that exist, its example sentences all work, features/README.md shows every sentence, and the
 * generated tables (callbacks, presets, sentences, error codes) are the code's.
 */
class DocumentationTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\[[^]]*]\\(([^)\\s]+)\\)");
  private static final Pattern CODE_PATH =
      Pattern.compile(
          "`((?:docs|features|engine|simulator|reports|network-emulation)/[^`\\s*]+\\.(?:md|feature|yaml|java|xml))`");
  private static final Pattern FEATURE_LINE =
      Pattern.compile("(features/[\\w/.-]+\\.feature)((?::\\d+)+)");
  private static final Pattern KEYWORD = Pattern.compile("^(?:Given|When|Then|And|But) ");
  private static final Pattern BLOCK = Pattern.compile("(?s)```gherkin\\n(.*?)```");

  private static List<Path> documents() {
    List<Path> out =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("features/README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyLinkAndFilePathPointsAtAFileThatExists() {
    List<String> missing = new ArrayList<>();
    for (Path doc : documents()) {
      String text = read(doc);
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1).replaceFirst("#.*", "");
        if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
          continue;
        }
        if (!Files.exists(doc.getParent().resolve(target))) {
          missing.add(ROOT.relativize(doc) + " links to " + target);
        }
      }
      Matcher path = CODE_PATH.matcher(text);
      while (path.find()) {
        if (!path.group(1).contains("target/") && !Files.exists(ROOT.resolve(path.group(1)))) {
          missing.add(ROOT.relativize(doc) + " names " + path.group(1));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyFileAndLineExampleNamesAScenario() {
    for (Path doc : documents()) {
      Matcher m = FEATURE_LINE.matcher(read(doc));
      while (m.find()) {
        FeatureCheck check = FeatureChecker.shipped().check(ROOT.resolve(m.group(1)));
        for (String line : m.group(2).substring(1).split(":")) {
          int n = Integer.parseInt(line);
          assertTrue(
              check.scenarios().stream()
                  .anyMatch(s -> s.line() == n || s.pickle().getScenarioLocation().getLine() == n),
              ROOT.relativize(doc) + ": " + m.group() + " names no scenario");
        }
      }
    }
  }

  @Test
  void everyExampleSentenceWorksAndTheFeaturesReadmeShowsEverySentence() {
    StepCatalog catalog = StepCatalog.shipped();
    Set<StepDefinition> shown = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (Path doc : documents()) {
      Matcher block = BLOCK.matcher(read(doc));
      while (block.find()) {
        String gherkin = block.group(1);
        if (gherkin.startsWith("Feature:")) {
          FeatureCheck check =
              FeatureChecker.shipped()
                  .check(URI.create("file:///doc.feature"), gherkin, Optional.empty());
          assertTrue(check.parseError().isEmpty(), doc + ": " + check.parseError());
          check.scenarios().forEach(s -> assertEquals(List.of(), s.problems(), doc.toString()));
        }
        for (String raw : gherkin.split("\n")) {
          String line = raw.trim();
          if (!KEYWORD.matcher(line).find()) {
            continue;
          }
          String sentence = KEYWORD.matcher(line).replaceFirst("");
          List<StepDefinition> matching = catalog.matching(sentence);
          if (matching.size() != 1) {
            wrong.add(
                ROOT.relativize(doc) + ": " + line + " matches " + matching.size() + " sentences");
          } else if (doc.endsWith(Path.of("features/README.md"))) {
            shown.add(matching.get(0));
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    List<String> notShown =
        catalog.definitions().stream()
            .filter(d -> !shown.contains(d))
            .map(d -> d.keyword() + " " + d.sentence())
            .toList();
    assertEquals(List.of(), notShown, "sentences that work but features/README.md does not show");
  }

  private static void assertContainsBlock(String doc, List<String> lines) {
    String text = read(ROOT.resolve(doc));
    String block = String.join("\n", lines) + "\n";
    assertTrue(text.contains(block), doc + " should hold this generated block verbatim:\n" + block);
  }

  @Test
  void generatedTablesAreTheCodes() {
    VocabularyText vocabulary = new VocabularyText(StepCatalog.shipped());
    assertContainsBlock("features/README.md", vocabulary.callbackTable());
    assertContainsBlock("features/README.md", PresetTable.markdown());
    assertContainsBlock("docs/engine-contract.md", vocabulary.callbackTable());
    assertContainsBlock("docs/network-presets.md", PresetTable.markdown());
    assertContainsBlock("docs/step-vocabulary.md", vocabulary.sentences());
  }

  @Test
  void theErrorCodeTableListsExactlyTheEngineCodes() {
    TreeMap<Integer, String> documented = new TreeMap<>();
    Matcher row =
        Pattern.compile("(?m)^\\| (\\d{7}) \\| (\\w+) \\|")
            .matcher(read(ROOT.resolve("docs/engine-contract.md")));
    while (row.find()) {
      documented.put(Integer.parseInt(row.group(1)), row.group(2));
    }
    TreeMap<Integer, String> engine = new TreeMap<>();
    Arrays.stream(ErrorCode.class.getFields())
        .filter(f -> f.getType() == int.class && Modifier.isStatic(f.getModifiers()))
        .forEach(
            f -> {
              try {
                if (f.getInt(null) != ErrorCode.SUCCESS) {
                  engine.put(f.getInt(null), f.getName());
                }
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            });
    assertEquals(engine, documented);
    assertTrue(new TreeSet<>(engine.keySet()).size() > 50);
  }
}
