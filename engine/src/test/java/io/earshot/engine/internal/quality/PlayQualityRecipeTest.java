package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlayQualityRecipeTest {

  @Test
  void peerToPeerDelayIsHalfOfEachRttPlusDwell() {
    assertEquals(40 + 3 + 25, PlayQualityRecipe.peerToPeerDelayMs(80, 3, 50), 1e-12);
  }

  @Test
  void mouthToEarAddsPlayoutAndCaptureAndCodec() {
    double delay = PlayQualityRecipe.playoutDelayMs(60);
    assertEquals(80, delay, 1e-12);
    double ta = PlayQualityRecipe.mouthToEarDelayMs(68, delay);
    assertEquals(68 + 80 + 26.5, ta, 1e-12);
  }

  @Test
  void endToEndLossCombinesIndependentLegs() {
    assertEquals(0.1 + 0.05 - 0.1 * 0.05, PlayQualityRecipe.endToEndLossRate(0.1, 0.05), 1e-12);
    assertEquals(0, PlayQualityRecipe.endToEndLossRate(0, 0));
    assertEquals(1, PlayQualityRecipe.endToEndLossRate(1, 0.3), 1e-12);
  }

  @Test
  void refusesImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> PlayQualityRecipe.endToEndLossRate(1.1, 0));
    assertThrows(IllegalArgumentException.class, () -> PlayQualityRecipe.playoutDelayMs(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> PlayQualityRecipe.peerToPeerDelayMs(Double.NaN, 0, 0));
  }
}
