package io.earshot.features.vocabulary;

import io.earshot.features.vocabulary.SentenceShape.Group;
import io.earshot.features.vocabulary.SentenceShape.Part;
import io.earshot.features.vocabulary.SentenceShape.Slot;
import io.earshot.features.vocabulary.SentenceShape.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link SentenceShape} as text: for people, with placeholders named by the parameters'
 * kinds ({@code "<user>" hears stream "<stream>" within <duration>}, optional parts in brackets,
 * alternatives in parentheses); and as skeletons, every way the sentence can be written with each
 * placeholder as {@code _}, for "did you mean".
 */
final class SentenceText {
  /** The placeholder of a parameter in a skeleton; it stands for one or more words. */
  static final String WILDCARD = "_";

  private static final int MAX_SKELETONS = 256;

  private SentenceText() {}

  static String render(SentenceShape shape, List<ParamKind> kinds) {
    String text = sequence(shape.parts(), kinds);
    return text.replace("[ ", " [").replaceAll(" {2,}", " ").trim();
  }

  private static String sequence(List<Part> parts, List<ParamKind> kinds) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      out.append(part(part, kinds));
    }
    return out.toString();
  }

  private static String part(Part part, List<ParamKind> kinds) {
    if (part instanceof Text t) {
      return t.text();
    }
    if (part instanceof Slot s) {
      ParamKind kind = s.index() < kinds.size() ? kinds.get(s.index()) : ParamKind.CHOICE;
      return kind.inline()
          ? alternatives(s.alternatives(), kinds, false)
          : "<" + kind.label() + ">";
    }
    Group g = (Group) part;
    return alternatives(g.alternatives(), kinds, g.optional());
  }

  private static String alternatives(
      List<List<Part>> alternatives, List<ParamKind> kinds, boolean optional) {
    String inner =
        alternatives.stream().map(a -> sequence(a, kinds)).collect(Collectors.joining("|"));
    if (optional) {
      return "[" + inner + "]";
    }
    return alternatives.size() > 1 ? "(" + inner + ")" : inner;
  }

  /** Every way to write the sentence, parameters as {@link #WILDCARD}; at most 256. */
  static List<String> skeletons(SentenceShape shape, List<ParamKind> kinds) {
    return variants(shape.parts(), kinds).stream()
        .map(s -> s.replaceAll("\\s+", " ").trim())
        .distinct()
        .toList();
  }

  private static List<String> variants(List<Part> parts, List<ParamKind> kinds) {
    List<String> out = List.of("");
    for (Part part : parts) {
      List<String> options = options(part, kinds);
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        for (String option : options) {
          if (next.size() < MAX_SKELETONS) {
            next.add(prefix + option);
          }
        }
      }
      out = next;
    }
    return out;
  }

  private static List<String> options(Part part, List<ParamKind> kinds) {
    if (part instanceof Text t) {
      return List.of(t.text());
    }
    if (part instanceof Slot s) {
      ParamKind kind = s.index() < kinds.size() ? kinds.get(s.index()) : ParamKind.CHOICE;
      return kind.inline() ? choices(s.alternatives(), kinds) : List.of(WILDCARD);
    }
    Group g = (Group) part;
    List<String> out = new ArrayList<>(choices(g.alternatives(), kinds));
    if (g.optional()) {
      out.add("");
    }
    return out;
  }

  private static List<String> choices(List<List<Part>> alternatives, List<ParamKind> kinds) {
    List<String> out = new ArrayList<>();
    alternatives.forEach(a -> out.addAll(variants(a, kinds)));
    return out;
  }
}
