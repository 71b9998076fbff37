package io.earshot.netem.profile;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** Validation shared by the profile value types: every message names the allowed range. */
final class ProfileChecks {

  /** Longest duration any profile field accepts; keeps time arithmetic far from overflow. */
  static final Duration MAX_DURATION = Duration.ofHours(24);

  private ProfileChecks() {}

  static double probability(String what, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(what + " must be in [0, 1] (0% to 100%), found " + value);
    }
    return value;
  }

  static double correlation(String what, double value) {
    if (!(value >= 0.0 && value < 1.0)) {
      throw new IllegalArgumentException(what + " must be in [0, 1) (0% to 99.9%), found " + value);
    }
    return value;
  }

  static Duration nonNegative(String what, Duration value) {
    Objects.requireNonNull(value, what);
    if (value.isNegative() || value.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          what + " must be in [0 ms, " + MAX_DURATION.toMillis() + " ms], found " + millis(value));
    }
    return value;
  }

  static Duration positive(String what, Duration value) {
    nonNegative(what, value);
    if (value.isZero()) {
      throw new IllegalArgumentException(
          what + " must be in (0 ms, " + MAX_DURATION.toMillis() + " ms], found 0 ms");
    }
    return value;
  }

  static double positiveFinite(String what, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          what + " must be in [" + fmt(min) + ", " + fmt(max) + "], found " + value);
    }
    return value;
  }

  static String millis(Duration d) {
    return fmt(d.toNanos() / 1e6) + " ms";
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String percent(double p) {
    return fmt(p * 100) + "%";
  }
}
