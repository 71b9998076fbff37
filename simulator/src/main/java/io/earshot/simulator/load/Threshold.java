package io.earshot.simulator.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass condition of a load run, as written in the profile: {@code measured_mos.p5 >= 3.5},
 * {@code latency_ms.p95 < 400}, {@code reported_mos.min >= 3.0}, {@code join_success >= 99.9%},
 * {@code break_rate.p95 < 1}. A metric with a distribution takes a statistic ({@code pN}, {@code
 * min}, {@code max}, {@code mean}); a ratio takes none.
 */
public record Threshold(String text, LoadMetric metric, String statistic, String op, double limit) {
  private static final Pattern FORM =
      Pattern.compile(
          "\\s*([a-z_]+)(?:\\.([a-z0-9.]+))?\\s*(>=|<=|>|<)\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*(%?)\\s*");
  private static final Pattern PERCENTILE = Pattern.compile("p([0-9]+(?:\\.[0-9]+)?)");

  /** Parses one threshold; the message says what was expected and what was found. */
  public static Threshold parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a threshold such as 'measured_mos.p5 >= 3.5' (metric[.statistic] op value),"
              + " found '"
              + text
              + "'");
    }
    LoadMetric metric = LoadMetric.named(m.group(1));
    String statistic = m.group(2) == null ? "" : m.group(2);
    if (metric.ratio() != statistic.isEmpty()) {
      throw new IllegalArgumentException(
          metric.ratio()
              ? "'" + metric.key() + "' is a ratio and takes no statistic, found '" + text + "'"
              : "expected a statistic after '"
                  + metric.key()
                  + ".' (pN such as p95, min, max or mean), found '"
                  + text
                  + "'");
    }
    if (!metric.ratio()) {
      checkStatistic(statistic, text);
    }
    double limit = Double.parseDouble(m.group(4));
    if (metric.ratio()) {
      if (m.group(5).isEmpty() || limit < 0 || limit > 100) {
        throw new IllegalArgumentException(
            "expected '"
                + metric.key()
                + "' against a percentage from 0% to 100%, found '"
                + text
                + "'");
      }
      limit /= 100;
    } else if (!m.group(5).isEmpty()) {
      throw new IllegalArgumentException(
          "'"
              + metric.key()
              + "' is measured in "
              + metric.unit()
              + ", not %, found '"
              + text
              + "'");
    }
    return new Threshold(text.strip(), metric, statistic, m.group(3), limit);
  }

  private static void checkStatistic(String statistic, String text) {
    Matcher p = PERCENTILE.matcher(statistic);
    if (p.matches()) {
      double percent = Double.parseDouble(p.group(1));
      if (percent > 0 && percent <= 100) {
        return;
      }
    } else if (statistic.equals("min") || statistic.equals("max") || statistic.equals("mean")) {
      return;
    }
    throw new IllegalArgumentException(
        "expected a statistic pN (0 < N <= 100), min, max or mean, found '"
            + statistic
            + "' in '"
            + text
            + "'");
  }

  /** Whether {@code value} meets the threshold; NaN (nothing measured) never does. */
  public boolean holds(double value) {
    return switch (op) {
      case ">=" -> value >= limit;
      case ">" -> value > limit;
      case "<=" -> value <= limit;
      default -> value < limit;
    };
  }

  /** A value in the threshold's own unit (a ratio as a percentage). */
  public String format(double value) {
    if (Double.isNaN(value)) {
      return "nothing measured";
    }
    return metric.ratio()
        ? String.format(Locale.ROOT, "%.3f%%", value * 100)
        : String.format(Locale.ROOT, metric.format(), value);
  }

  /** The limit in the threshold's own unit. */
  public String formatLimit() {
    return format(limit);
  }
}
