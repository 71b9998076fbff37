package io.earshot.engine.events;

import io.earshot.engine.SoundLevelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** How event values read as text: stable order, compact delete reasons, fixed decimals. */
final class EventText {
  private EventText() {}

  /** Extras in key order; {@code stream_delete_reason} entries as {@code streamId:code}. */
  static String extras(Map<String, Object> extras) {
    if (extras.isEmpty()) {
      return "";
    }
    Map<String, Object> sorted = new TreeMap<>(extras);
    if (sorted.get("stream_delete_reason") instanceof List<?> reasons) {
      sorted.put(
          "stream_delete_reason",
          reasons.stream()
              .map(
                  r -> {
                    Map<?, ?> m = (Map<?, ?>) r;
                    return m.get("stream_id") + ":" + m.get("code");
                  })
              .toList());
    }
    return sorted.toString();
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String fraction(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String mos(double value) {
    return value < 0 ? "-1" : String.format(Locale.ROOT, "%.2f", value);
  }

  static List<String> levels(Map<String, Double> levels) {
    List<String> out = new ArrayList<>();
    new TreeMap<>(levels).forEach((k, v) -> out.add(k + "=" + decimal(v)));
    return out;
  }

  static List<String> levelInfos(Map<String, SoundLevelInfo> infos) {
    List<String> out = new ArrayList<>();
    new TreeMap<>(infos)
        .forEach((k, v) -> out.add(k + "=" + decimal(v.soundLevel()) + "/" + v.vad()));
    return out;
  }
}
