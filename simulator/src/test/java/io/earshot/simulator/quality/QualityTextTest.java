package io.earshot.simulator.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QualityTextTest {
  @Test
  void aLatencyWithoutEstimatesSaysSo() {
    assertEquals("66.4 ms", QualityText.ms(66.43));
    assertEquals("no latency estimate", QualityText.ms(Double.NaN));
  }

  @Test
  void ordinals() {
    assertEquals("1st", QualityText.ordinal(1));
    assertEquals("12th", QualityText.ordinal(12));
    assertEquals("95th", QualityText.ordinal(95));
    assertEquals("99.9th", QualityText.ordinal(99.9));
  }
}
