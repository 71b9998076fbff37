package io.earshot.features.vocabulary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Did you mean": the sentences of a catalog closest to a text that matches none. Quoted values and
 * numbers (with their unit) become placeholders, then the words are aligned with each way to write
 * each sentence: a misspelt word costs its share of changed letters, a missing or extra word costs
 * one, a placeholder takes one or more words.
 */
public final class SentenceSuggester {
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w.-])-?\\d+(?:\\.\\d+)?(?:%| ?(?:ms|milliseconds?|seconds?|minutes?|s)(?![\\w/]))?");
  private static final double EXTRA_PLACEHOLDER_WORD = 0.25;

  private final StepCatalog catalog;

  public SentenceSuggester(StepCatalog catalog) {
    this.catalog = catalog;
  }

  /** Up to {@code max} sentences, closest first, no further than one word behind the closest. */
  public List<StepDefinition> closest(String text, int max) {
    String quoted = QUOTED.matcher(text).replaceAll("\"" + SentenceText.WILDCARD + "\"");
    List<String> joined = words(NUMBER.matcher(quoted).replaceAll(SentenceText.WILDCARD));
    Map<StepDefinition, Double> costs =
        catalog.definitions().stream()
            .collect(
                Collectors.toMap(
                    d -> d,
                    d ->
                        d.skeletons().stream()
                            .mapToDouble(s -> distance(joined, words(s)))
                            .min()
                            .orElse(Double.MAX_VALUE)));
    double best = costs.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    return costs.entrySet().stream()
        .filter(e -> e.getValue() <= best + 1.0)
        .sorted(
            Comparator.comparingDouble(Map.Entry<StepDefinition, Double>::getValue)
                .thenComparing(e -> e.getKey().sentence()))
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** The cheapest alignment of the text's words with a skeleton's. */
  static double distance(List<String> text, List<String> skeleton) {
    int n = text.size();
    int m = skeleton.size();
    double[][] cost = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 || j == 0) {
          cost[i][j] = i + j;
          continue;
        }
        String t = skeleton.get(j - 1);
        boolean wildcard = t.equals(SentenceText.WILDCARD);
        double match =
            cost[i - 1][j - 1] + (wildcard ? 0 : EditDistance.relative(text.get(i - 1), t));
        double extraWord = cost[i - 1][j] + (wildcard ? EXTRA_PLACEHOLDER_WORD : 1);
        double missingWord = cost[i][j - 1] + 1;
        cost[i][j] = Math.min(match, Math.min(extraWord, missingWord));
      }
    }
    return cost[n][m];
  }
}
