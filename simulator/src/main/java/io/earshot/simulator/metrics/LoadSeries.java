package io.earshot.simulator.metrics;

import io.earshot.simulator.metrics.MetricRegistry.Entry;
import io.earshot.simulator.metrics.MetricRegistry.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a load run (at least {@value #LOAD_RUN_USERS} users), per second of scenario time:
 * how many users exist, how many streams are playing, and for every series that at least {@value
 * #LOAD_RUN_USERS} listening pairs share (reported MOS, played level, ...) its 5th, 50th and 95th
 * percentile across the pairs.
 */
public final class LoadSeries {
  /** From this many users on, a scenario is a load run and gets these series. */
  public static final int LOAD_RUN_USERS = 10;

  private static final long BIN_NANOS = 1_000_000_000L;
  private static final int[] PERCENTILES = {5, 50, 95};

  private final List<Long> userStarts = new ArrayList<>();

  /** A user was created at scenario time {@code atNanos}. */
  public synchronized void userAdded(long atNanos) {
    userStarts.add(atNanos);
  }

  /**
   * @param streamSpans [first, last] playout time of every played stream of every listener
   * @param pairSeries the series of the scenario's pairs
   * @param endNanos the scenario's time now
   */
  public synchronized List<Entry> of(
      List<long[]> streamSpans, List<Entry> pairSeries, long endNanos) {
    if (userStarts.size() < LOAD_RUN_USERS) {
      return List.of();
    }
    int bins = (int) (endNanos / BIN_NANOS + 1);
    long[] at = new long[bins];
    double[] users = new double[bins];
    double[] streams = new double[bins];
    for (int i = 0; i < bins; i++) {
      at[i] = i * BIN_NANOS + BIN_NANOS / 2;
      long middle = at[i];
      users[i] = userStarts.stream().filter(s -> s <= middle).count();
      streams[i] = streamSpans.stream().filter(s -> s[0] <= middle && middle <= s[1]).count();
    }
    Pair scenario = new Pair(MetricRegistry.SCENARIO, MetricRegistry.SCENARIO);
    List<Entry> out = new ArrayList<>();
    out.add(new Entry(scenario, new MetricSeries("users", "users", at, users)));
    out.add(new Entry(scenario, new MetricSeries("streams playing", "streams", at, streams)));
    Map<String, List<MetricSeries>> byName = new LinkedHashMap<>();
    for (Entry e : pairSeries) {
      if (!e.pair().user().equals(MetricRegistry.SCENARIO)
          && !e.pair().stream().equals(MetricRegistry.NETWORK)) {
        byName.computeIfAbsent(e.series().name(), k -> new ArrayList<>()).add(e.series());
      }
    }
    byName.forEach(
        (name, series) -> {
          if (series.size() >= LOAD_RUN_USERS) {
            out.addAll(percentiles(scenario, name, series, at));
          }
        });
    return out;
  }

  private static List<Entry> percentiles(
      Pair scenario, String name, List<MetricSeries> series, long[] at) {
    double[][] perPair = new double[series.size()][];
    for (int k = 0; k < series.size(); k++) {
      perPair[k] = binMeans(series.get(k), at.length);
    }
    double[][] values = new double[PERCENTILES.length][at.length];
    double[] means = new double[series.size()];
    for (int bin = 0; bin < at.length; bin++) {
      int n = 0;
      for (double[] pair : perPair) {
        if (!Double.isNaN(pair[bin])) {
          means[n++] = pair[bin];
        }
      }
      Arrays.sort(means, 0, n);
      for (int p = 0; p < PERCENTILES.length; p++) {
        values[p][bin] =
            n == 0 ? Double.NaN : means[Math.min(n - 1, (int) (PERCENTILES[p] / 100.0 * n))];
      }
    }
    List<Entry> out = new ArrayList<>();
    for (int p = 0; p < PERCENTILES.length; p++) {
      String percentile = name + " p" + PERCENTILES[p];
      out.add(
          new Entry(scenario, new MetricSeries(percentile, series.get(0).unit(), at, values[p])));
    }
    return out;
  }

  /** The mean of each second's values (NaN for a second without any). */
  private static double[] binMeans(MetricSeries s, int bins) {
    long[] t = s.atNanos();
    double[] v = s.values();
    double[] sum = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < t.length; i++) {
      int bin = (int) (t[i] / BIN_NANOS);
      if (bin >= 0 && bin < bins && !Double.isNaN(v[i])) {
        sum[bin] += v[i];
        count[bin]++;
      }
    }
    for (int b = 0; b < bins; b++) {
      sum[b] = count[b] == 0 ? Double.NaN : sum[b] / count[b];
    }
    return sum;
  }
}
