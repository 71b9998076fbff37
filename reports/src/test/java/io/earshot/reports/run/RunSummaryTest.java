package io.earshot.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json counts as the console does and carries each scenario's figures. */
class RunSummaryTest {
  @TempDir Path dir;

  @Test
  void countsStatusesAndGathersKeyFiguresFromTheHooksContainer() throws Exception {
    Files.writeString(
        dir.resolve("a-result.json"),
        "{\"uuid\":\"a\",\"name\":\"passes\",\"fullName\":\"f:1\",\"status\":\"passed\",\"start\":1000,"
            + "\"stop\":3500,\"parameters\":[{\"name\":\"seed\",\"value\":\"42\"},"
            + "{\"name\":\"time mode\",\"value\":\"SIMULATED\"},{\"name\":\"replay\",\"value\":\"./earshot run x\"}],"
            + "\"labels\":[{\"name\":\"feature\",\"value\":\"F\"}]}");
    Files.writeString(
        dir.resolve("b-result.json"),
        "{\"uuid\":\"b\",\"name\":\"fails\",\"fullName\":\"f:2\",\"status\":\"failed\",\"start\":0,\"stop\":10,"
            + "\"statusDetails\":{\"message\":\"expected this\\nand more\"},"
            + "\"attachments\":[{\"name\":\"key figures\",\"source\":\"b-attachment.json\"}]}");
    Files.writeString(dir.resolve("b-attachment.json"), "{\"breaks\":1}");
    Files.writeString(
        dir.resolve("c-result.json"),
        "{\"uuid\":\"c\",\"name\":\"undefined\",\"fullName\":\"f:3\",\"status\":\"broken\"}");
    Files.writeString(
        dir.resolve("k-container.json"),
        "{\"children\":[\"a\"],\"afters\":[{\"name\":\"attach\",\"attachments\":"
            + "[{\"name\":\"key figures\",\"source\":\"k-attachment.json\"}]}]}");
    Files.writeString(dir.resolve("k-attachment.json"), "{\"breaks\":3}");
    JsonNode s =
        new ObjectMapper()
            .readTree(RunSummary.write(dir, dir.resolve("out/summary.json")).toString());
    assertEquals(1, s.path("passed").asInt());
    assertEquals(2, s.path("failed").asInt());
    assertEquals(3, s.path("total").asInt());
    JsonNode first = s.path("scenarios").get(0);
    assertEquals("passes", first.path("name").asText());
    assertEquals(2500, first.path("durationMs").asLong());
    assertEquals(42, first.path("seed").asLong());
    assertEquals("./earshot run x", first.path("replay").asText());
    assertEquals(3, first.path("figures").path("breaks").asInt());
    assertEquals("expected this", s.path("scenarios").get(1).path("message").asText());
    assertEquals(1, s.path("scenarios").get(1).path("figures").path("breaks").asInt());
    assertEquals(true, Files.isRegularFile(dir.resolve("out/summary.json")));
  }
}
