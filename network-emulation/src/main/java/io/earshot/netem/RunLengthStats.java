package io.earshot.netem;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Completed runs of consecutive lost (or of consecutive delivered) packets of a direction, in
 * packet index order (spec 3.13). The run in progress is not counted.
 *
 * @param runs completed runs
 * @param packets packets in them
 * @param histogram {@code histogram.get(i)} runs of length {@code i+1} for i < 64; the last entry
 *     counts runs longer than 64
 */
public record RunLengthStats(long runs, long packets, List<Long> histogram) {

  /** No runs yet. */
  public static final RunLengthStats EMPTY = new RunLengthStats(0, 0, List.of());

  /** Copies the histogram. */
  public RunLengthStats {
    histogram = List.copyOf(Objects.requireNonNull(histogram, "histogram"));
  }

  /** Mean run length, 0 when there are none. */
  public double mean() {
    return runs == 0 ? 0.0 : (double) packets / runs;
  }

  /** Runs of exactly {@code length} packets (1..64). */
  public long runsOfLength(int length) {
    return length >= 1 && length <= histogram.size() - 1 ? histogram.get(length - 1) : 0;
  }

  /** One line for reports. */
  public String render() {
    return String.format(Locale.ROOT, "runs=%d mean=%.3f", runs, mean());
  }
}
