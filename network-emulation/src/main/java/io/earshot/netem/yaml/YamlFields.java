package io.earshot.netem.yaml;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One YAML mapping being read, with its path for error messages: typed getters that accept the
 * compact forms ({@code 5%}, {@code 40ms}, {@code 64kbit}) and name the allowed range or forms when
 * they reject a value. Unknown keys are rejected with the list of known ones.
 */
public final class YamlFields {

  private static final Pattern NUMBER_UNIT =
      Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zA-Z/%]*)\\s*");

  private final String path;
  private final Map<String, Object> values;

  private YamlFields(String path, Map<String, Object> values) {
    this.path = path;
    this.values = values;
  }

  /** Wraps {@code node}, which must be a mapping (null counts as an empty one). */
  public static YamlFields of(String path, Object node) {
    if (node == null) {
      return new YamlFields(path, Map.of());
    }
    if (!(node instanceof Map<?, ?> map)) {
      throw error(path, "expected a mapping of fields, found " + describe(node));
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      copy.put(scalarText(path, e.getKey(), "expected plain keys"), e.getValue());
    }
    return new YamlFields(path, copy);
  }

  public String path() {
    return path;
  }

  public String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Rejects keys outside {@code known}. */
  public YamlFields only(Set<String> known) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        throw error(
            child(key),
            "unknown field; known fields here: " + String.join(", ", new TreeSet<>(known)));
      }
    }
    return this;
  }

  public boolean has(String key) {
    return values.containsKey(key) && values.get(key) != null;
  }

  public Object raw(String key) {
    return values.get(key);
  }

  public Set<String> keys() {
    return values.keySet();
  }

  public String string(String key, String fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Map || v instanceof List) {
      throw error(child(key), "expected a single value, found " + describe(v));
    }
    return String.valueOf(v).strip();
  }

  public String choice(String key, String fallback, List<String> allowed) {
    String v = string(key, fallback);
    if (v == null) {
      throw error(child(key), "required; one of " + String.join(", ", allowed));
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw error(
          child(key), "expected one of " + String.join(", ", allowed) + ", found '" + v + "'");
    }
    return lower;
  }

  public boolean bool(String key, boolean fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw error(child(key), "expected true or false, found " + describe(v));
  }

  /** A probability: a number in [0, 1] or a percentage string such as {@code 2.5%}. */
  public double probability(String key, Double fallback) {
    return probabilityIn(key, fallback, "[0, 1]", 1.0);
  }

  /** A correlation: like a probability, in [0, 1). */
  public double correlation(String key) {
    double c = probabilityIn(key, 0.0, "[0, 1)", 1.0);
    if (c >= 1.0) {
      throw error(child(key), "expected a correlation in [0, 1) or 0% to 99.9%, found " + raw(key));
    }
    return c;
  }

  private double probabilityIn(String key, Double fallback, String range, double max) {
    Object v = values.get(key);
    if (v == null) {
      if (fallback == null) {
        throw error(
            child(key), "required; a probability in " + range + " or a percentage such as '5%'");
      }
      return fallback;
    }
    return probabilityValue(child(key), v, range, max);
  }

  public static double probabilityValue(String where, Object v, String range, double max) {
    double p;
    if (v instanceof Number n) {
      p = n.doubleValue();
    } else {
      String expected = "expected a probability in " + range + " or a percentage such as '5%'";
      Matcher m = NUMBER_UNIT.matcher(scalarText(where, v, expected));
      if (!m.matches() || !(m.group(2).isEmpty() || m.group(2).equals("%"))) {
        throw error(where, expected + ", found '" + v + "'");
      }
      try {
        BigDecimal value = new BigDecimal(m.group(1));
        p = (m.group(2).equals("%") ? value.movePointLeft(2) : value).doubleValue();
      } catch (NumberFormatException | ArithmeticException e) {
        // An exponent beyond BigDecimal's scale range (e.g. 1e-2147483647%).
        throw error(where, expected + ", found '" + v + "'");
      }
    }
    if (!(p >= 0 && p <= max)) {
      throw error(where, "expected a probability in " + range + " (0% to 100%), found " + v);
    }
    return p;
  }

  /** A duration with a unit: ns, us, ms, s or min ({@code 0} alone is accepted). */
  public Duration duration(String key, Duration fallback) {
    Object v = values.get(key);
    if (v == null) {
      if (fallback == null) {
        throw error(child(key), "required; a duration such as '40ms' or '1.5s'");
      }
      return fallback;
    }
    return durationValue(child(key), v);
  }

  public static Duration durationValue(String where, Object v) {
    if (v instanceof Number n && n.doubleValue() == 0) {
      return Duration.ZERO;
    }
    String expected = "expected a duration such as '40ms' or '1.5s'";
    Matcher m = NUMBER_UNIT.matcher(scalarText(where, v, expected));
    if (!m.matches()) {
      throw error(where, expected + ", found '" + v + "'");
    }
    if (m.group(2).isEmpty()) {
      throw error(
          where,
          "expected a duration such as '40ms' or '1.5s' (a unit is "
              + "required), found '"
              + v
              + "'");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(m.group(1));
    } catch (NumberFormatException e) {
      // An exponent beyond BigDecimal's scale range (e.g. 1e-2147483648ms).
      throw error(where, "expected a duration in [0 ms, 24 h], found '" + v + "'");
    }
    long nanosPerUnit =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "ns" -> 1L;
          case "us" -> 1_000L;
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          case "min" -> 60_000_000_000L;
          default ->
              throw error(
                  where, "expected a duration unit ns, us, ms, s or min, found '" + v + "'");
        };
    BigDecimal nanos = amount.multiply(BigDecimal.valueOf(nanosPerUnit));
    if (nanos.signum() < 0 || nanos.compareTo(BigDecimal.valueOf(86_400_000_000_000L)) > 0) {
      throw error(where, "expected a duration in [0 ms, 24 h], found '" + v + "'");
    }
    return Duration.ofNanos(nanos.longValue());
  }

  /** A rate with a unit: bit, kbit, mbit or gbit (per second; "/s" or "ps" suffix allowed). */
  public long rate(String key) {
    Object v = values.get(key);
    String expected = "expected a rate such as '64kbit' or '30mbit'";
    Matcher m = NUMBER_UNIT.matcher(v == null ? "" : scalarText(child(key), v, expected));
    if (v == null || !m.matches()) {
      throw error(child(key), "expected a rate such as '64kbit' or '30mbit', found '" + v + "'");
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    if (unit.endsWith("/s")) {
      unit = unit.substring(0, unit.length() - 2);
    } else if (unit.endsWith("ps")) {
      unit = unit.substring(0, unit.length() - 2) + "it";
    }
    double factor =
        switch (unit) {
          case "bit" -> 1;
          case "kbit" -> 1e3;
          case "mbit" -> 1e6;
          case "gbit" -> 1e9;
          default ->
              throw error(
                  child(key),
                  "expected a rate unit bit, kbit, mbit or gbit "
                      + "(per second), found '"
                      + v
                      + "'");
        };
    double bits = Double.parseDouble(m.group(1)) * factor;
    if (!(bits >= 100 && bits <= 1e11)) {
      throw error(child(key), "expected a rate in [100 bit/s, 100 Gbit/s], found '" + v + "'");
    }
    return Math.round(bits);
  }

  /** A whole number in [min, max]. */
  public long integer(String key, long fallback, long min, long max) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    long n;
    if (v instanceof Integer || v instanceof Long) {
      n = ((Number) v).longValue();
    } else {
      try {
        n =
            Long.parseLong(
                scalarText(child(key), v, "expected a whole number in [" + min + ", " + max + "]")
                    .strip());
      } catch (NumberFormatException e) {
        throw error(
            child(key), "expected a whole number in [" + min + ", " + max + "], found '" + v + "'");
      }
    }
    if (n < min || n > max) {
      throw error(child(key), "expected a whole number in [" + min + ", " + max + "], found " + n);
    }
    return n;
  }

  /** A number in [min, max]. */
  public double number(String key, Double fallback, double min, double max) {
    Object v = values.get(key);
    if (v == null) {
      if (fallback == null) {
        throw error(child(key), "required; a number in " + range(min, max));
      }
      return fallback;
    }
    double d;
    if (v instanceof Number num) {
      d = num.doubleValue();
    } else {
      try {
        d =
            Double.parseDouble(
                scalarText(child(key), v, "expected a number in " + range(min, max)).strip());
      } catch (NumberFormatException e) {
        throw error(child(key), "expected a number in " + range(min, max) + ", found '" + v + "'");
      }
    }
    if (!(d >= min && d <= max)) {
      throw error(child(key), "expected a number in " + range(min, max) + ", found " + d);
    }
    return d;
  }

  public List<Object> list(String key) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw error(child(key), "expected a list, found " + describe(v));
    }
    return new ArrayList<>(l);
  }

  private static String range(double min, double max) {
    return "["
        + BigDecimal.valueOf(min).stripTrailingZeros().toPlainString()
        + ", "
        + BigDecimal.valueOf(max).stripTrailingZeros().toPlainString()
        + "]";
  }

  /**
   * The text of a scalar. A list or mapping is refused, never printed: through aliases it may refer
   * to itself (printing never ends) or stand for an exponentially large tree.
   */
  private static String scalarText(String where, Object v, String expected) {
    if (v instanceof Map || v instanceof List) {
      throw error(where, expected + ", found " + describe(v));
    }
    return String.valueOf(v);
  }

  public static IllegalArgumentException error(String where, String message) {
    return new IllegalArgumentException((where.isEmpty() ? "" : where + ": ") + message);
  }

  public static String describe(Object node) {
    if (node instanceof Map) {
      return "a mapping";
    }
    if (node instanceof List) {
      return "a list";
    }
    return "'" + node + "'";
  }
}
