package io.earshot.netem.internal.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedDerivationTest {

  @Test
  void fnv1a64MatchesThePublishedTestVectors() {
    assertEquals(0xcbf29ce484222325L, fnv(""));
    assertEquals(0xaf63dc4c8601ec8cL, fnv("a"));
    assertEquals(0x85944171f73967e8L, fnv("foobar"));
  }

  /**
   * Pinned (computed independently from the algorithm); a change here changes every scenario's
   * impairments, so only on purpose.
   */
  @Test
  void derivedSeedsArePinned() {
    long oneLabel = SplitMix64.mix(SplitMix64.mix(42) ^ fnv("alice"));
    assertEquals(oneLabel, SeedDerivation.derive(42, "alice"));
    assertEquals(0xca033408041296deL, SeedDerivation.derive(42, "alice", "uplink", "loss"));
  }

  @Test
  void labelBoundariesMatter() {
    assertNotEquals(SeedDerivation.derive(1, "ab", "c"), SeedDerivation.derive(1, "a", "bc"));
    assertNotEquals(SeedDerivation.derive(1, "abc"), SeedDerivation.derive(1, "ab", "c"));
    assertNotEquals(SeedDerivation.derive(1, "a", "b"), SeedDerivation.derive(1, "b", "a"));
  }

  @Test
  void nearbySeedsAndLabelsGiveDistinctSeeds() {
    Set<Long> seen = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      for (String user : new String[] {"alice", "bob", "carol"}) {
        for (String stage : new String[] {"loss", "delay"}) {
          seen.add(SeedDerivation.derive(seed, user, stage));
        }
      }
    }
    assertEquals(50 * 3 * 2, seen.size());
  }

  @Test
  void labelsAreHashedAsUtf8() {
    // "é" is two UTF-8 bytes; a Latin-1 or UTF-16 hash would differ.
    long expected =
        SplitMix64.mix(
            SplitMix64.mix(5)
                ^ SeedDerivation.fnv1a64(
                    SeedDerivation.FNV_OFFSET_BASIS, new byte[] {(byte) 0xC3, (byte) 0xA9}));
    assertEquals(expected, SeedDerivation.derive(5, "é"));
  }

  private static long fnv(String text) {
    return SeedDerivation.fnv1a64(
        SeedDerivation.FNV_OFFSET_BASIS, text.getBytes(StandardCharsets.UTF_8));
  }
}
