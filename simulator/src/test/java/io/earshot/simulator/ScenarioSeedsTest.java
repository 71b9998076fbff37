package io.earshot.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.earshot.engine.random.SeededRandom;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The simulator derives every seed of a scenario (server, links, engines, tokens) with the engine's
 * derivation; these golden values pin it, because timeline files replay only while they hold.
 */
class ScenarioSeedsTest {
  @Test
  void scenarioSeedsAreStable() {
    assertEquals(-1904918294426475744L, SeededRandom.derive(42, "server"));
  }

  /** The documented algorithm, written out independently: FNV-1a of each label, one SplitMix64. */
  @Test
  void eachLabelIsOneFnvHashAndOneSplitMixStep() {
    long expected = 42;
    for (String label : new String[] {"user", "alice", "engine"}) {
      long h = 0xcbf29ce484222325L;
      for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ (b & 0xff)) * 0x100000001b3L;
      }
      long z = (expected ^ h) + 0x9E3779B97F4A7C15L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      expected = z ^ (z >>> 31);
    }
    assertEquals(expected, SeededRandom.derive(42, "user", "alice", "engine"));
  }

  @Test
  void everyLabelAndTheScenarioSeedMatter() {
    assertNotEquals(
        SeededRandom.derive(42, "user", "alice", "engine"),
        SeededRandom.derive(42, "user", "bob", "engine"));
    assertNotEquals(SeededRandom.derive(42, "server"), SeededRandom.derive(43, "server"));
    assertNotEquals(SeededRandom.derive(42, "ab", "c"), SeededRandom.derive(42, "a", "bc"));
  }
}
