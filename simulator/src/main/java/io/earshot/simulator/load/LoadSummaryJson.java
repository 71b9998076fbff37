package io.earshot.simulator.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * {@code summary.json} of a load run: the verdict, each threshold with its value, each metric's
 * statistics, the harness's health, and the mergeable figures (compressed histograms and ratio
 * counts) that {@code earshot merge} adds up.
 */
public final class LoadSummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] STATISTICS = {"min", "p5", "p50", "p95", "p99", "max", "mean"};

  private LoadSummaryJson() {}

  /** The summary of {@code outcome}, pretty-printed. */
  public static String write(LoadOutcome outcome) {
    LoadProfile p = outcome.profile();
    ObjectNode root = JSON.createObjectNode();
    root.put("profile", p.name());
    root.put("mode", p.mode().name().toLowerCase(Locale.ROOT).replace("_", ""));
    root.put("seed", p.seed());
    root.put("shard", outcome.shard().toString());
    root.put("verdict", outcome.verdict().text());
    root.put("exit_code", outcome.verdict().exitCode());
    root.put("users", outcome.results().users());
    root.put("duration_s", p.duration().toMillis() / 1000.0);
    root.put("wall_s", Math.round(outcome.wallNanos() / 1e6) / 1000.0);
    ArrayNode thresholds = root.putArray("thresholds");
    for (ThresholdResult t : outcome.thresholds()) {
      ObjectNode n = thresholds.addObject();
      n.put("threshold", t.threshold().text());
      number(n, "value", t.value());
      number(n, "limit", t.threshold().limit());
      n.put("passed", t.passed());
    }
    ObjectNode metrics = root.putObject("metrics");
    for (LoadMetric m : LoadMetric.values()) {
      ObjectNode n = metrics.putObject(m.key());
      n.put("count", outcome.results().count(m));
      if (m.ratio()) {
        number(n, "ratio", outcome.results().value(m, ""));
      } else {
        for (String s : STATISTICS) {
          number(n, s, outcome.results().value(m, s));
        }
      }
    }
    ObjectNode mergeable = root.putObject("mergeable");
    ObjectNode histograms = mergeable.putObject("histograms");
    outcome.results().histograms().forEach((m, h) -> histograms.put(m.key(), encode(h)));
    ObjectNode ratios = mergeable.putObject("ratios");
    outcome.results().ratios().forEach((m, c) -> ratios.putArray(m.key()).add(c[0]).add(c[1]));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the summary", e);
    }
  }

  /**
   * The mergeable figures of a summary written by {@link #write}; an {@link
   * IllegalArgumentException} says what is missing or malformed.
   */
  public static LoadResults read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "expected a summary.json, found invalid JSON: " + e.getOriginalMessage());
    }
    JsonNode mergeable = root == null ? null : root.get("mergeable");
    if (mergeable == null || !mergeable.isObject() || !root.path("users").canConvertToLong()) {
      throw new IllegalArgumentException(
          "expected a summary.json of earshot load with 'users' and 'mergeable', found neither");
    }
    LoadResults results = new LoadResults();
    results.addUsers(root.get("users").asLong());
    for (Iterator<Map.Entry<String, JsonNode>> it = mergeable.path("histograms").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      results.add(LoadMetric.named(e.getKey()), decode(e.getKey(), e.getValue().asText()));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = mergeable.path("ratios").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode c = e.getValue();
      if (!c.isArray()
          || c.size() != 2
          || !c.get(0).canConvertToLong()
          || !c.get(1).canConvertToLong()) {
        throw new IllegalArgumentException(
            "mergeable.ratios." + e.getKey() + ": expected [good, total], found " + c);
      }
      results.count(LoadMetric.named(e.getKey()), c.get(0).asLong(), c.get(1).asLong());
    }
    return results;
  }

  /** A number to 4 decimals, or null when nothing was measured. */
  private static void number(ObjectNode n, String key, double v) {
    if (Double.isFinite(v)) {
      n.put(key, Math.round(v * 10_000) / 10_000.0);
    } else {
      n.putNull(key);
    }
  }

  private static String encode(Histogram h) {
    ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoCompressedByteBuffer(buffer);
    return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
  }

  private static Histogram decode(String metric, String base64) {
    try {
      return Histogram.decodeFromCompressedByteBuffer(
          ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
    } catch (DataFormatException | RuntimeException e) {
      throw new IllegalArgumentException(
          "mergeable.histograms."
              + metric
              + ": expected a compressed HdrHistogram in base64, found"
              + " one that does not decode ("
              + e.getMessage()
              + ")");
    }
  }
}
