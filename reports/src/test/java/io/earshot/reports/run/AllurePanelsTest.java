package io.earshot.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Categories separate the four kinds of failure (each message lands in exactly one, matched as
 * Allure matches: the whole message, by status); environment and executor say what ran.
 */
class AllurePanelsTest {
  @TempDir Path dir;

  private List<String> categoriesOf(String status, String message) throws Exception {
    List<String> names = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(AllurePanels.categories())) {
      boolean statusMatches = false;
      for (JsonNode s : c.path("matchedStatuses")) {
        statusMatches |= s.asText().equals(status);
      }
      if (statusMatches
          && Pattern.compile(c.path("messageRegex").asText()).matcher(message).matches()) {
        names.add(c.path("name").asText());
      }
    }
    return names;
  }

  @Test
  void eachKindOfFailureFallsInExactlyOneCategory() throws Exception {
    assertEquals(
        List.of(AllurePanels.UNDEFINED),
        categoriesOf(
            "failed",
            "x.feature:4: Then \"bob\" heers stream\n  no sentence of the vocabulary reads like this\n"
                + "(found when the feature was read: no step of this scenario ran)"));
    assertEquals(
        List.of(AllurePanels.PRODUCT),
        categoriesOf(
            "failed", "expected \"alice\" to receive onRoomStateChanged KICK_OUT within 1 s\n..."));
    assertEquals(
        List.of(AllurePanels.HARNESS),
        categoriesOf("broken", "the scheduler fell 300 ms behind real time: overloaded"));
    assertEquals(
        List.of(AllurePanels.TIMEOUT),
        categoriesOf("broken", "java.util.concurrent.TimeoutException: step timed out after 2 m"));
  }

  @Test
  void environmentAndExecutorNameTheRun() throws Exception {
    RunInfo info =
        RunInfo.builder("earshot run")
            .command("earshot run x.feature")
            .mode("simulated")
            .seed("7")
            .build();
    AllurePanels.write(dir, info, 3);
    Properties env = new Properties();
    env.load(Files.newBufferedReader(dir.resolve("environment.properties")));
    for (String key :
        List.of("Earshot.version", "Earshot.commit", "Java", "OS", "CPUs", "Time.mode", "Seed")) {
      assertTrue(env.containsKey(key), key + " in " + env);
    }
    assertEquals("7", env.getProperty("Seed"));
    assertEquals(
        String.valueOf(Runtime.getRuntime().availableProcessors()), env.getProperty("CPUs"));
    JsonNode executor = new ObjectMapper().readTree(dir.resolve("executor.json").toFile());
    assertEquals(3, executor.path("buildOrder").asInt());
    assertEquals("earshot run #3", executor.path("buildName").asText());
    assertTrue(Files.isRegularFile(dir.resolve("categories.json")));
  }
}
