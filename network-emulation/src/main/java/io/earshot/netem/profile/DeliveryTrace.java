package io.earshot.netem.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Mahimahi packet-delivery trace (spec 3.10): one integer millisecond per line, each line one
 * delivery opportunity of {@link #OPPORTUNITY_BYTES} bytes; repeats allowed, non-decreasing,
 * looping with a period equal to the last timestamp. Small packets share an opportunity, a large
 * one spans several, and capacity unused while the queue is empty is lost.
 */
public final class DeliveryTrace {

  /** Bytes one opportunity carries (Mahimahi's MTU-sized slot). */
  public static final int OPPORTUNITY_BYTES = 1504;

  private final String name;
  private final long[] millis;

  private DeliveryTrace(String name, long[] millis) {
    this.name = name;
    this.millis = millis;
  }

  /** A trace from its opportunity times in milliseconds (validated like {@link #parse}). */
  public static DeliveryTrace ofMillis(String name, long... millis) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(millis, "millis");
    if (millis.length == 0) {
      throw new IllegalArgumentException(
          "delivery trace '" + name + "' must have at least one line, found none");
    }
    long previous = 0;
    for (int i = 0; i < millis.length; i++) {
      if (millis[i] < previous) {
        throw new IllegalArgumentException(
            "delivery trace '"
                + name
                + "' line "
                + (i + 1)
                + ": times must be non-decreasing integers >= 0 ms, found "
                + millis[i]
                + " after "
                + previous);
      }
      previous = millis[i];
    }
    if (previous <= 0 || previous > 86_400_000L) {
      throw new IllegalArgumentException(
          "delivery trace '"
              + name
              + "': the last time (the loop period) must be in [1, 86400000] ms, found "
              + previous);
    }
    return new DeliveryTrace(name, millis.clone());
  }

  /** Parses Mahimahi text: one integer per line; blank lines and {@code #} comments ignored. */
  public static DeliveryTrace parse(String name, String text) {
    Objects.requireNonNull(text, "text");
    String[] lines = text.split("\\R");
    long[] values = new long[lines.length];
    int n = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        values[n++] = Long.parseLong(line);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "delivery trace '"
                + name
                + "' line "
                + (i + 1)
                + ": expected an integer number of milliseconds, found '"
                + line
                + "'",
            e);
      }
    }
    return ofMillis(name, Arrays.copyOf(values, n));
  }

  /** Reads and parses a trace file; the file name is the trace name. */
  public static DeliveryTrace load(Path file) throws IOException {
    return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The trace's name (file name or given). */
  public String name() {
    return name;
  }

  /** Opportunity times in ms (a copy). */
  public long[] millis() {
    return millis.clone();
  }

  /** Number of opportunities per loop. */
  public int opportunities() {
    return millis.length;
  }

  /** Loop period in ms (the last timestamp). */
  public long periodMillis() {
    return millis[millis.length - 1];
  }

  /** Average capacity in bits per second over one loop. */
  public double averageBitsPerSecond() {
    return millis.length * OPPORTUNITY_BYTES * 8.0 * 1000.0 / periodMillis();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeliveryTrace other
        && name.equals(other.name)
        && Arrays.equals(millis, other.millis);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(millis);
  }

  @Override
  public String toString() {
    return "trace " + name + " (" + millis.length + " opportunities / " + periodMillis() + " ms)";
  }
}
