package io.earshot.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded feature run twice in one JVM, through Cucumber and the shipped steps, writes
 * byte-identical timeline files; another seed changes the network's decisions (and so the files).
 */
class SameSeedSameTimelinesTest {
  private static final Path FEATURE = Path.of("network/cause-and-effect.feature");

  private static List<Path> run(Path timelines, long seed) throws IOException {
    String[] keys = {"earshot.timelines.dir", "earshot.mode", "earshot.seed"};
    String[] saved = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      saved[i] = System.getProperty(keys[i]);
    }
    System.setProperty("earshot.timelines.dir", timelines.toString());
    System.setProperty("earshot.mode", "simulated");
    System.setProperty("earshot.seed", String.valueOf(seed));
    try {
      byte status =
          Main.run(
              new String[] {
                "--glue",
                "io.earshot.features.steps",
                "--plugin",
                "summary",
                "--plugin",
                "io.earshot.features.steps.StepNotesPlugin",
                "--monochrome",
                FEATURE.toAbsolutePath().toString()
              },
              Thread.currentThread().getContextClassLoader());
      assertEquals(0, status, "the feature failed with seed " + seed);
    } finally {
      for (int i = 0; i < keys.length; i++) {
        if (saved[i] == null) {
          System.clearProperty(keys[i]);
        } else {
          System.setProperty(keys[i], saved[i]);
        }
      }
    }
    try (Stream<Path> files = Files.list(timelines)) {
      return files.sorted().toList();
    }
  }

  @Test
  void sameSeedTwiceGivesIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    List<Path> first = run(dir.resolve("first"), 42);
    List<Path> second = run(dir.resolve("second"), 42);
    List<Path> other = run(dir.resolve("other"), 7);
    assertTrue(first.size() >= 2, "one file per scenario: " + first);
    assertEquals(
        first.stream().map(Path::getFileName).toList(),
        second.stream().map(Path::getFileName).toList());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(
          Files.readAllBytes(first.get(i)),
          Files.readAllBytes(second.get(i)),
          first.get(i).getFileName().toString());
      String withSeed42 = networkSection(first.get(i));
      String withSeed7 = networkSection(other.get(i));
      assertNotEquals(
          withSeed42,
          withSeed7,
          "the drop decisions should depend on the seed: " + first.get(i).getFileName());
    }
  }

  /**
   * The link counters below "# network", without the seed lines, so only the decisions are
   * compared.
   */
  private static String networkSection(Path file) throws IOException {
    String text = Files.readString(file);
    return text.substring(text.indexOf("# network")).replaceAll("\\(seed [^)]*\\)", "");
  }
}
