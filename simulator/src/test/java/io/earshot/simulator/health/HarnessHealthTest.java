package io.earshot.simulator.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Overload is more than 0.1% of the ticks late, and more than a hiccup's handful. */
class HarnessHealthTest {
  @Test
  void overloadNeedsTheShareAndMoreThanAHiccup() {
    assertFalse(HarnessHealth.overloaded(0, 0), "nothing ticked");
    assertFalse(HarnessHealth.overloaded(100_000, 100), "exactly 0.1% is still on time");
    assertTrue(HarnessHealth.overloaded(100_000, 101));
    assertFalse(HarnessHealth.overloaded(1_000, 24), "a JIT pause in a short scenario");
    assertTrue(HarnessHealth.overloaded(1_000, 25));
    HarnessHealth h = new HarnessHealth(10_000, 500, 120_000);
    assertEquals(0.95, h.onTimeRatio(), 1e-12);
    assertTrue(
        h.describe().startsWith("95.000% of 10000 clock ticks on time (500 more than 10 ms"));
    assertTrue(h.describe().endsWith("worst 120.0 ms): harness overloaded"), h.describe());
  }
}
