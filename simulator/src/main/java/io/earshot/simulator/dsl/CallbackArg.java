package io.earshot.simulator.dsl;

import io.earshot.engine.ErrorCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One argument of a recorded callback as an expectation writes it: what it is ({@link #label()})
 * and which words it accepts. Enum arguments accept the names of the engine's own enum (read from
 * the enum, never copied); error codes accept the codes of {@link ErrorCode}; stream and user IDs
 * accept any word, because only the scenario knows which exist.
 *
 * @param label what the argument is, for messages: "player state", "error code", "stream"
 * @param kind how a word is checked
 * @param values the accepted words of an enum argument, in the enum's order (empty otherwise)
 */
public record CallbackArg(String label, Kind kind, List<String> values) {
  /** How a word of this argument is checked. */
  public enum Kind {
    /** One of {@link #values()}. */
    ENUM,
    /** A code of {@link ErrorCode} (0 included). */
    ERROR_CODE,
    /** A whole number, 0 or more. */
    COUNT,
    /** A stream ID: any word. */
    STREAM,
    /** A user ID: any word. */
    USER_ID,
    /** Any word (a function name). */
    WORD
  }

  /** An error code of the engine contract, 0 (success) included. */
  public static final CallbackArg ERROR_CODE = of("error code", Kind.ERROR_CODE);

  private static final int NEAREST = 5;

  public CallbackArg {
    values = List.copyOf(values);
  }

  static CallbackArg of(String label, Kind kind) {
    return new CallbackArg(label, kind, List.of());
  }

  /** The names of {@code type}'s constants that {@code keep} accepts. */
  static <E extends Enum<E>> CallbackArg of(String label, Class<E> type, Predicate<String> keep) {
    return new CallbackArg(
        label,
        Kind.ENUM,
        Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(keep).toList());
  }

  static <E extends Enum<E>> CallbackArg of(String label, Class<E> type) {
    return of(label, type, name -> true);
  }

  /** Why {@code word} cannot be this argument (naming the valid values), or empty if it can. */
  public Optional<String> problem(String word) {
    return switch (kind) {
      case ENUM ->
          values.contains(word)
              ? Optional.empty()
              : Optional.of(
                  "\"" + word + "\" is not a " + label + "; valid: " + String.join(", ", values));
      case ERROR_CODE -> errorCodeProblem(word);
      case COUNT ->
          word.matches("\\d{1,9}")
              ? Optional.empty()
              : Optional.of("\"" + word + "\" is not a " + label + " (a whole number, 0 or more)");
      case STREAM, USER_ID, WORD -> Optional.empty();
    };
  }

  private Optional<String> errorCodeProblem(String word) {
    if (word.matches("\\d{1,7}") && ErrorCode.isKnown(Integer.parseInt(word))) {
      return Optional.empty();
    }
    return Optional.of(
        "\""
            + word
            + "\" is not an error code of the engine contract; valid: 0 (success) or "
            + codesLike(word));
  }

  /** The known codes nearest to the word (of its family, if it has one); every code otherwise. */
  private static String codesLike(String word) {
    List<Integer> known = knownCodes();
    if (!word.matches("\\d{1,9}")) {
      return "one of " + join(known);
    }
    long value = Long.parseLong(word);
    List<Integer> nearest =
        known.stream()
            .sorted(Comparator.comparingLong(c -> Math.abs(c - value)))
            .limit(NEAREST)
            .sorted()
            .toList();
    return "a code of the engine contract, the nearest being "
        + join(nearest)
        + " (every code: docs/engine-contract.md)";
  }

  /** The non-zero codes {@link ErrorCode} declares, read from its constants. */
  static List<Integer> knownCodes() {
    return Arrays.stream(ErrorCode.class.getFields())
        .filter(f -> f.getType() == int.class && Modifier.isStatic(f.getModifiers()))
        .map(CallbackArg::valueOf)
        .filter(code -> code != ErrorCode.SUCCESS)
        .sorted()
        .distinct()
        .toList();
  }

  private static int valueOf(Field field) {
    try {
      return field.getInt(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  private static String join(List<Integer> codes) {
    return codes.stream().map(c -> c + " " + ErrorCode.nameOf(c)).collect(Collectors.joining(", "));
  }
}
