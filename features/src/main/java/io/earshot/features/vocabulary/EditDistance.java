package io.earshot.features.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** How far apart two words are (Levenshtein, ignoring case), and the closest of a set of words. */
public final class EditDistance {
  private EditDistance() {}

  /** The number of single-character edits that turn {@code a} into {@code b}, ignoring case. */
  public static int between(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }

  /** {@link #between} scaled to 0 (same) … 1 (nothing in common). */
  public static double relative(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    return longest == 0 ? 0 : (double) between(a, b) / longest;
  }

  /** The candidate closest to {@code word}, if it is close enough to be a likely misspelling. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt((String c) -> between(word, c)))
        .filter(c -> between(word, c) <= Math.max(2, word.length() / 3));
  }
}
