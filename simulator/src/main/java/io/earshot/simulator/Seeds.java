package io.earshot.simulator;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent seeds from the scenario seed and a path of labels ("user", "alice",
 * "engine"), with FNV-1a over the labels and SplitMix64 mixing: stable across JDKs and runs, and
 * independent of the order in which things are created.
 */
public final class Seeds {
  private Seeds() {}

  public static long derive(long seed, String... labels) {
    long h = seed;
    for (String label : labels) {
      long f = 0xcbf29ce484222325L;
      for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
        f = (f ^ (b & 0xff)) * 0x100000001b3L;
      }
      h = mix(h ^ f);
    }
    return h;
  }

  static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
