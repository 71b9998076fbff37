package io.earshot.simulator.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where producers put what they measure over a scenario's time, per (listener, stream) pair, and
 * what reports draw as charts (one chart per series, with the scenario's network bands). A producer
 * adds to it with one call:
 *
 * <pre>
 * sim.metrics().series("bob", "s1", "reported MOS", "MOS").record(atNanos, mos);
 * sim.metrics().add("bob", "s1", () -&gt; measuredMosSeries());   // built when the report is made
 * sim.metrics().breakOf("bob", "s1", fromNanos, toNanos);        // an audible break
 * </pre>
 *
 * A pair's stream may be {@link #NETWORK} for a user's link as a whole, and its user {@link
 * #SCENARIO} for figures of the whole scenario (users and streams over time in a load run). Entries
 * come out in the order they were first added, so reports are the same on every run.
 */
public final class MetricRegistry {
  /** The "stream" of series about a user's whole link (datagrams dropped, delivered). */
  public static final String NETWORK = "network";

  /** The "user" of series about the whole scenario (users, streams, percentiles). */
  public static final String SCENARIO = "scenario";

  /** Who and what a series is about. */
  public record Pair(String user, String stream) {}

  /** One series of one pair, as reports read it. */
  public record Entry(Pair pair, MetricSeries series) {}

  /** An audible break in what {@code pair}'s listener played: [from, to) in scenario time. */
  public record Break(Pair pair, long fromNanos, long toNanos) {}

  private final Map<String, SeriesRecorder> recorders = new LinkedHashMap<>();
  private final List<Map.Entry<Pair, Supplier<MetricSeries>>> sources = new ArrayList<>();
  private final List<Supplier<List<Entry>>> providers = new ArrayList<>();
  private final List<Break> breaks = new ArrayList<>();
  private final List<Function<List<Entry>, List<Entry>>> derived = new ArrayList<>();

  /** The recorder of a series of {@code user} and {@code stream}, created on first use. */
  public synchronized SeriesRecorder series(String user, String stream, String name, String unit) {
    String key = user + "\u0000" + stream + "\u0000" + name;
    return recorders.computeIfAbsent(
        key,
        k -> {
          SeriesRecorder r = new SeriesRecorder(name, unit);
          sources.add(Map.entry(new Pair(user, stream), r::snapshot));
          return r;
        });
  }

  /** A series built only when a report reads it (from a recorder that keeps its own data). */
  public synchronized void add(String user, String stream, Supplier<MetricSeries> series) {
    sources.add(Map.entry(new Pair(user, stream), series));
  }

  /** Series whose pairs are known only when a report reads them (the streams a user played). */
  public synchronized void addProvider(Supplier<List<Entry>> provider) {
    providers.add(provider);
  }

  /**
   * Series computed from all the others when a report reads them (percentiles across listeners):
   * {@code derive} gets every other entry and returns its own.
   */
  public synchronized void addDerived(Function<List<Entry>, List<Entry>> derive) {
    derived.add(derive);
  }

  /** Records an audible break of {@code user}'s playout of {@code stream}. */
  public synchronized void breakOf(String user, String stream, long fromNanos, long toNanos) {
    if (toNanos < fromNanos) {
      throw new IllegalArgumentException(
          "a break must not end before it starts: " + fromNanos + " ns to " + toNanos + " ns");
    }
    breaks.add(new Break(new Pair(user, stream), fromNanos, toNanos));
  }

  /** Every break so far, in the order recorded. */
  public synchronized List<Break> breaks() {
    return List.copyOf(breaks);
  }

  /**
   * Every series now, with at least one point, in the order added (providers' after, derived ones
   * last).
   */
  public List<Entry> entries() {
    List<Map.Entry<Pair, Supplier<MetricSeries>>> added;
    List<Supplier<List<Entry>>> provided;
    List<Function<List<Entry>, List<Entry>>> derivations;
    synchronized (this) {
      added = List.copyOf(sources);
      provided = List.copyOf(providers);
      derivations = List.copyOf(derived);
    }
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<Pair, Supplier<MetricSeries>> source : added) {
      MetricSeries s = source.getValue().get();
      if (s.size() > 0) {
        out.add(new Entry(source.getKey(), s));
      }
    }
    provided.forEach(p -> p.get().stream().filter(e -> e.series().size() > 0).forEach(out::add));
    List<Entry> base = List.copyOf(out);
    derivations.forEach(
        d -> d.apply(base).stream().filter(e -> e.series().size() > 0).forEach(out::add));
    return out;
  }
}
