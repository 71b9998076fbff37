package io.earshot.features.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the parameter kinds of the step vocabulary (durations, percentages, user lists). A value
 * that does not parse fails with a message that shows the accepted forms.
 */
public final class StepValues {
  private static final Pattern DURATION =
      Pattern.compile("(\\d+(?:\\.\\d+)?) ?(ms|milliseconds?|s|seconds?|minutes?)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern USER_LIST = Pattern.compile("\"[^\"]*\"(?:(?:, | and )\"[^\"]*\")*");

  private StepValues() {}

  /** "5 seconds", "1 second", "500 ms", "2 minutes", "1.5 seconds" → nanoseconds. */
  public static long durationNanos(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a duration such as \"5 seconds\", \"500 ms\" or \"2 minutes\", found \""
              + text
              + "\"");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    double nanosPerUnit =
        switch (unit) {
          case "ms", "millisecond", "milliseconds" -> 1e6;
          case "minute", "minutes" -> 60e9;
          default -> 1e9;
        };
    return Math.round(value * nanosPerUnit);
  }

  /** A duration sentence value ("150 ms", "2 seconds") in milliseconds. */
  public static double durationMillis(String text) {
    return durationNanos(text) / 1e6;
  }

  /** "once" → 1, "twice" → 2, "N times" → N. */
  public static int times(String text) {
    String t = text.trim();
    if (t.equals("once")) {
      return 1;
    }
    if (t.equals("twice")) {
      return 2;
    }
    if (t.matches("\\d{1,6} times")) {
      return Integer.parseInt(t.substring(0, t.indexOf(' ')));
    }
    throw new IllegalArgumentException(
        "expected once, twice or N times (e.g. 3 times), found \"" + text + "\"");
  }

  /** "5%" or "0.5%" → 0.05 / 0.005; outside 0–100% fails naming the range. */
  public static double percent(String text) {
    String t = text.trim();
    if (!t.endsWith("%")) {
      throw new IllegalArgumentException(
          "expected a percentage such as \"5%\", found \"" + text + "\"");
    }
    double value;
    try {
      value = Double.parseDouble(t.substring(0, t.length() - 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "expected a percentage such as \"5%\", found \"" + text + "\"");
    }
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(
          "a loss percentage must be between 0% and 100%, found " + text);
    }
    return value / 100.0;
  }

  /** {@code "a", "b" and "c"} → [a, b, c]. */
  public static List<String> userList(String text) {
    if (!USER_LIST.matcher(text.trim()).matches()) {
      throw new IllegalArgumentException(
          "expected a list of quoted names such as \"alice\", \"bob\" and \"carol\", found "
              + text);
    }
    List<String> names = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
