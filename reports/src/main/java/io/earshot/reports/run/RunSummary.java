package io.earshot.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earshot.reports.KeyFigures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code summary.json}: the run for machines (nightly jobs, dashboards) without the HTML. Read from
 * the Allure results: each scenario's status, duration, seed, mode, replay command, first line of
 * its failure, and the key figures its report carries. A scenario passes only when it passed; every
 * other status but skipped counts as failed, as on the console.
 */
public final class RunSummary {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunSummary() {}

  /** Writes the summary of {@code results} to {@code file}; returns it. */
  public static ObjectNode write(Path results, Path file) throws IOException {
    ObjectNode summary = of(results);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, summary.toPrettyString() + "\n", StandardCharsets.UTF_8);
    return summary;
  }

  /** The summary of the results in {@code results}. */
  public static ObjectNode of(Path results) throws IOException {
    List<JsonNode> tests = new ArrayList<>();
    Map<String, JsonNode> figuresByTest = new HashMap<>();
    try (Stream<Path> files = Files.list(results)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith("-result.json")) {
          tests.add(JSON.readTree(f.toFile()));
        } else if (name.endsWith("-container.json")) {
          JsonNode container = JSON.readTree(f.toFile());
          JsonNode figures = figures(results, container.path("afters"));
          if (figures != null) {
            container.path("children").forEach(c -> figuresByTest.put(c.asText(), figures));
          }
        }
      }
    }
    tests.sort(
        Comparator.comparing((JsonNode t) -> t.path("fullName").asText())
            .thenComparing(t -> t.path("name").asText()));
    ObjectNode root = JSON.createObjectNode();
    ArrayNode scenarios = JSON.createArrayNode();
    Map<String, Integer> byStatus = new TreeMap<>();
    int passed = 0;
    int skipped = 0;
    for (JsonNode t : tests) {
      String status = t.path("status").asText("unknown");
      byStatus.merge(status, 1, Integer::sum);
      passed += status.equals("passed") ? 1 : 0;
      skipped += status.equals("skipped") ? 1 : 0;
      // The figures are the test case's own attachment; older results had them in a hook.
      JsonNode own = figures(results, JSON.createArrayNode().add(t));
      scenarios.add(scenario(t, own != null ? own : figuresByTest.get(t.path("uuid").asText())));
    }
    root.put("passed", passed);
    root.put("failed", tests.size() - passed - skipped);
    root.put("skipped", skipped);
    root.put("total", tests.size());
    ObjectNode statuses = root.putObject("statuses");
    byStatus.forEach(statuses::put);
    root.set("scenarios", scenarios);
    return root;
  }

  private static ObjectNode scenario(JsonNode t, JsonNode figures) {
    ObjectNode s = JSON.createObjectNode();
    s.put("name", t.path("name").asText());
    s.put("feature", label(t, "feature"));
    s.put("status", t.path("status").asText("unknown"));
    s.put("durationMs", t.path("stop").asLong(0) - t.path("start").asLong(0));
    for (JsonNode p : t.path("parameters")) {
      switch (p.path("name").asText()) {
        case "seed" -> s.put("seed", p.path("value").asLong());
        case "time mode" -> s.put("mode", p.path("value").asText());
        case "replay" -> s.put("replay", p.path("value").asText());
        default -> {}
      }
    }
    String message = t.path("statusDetails").path("message").asText("");
    if (!message.isEmpty()) {
      s.put("message", message.lines().findFirst().orElse(""));
    }
    if (figures != null) {
      s.set("figures", figures);
    }
    return s;
  }

  private static String label(JsonNode t, String name) {
    for (JsonNode l : t.path("labels")) {
      if (l.path("name").asText().equals(name)) {
        return l.path("value").asText();
      }
    }
    return "";
  }

  /** The "key figures" attachment among these steps (or fixtures) and their sub-steps, if any. */
  private static JsonNode figures(Path results, JsonNode steps) {
    for (JsonNode step : steps) {
      for (JsonNode a : step.path("attachments")) {
        if (a.path("name").asText().equals(KeyFigures.ATTACHMENT)) {
          try {
            return JSON.readTree(results.resolve(a.path("source").asText()).toFile());
          } catch (IOException e) {
            return JSON.createObjectNode().put("error", "unreadable: " + e.getMessage());
          }
        }
      }
      JsonNode nested = figures(results, step.path("steps"));
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }
}
