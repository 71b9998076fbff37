package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossImpairmentTest {

  @Test
  void noLossLeavesTheCodecImpairment() {
    assertEquals(11, LossImpairment.effectiveIe(CodecImpairment.G729A_VAD, 0, 1));
  }

  @Test
  void followsTheFormulaWithConstant95() {
    double expected = 18.06 + (95 - 18.06) * 2 / (2 / 1.5 + 18.74);
    assertEquals(expected, LossImpairment.effectiveIe(18.06, 18.74, 2, 1.5), 1e-12);
  }

  @Test
  void burstierLossImpairsMoreAndEverythingLostApproaches95() {
    double random = LossImpairment.effectiveIe(CodecImpairment.G711_PLC, 5, 1);
    double bursty = LossImpairment.effectiveIe(CodecImpairment.G711_PLC, 5, 3);
    assertTrue(bursty > random);
    assertEquals(95, LossImpairment.effectiveIe(0, 1e-9, 100, 1), 1e-6);
  }

  @Test
  void refusesImpossibleInputs() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LossImpairment.effectiveIe(CodecImpairment.G711_PLC, -1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> LossImpairment.effectiveIe(CodecImpairment.G711_PLC, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new CodecImpairment(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> new CodecImpairment(0, 0));
  }
}
