package io.earshot.netem;

import java.util.Locale;

/**
 * How often one kind of manual fault happened on a link and how long it lasted in total (a fault
 * still going on counts up to the snapshot).
 *
 * @param count how many times it started
 * @param totalNanos the time it was in force, summed
 */
public record FaultStats(long count, long totalNanos) {

  /** None. */
  public static final FaultStats NONE = new FaultStats(0, 0);

  /** "2 (13.000 s)". */
  public String render() {
    return String.format(Locale.ROOT, "%d (%.3f s)", count, totalNanos / 1e9);
  }
}
