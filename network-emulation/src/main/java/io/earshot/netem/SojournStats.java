package io.earshot.netem;

import java.util.Locale;

/**
 * How long packets waited in a direction's bottleneck queue before service (spec 3.13). Mean and
 * max are exact; p95 comes from a bounded log-linear histogram (within about 6%).
 *
 * @param count packets that started service
 * @param meanNanos mean wait
 * @param maxNanos longest wait
 * @param p95Nanos 95th percentile of the wait
 */
public record SojournStats(long count, double meanNanos, long maxNanos, long p95Nanos) {

  /** Nothing queued yet. */
  public static final SojournStats EMPTY = new SojournStats(0, 0, 0, 0);

  /** One line for reports. */
  public String render() {
    return String.format(
        Locale.ROOT,
        "sojourn n=%d mean=%.3fms p95=%.3fms max=%.3fms",
        count,
        meanNanos / 1e6,
        p95Nanos / 1e6,
        maxNanos / 1e6);
  }
}
