package io.earshot.simulator.quality;

import io.earshot.engine.PlayStreamQuality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulation's record of reported quality: the play-stream quality callbacks, per listener and
 * stream. Written from engine threads, read from any thread.
 */
public final class ReportedQualityLog implements ReportedQuality {
  private final Map<String, List<Sample>> samples = new LinkedHashMap<>();

  /**
   * Records one {@code onPlayerQualityUpdate} of {@code listener} for {@code streamId}: the
   * extension point for the engine's quality callbacks.
   */
  public synchronized void record(
      String listener, String streamId, long atNanos, PlayStreamQuality quality) {
    samples
        .computeIfAbsent(key(listener, streamId), k -> new ArrayList<>())
        .add(new Sample(atNanos, quality));
  }

  @Override
  public synchronized List<Sample> samples(String listener, String streamId) {
    return List.copyOf(samples.getOrDefault(key(listener, streamId), List.of()));
  }

  /** Every MOS reported at or after {@code fromNanos}, of every listener and stream. */
  public synchronized double[] mosSince(long fromNanos) {
    List<Double> out = new ArrayList<>();
    for (List<Sample> list : samples.values()) {
      for (int i = list.size() - 1; i >= 0 && list.get(i).atNanos() >= fromNanos; i--) {
        if (list.get(i).mos() >= 1) {
          out.add(list.get(i).mos());
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String key(String listener, String streamId) {
    return listener + '\u0000' + streamId;
  }
}
