package io.earshot.features.check;

import io.earshot.engine.ErrorCode;
import io.earshot.features.steps.StepValues;
import io.earshot.features.vocabulary.EditDistance;
import io.earshot.features.vocabulary.ParamKind;
import io.earshot.simulator.audio.ToneSource;
import io.earshot.simulator.dsl.CallbackArg;
import io.earshot.simulator.dsl.CallbackSignature;
import io.earshot.simulator.dsl.CrowdDsl;
import io.earshot.simulator.network.ImpairmentGrammar;
import java.util.List;
import java.util.Optional;

/**
 * Checks of one parameter value that need nothing but the value: durations, percentages, numbers,
 * states, error codes, network changes. Each returns what is wrong (the value and what was
 * expected), or empty. Values are checked with the same parsers the steps use, so a value that
 * passes here parses when the step runs.
 */
final class ValueChecks {
  private static final long MS = 1_000_000L;

  private ValueChecks() {}

  static Optional<String> check(ParamKind kind, String value) {
    try {
      return switch (kind) {
        case DURATION -> positiveDuration(value);
        case PERIOD -> period(value);
        case PERCENT -> quietly(() -> StepValues.percent(value));
        case SEED -> seed(value);
        case FREQUENCY -> quietly(() -> new ToneSource(Double.parseDouble(value), -12));
        case LEVEL -> level(value);
        case ROOM_LIMIT -> roomLimit(value);
        case USER_COUNT -> quietly(() -> CrowdDsl.names(Integer.parseInt(value), "{i}"));
        case ROOM_SIZE -> roomSize(value);
        case FAILURE_CODE -> failureCode(value);
        case ROOM_STATE, PUBLISHER_STATE, PLAYER_STATE -> state(kind, value);
        case CALLBACK -> quietly(() -> CallbackSignature.of(value));
        case NETWORK_CHANGE -> quietly(() -> ImpairmentGrammar.verbPhrase(value));
        case MOS -> range(value, 1, 5, true, "a MOS from 1 to 5");
        case MOS_DIFFERENCE -> range(value, 0, 4, false, "a MOS difference above 0 and at most 4");
        case LATENCY -> positiveDuration(value);
        case PERCENTILE -> range(value, 0, 100, false, "a percentile above 0 and at most 100");
        case BREAK_RATE -> range(value, 0, 1e6, false, "a break rate above 0 per 10 seconds");
        case TIMES -> quietly(() -> StepValues.times(value));
        case RATIO -> range(value, 0, 1e6, false, "a number above 0");
        default -> Optional.empty();
      };
    } catch (RuntimeException | AssertionError e) {
      return Optional.of(e.getMessage());
    }
  }

  /** {@code value} in [low, high] ({@code lowIncluded}) or (low, high]. */
  private static Optional<String> range(
      String value, double low, double high, boolean lowIncluded, String expected) {
    double v = Double.parseDouble(value);
    boolean ok = (lowIncluded ? v >= low : v > low) && v <= high;
    return ok ? Optional.empty() : Optional.of("expected " + expected + ", found " + value);
  }

  private static Optional<String> quietly(Runnable parse) {
    parse.run();
    return Optional.empty();
  }

  private static Optional<String> positiveDuration(String value) {
    long nanos = StepValues.durationNanos(value);
    return nanos > 0
        ? Optional.empty()
        : Optional.of(
            "expected a duration above 0 (a window or a wait of 0 checks nothing), found \""
                + value
                + "\"");
  }

  private static Optional<String> period(String value) {
    long nanos = StepValues.durationNanos(value);
    if (nanos % MS != 0 || nanos < 100 * MS || nanos > 3000 * MS) {
      return Optional.of(
          "expected a sound level period of whole milliseconds from 100 ms to 3 seconds, found \""
              + value
              + "\"");
    }
    return Optional.empty();
  }

  private static Optional<String> seed(String value) {
    try {
      Long.parseLong(value);
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of(
          "expected a seed from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", found " + value);
    }
  }

  private static Optional<String> level(String value) {
    double level = Double.parseDouble(value);
    return level >= 0 && level <= 100
        ? Optional.empty()
        : Optional.of("expected a sound level from 0 to 100, found " + value);
  }

  private static Optional<String> roomLimit(String value) {
    return value.matches("0*[1-9]\\d{0,8}")
        ? Optional.empty()
        : Optional.of("expected a room limit of at least 1 user, found " + value);
  }

  private static Optional<String> roomSize(String value) {
    return value.matches("0*([2-9]|[1-9]\\d{1,8})")
        ? Optional.empty()
        : Optional.of("expected rooms of at least 2 users, found " + value);
  }

  private static Optional<String> failureCode(String value) {
    if (value.matches("\\d{1,7}") && ErrorCode.isKnown(Integer.parseInt(value))) {
      return Integer.parseInt(value) == ErrorCode.SUCCESS
          ? Optional.of("expected the code of a failure, found 0 (SUCCESS)")
          : Optional.empty();
    }
    return CallbackArg.ERROR_CODE.problem(value);
  }

  private static Optional<String> state(ParamKind kind, String value) {
    List<String> valid = kind.enumValues().orElseThrow();
    if (valid.contains(value)) {
      return Optional.empty();
    }
    return Optional.of(
        "\""
            + value
            + "\" is not a "
            + kind.label()
            + "; valid: "
            + String.join(", ", valid)
            + EditDistance.closest(value, valid).map(v -> " (did you mean " + v + "?)").orElse(""));
  }
}
