package io.earshot.reports.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the panels of Allure's overview that a results folder leaves empty: Categories ({@code
 * categories.json}: a product failure, a harness failure, an undefined or refused sentence, a
 * timeout), Environment ({@code environment.properties}) and Executors ({@code executor.json}).
 */
public final class AllurePanels {
  /**
   * A scenario refused when its feature was read (a sentence that matches no step, a bad value).
   */
  public static final String UNDEFINED = "Undefined or refused sentence";

  /** A wait of the harness ran out (not a "within" of the product: that is a product failure). */
  public static final String TIMEOUT = "Timeout of the harness";

  /** The harness broke: an exception that is no assertion (overload, infrastructure, a bug). */
  public static final String HARNESS = "Harness failure (overload, infrastructure)";

  /** The product did not do what a callback or quality assertion expected. */
  public static final String PRODUCT = "Product failure (callback or quality assertion)";

  private static final String READ_TIME = "found when the feature was read";
  private static final String TIMED_OUT = "timed out|TimeoutException|did not finish within";
  private static final ObjectMapper JSON = new ObjectMapper();

  private AllurePanels() {}

  /**
   * Writes the three files into {@code results}; {@code buildOrder} numbers this run's trend point.
   */
  public static void write(Path results, RunInfo info, int buildOrder) throws IOException {
    Files.createDirectories(results);
    Files.writeString(results.resolve("categories.json"), categories(), StandardCharsets.UTF_8);
    Files.writeString(
        results.resolve("environment.properties"), environment(info), StandardCharsets.UTF_8);
    Files.writeString(
        results.resolve("executor.json"), executor(info, buildOrder), StandardCharsets.UTF_8);
  }

  static String categories() {
    ArrayNode all = JSON.createArrayNode();
    category(all, UNDEFINED, "(?s).*(" + READ_TIME + "|[Uu]ndefined step).*", "failed", "broken");
    category(
        all, TIMEOUT, "(?s)(?!.*" + READ_TIME + ").*(" + TIMED_OUT + ").*", "failed", "broken");
    category(all, HARNESS, "(?s)(?!.*(" + TIMED_OUT + ")).*", "broken");
    category(all, PRODUCT, "(?s)(?!.*" + READ_TIME + ")(?!.*(" + TIMED_OUT + ")).*", "failed");
    return all.toPrettyString();
  }

  private static void category(ArrayNode all, String name, String regex, String... statuses) {
    ObjectNode c = all.addObject();
    c.put("name", name);
    c.put("messageRegex", regex);
    ArrayNode s = c.putArray("matchedStatuses");
    List.of(statuses).forEach(s::add);
  }

  static String environment(RunInfo info) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("Earshot.version", EarshotBuild.version());
    env.put("Earshot.commit", EarshotBuild.commit(info.home()));
    env.put(
        "Java",
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    env.put(
        "OS",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    env.put("CPUs", String.valueOf(Runtime.getRuntime().availableProcessors()));
    env.put("Time.mode", info.mode());
    env.put("Seed", info.seed());
    StringBuilder out = new StringBuilder();
    env.forEach((k, v) -> out.append(k).append('=').append(escape(v)).append('\n'));
    return out.toString();
  }

  static String executor(RunInfo info, int buildOrder) {
    ObjectNode e = JSON.createObjectNode();
    e.put("name", info.executor());
    e.put("type", "earshot");
    e.put("buildOrder", buildOrder);
    e.put("buildName", info.executor() + " #" + buildOrder);
    e.put("reportName", "Earshot: " + info.command());
    return e.toPrettyString();
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') {
        out.append('\\');
      }
      out.append(c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
