package io.earshot.features.vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a step definition's pattern, read from its regular expression: literal words,
 * parameters (capture groups), optional parts and alternatives. It renders the sentence for people
 * ({@code "<user>" receives <callback> [<arguments>] within <duration>}) and lists its skeletons
 * for "did you mean" ({@code "_" receives _ within _}). Patterns that are not regular expressions
 * (Cucumber expressions without parameters) are literal text.
 */
final class SentenceShape {
  /** A part of a pattern. */
  sealed interface Part permits Text, Slot, Group {}

  /** Literal text. */
  record Text(String text) implements Part {}

  /** A capture group: a parameter, numbered from 0 in pattern order. */
  record Slot(int index, List<List<Part>> alternatives) implements Part {}

  /** A non-capturing group or an optional character: alternatives, maybe optional. */
  record Group(List<List<Part>> alternatives, boolean optional) implements Part {}

  private final String source;
  private int pos;
  private int slots;
  private final List<Part> parts;

  private SentenceShape(String source, boolean regex) {
    this.source = regex ? strip(source) : source;
    this.parts = regex ? parseAlternatives().get(0) : List.of(new Text(source));
  }

  /** Reads a pattern the way Cucumber does: {@code ^…$} is a regular expression. */
  static SentenceShape of(String pattern) {
    return new SentenceShape(pattern, pattern.startsWith("^") || pattern.endsWith("$"));
  }

  List<Part> parts() {
    return parts;
  }

  /** How many parameters (capture groups) the pattern has. */
  int slots() {
    return slots;
  }

  private static String strip(String regex) {
    String s = regex.startsWith("^") ? regex.substring(1) : regex;
    return s.endsWith("$") && !s.endsWith("\\$") ? s.substring(0, s.length() - 1) : s;
  }

  /** Alternatives up to the end or the closing parenthesis of the current group. */
  private List<List<Part>> parseAlternatives() {
    List<List<Part>> alternatives = new ArrayList<>();
    List<Part> current = new ArrayList<>();
    while (pos < source.length() && source.charAt(pos) != ')') {
      char c = source.charAt(pos++);
      switch (c) {
        case '|' -> {
          alternatives.add(current);
          current = new ArrayList<>();
        }
        case '(' -> current.add(group());
        case '[' -> {
          skipClass();
          current.add(new Text("…"));
        }
        case '\\' -> current.add(escape(source.charAt(pos++)));
        case '.' -> current.add(new Text("…"));
        case '?' -> current.add(optional(current.remove(current.size() - 1)));
        case '*', '+' -> {
          // repetition of a parameter's content: the label stands for all of it
        }
        default -> current.add(new Text(String.valueOf(c)));
      }
    }
    alternatives.add(current);
    return alternatives;
  }

  private Part group() {
    boolean capturing = !source.startsWith("?:", pos);
    if (!capturing) {
      pos += 2;
    }
    int index = capturing ? slots++ : -1;
    List<List<Part>> inner = parseAlternatives();
    pos++; // ')'
    return capturing ? new Slot(index, inner) : new Group(inner, false);
  }

  private static Part optional(Part part) {
    if (part instanceof Group g) {
      return new Group(g.alternatives(), true);
    }
    return new Group(List.of(List.of(part)), true);
  }

  private void skipClass() {
    while (pos < source.length() && source.charAt(pos) != ']') {
      pos += source.charAt(pos) == '\\' ? 2 : 1;
    }
    pos++;
  }

  private static Part escape(char c) {
    return "dDwWsSb".indexOf(c) >= 0 ? new Text("…") : new Text(String.valueOf(c));
  }
}
