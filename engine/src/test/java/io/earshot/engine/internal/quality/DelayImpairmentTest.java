package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelayImpairmentTest {

  /** §3.2 table, simplified row; the table prints 2 decimals. */
  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "100, 2.40",
    "150, 3.60",
    "200, 7.30",
    "250, 14.00",
    "300, 20.70",
    "400, 34.10"
  })
  void simplifiedTable(double ta, double id) {
    assertEquals(id, DelayImpairment.simplified(ta), 0.005);
  }

  @Test
  void simplifiedIsTheLinearPublishedFormNotTheSquareRootVariant() {
    assertEquals(0.024 * 300 + 0.11 * (300 - 177.3), DelayImpairment.simplified(300), 1e-12);
    assertEquals(0.024 * 177.3, DelayImpairment.simplified(177.3), 1e-12); // continuous at the knee
  }

  @Test
  void simplifiedRefusesNegativeDelay() {
    assertThrows(IllegalArgumentException.class, () -> DelayImpairment.simplified(-0.1));
    assertThrows(IllegalArgumentException.class, () -> DelayImpairment.simplified(Double.NaN));
  }

  @Test
  void simplifiedGrowsWithDelay() {
    double previous = -1;
    for (int ta = 0; ta <= 1000; ta += 10) {
      double id = DelayImpairment.simplified(ta);
      assertTrue(id > previous);
      previous = id;
    }
  }
}
