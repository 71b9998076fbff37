package io.earshot.features.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RealTimeWarmUpTest {
  @Test
  void theSwitchTurnsItOffAndRefusesOtherValues() {
    String before = System.getProperty(RealTimeWarmUp.PROPERTY);
    try {
      System.setProperty(RealTimeWarmUp.PROPERTY, "false");
      assertFalse(RealTimeWarmUp.once(1), "earshot.warmup=false must skip the warm-up");
      System.setProperty(RealTimeWarmUp.PROPERTY, "yes");
      assertEquals(
          "system property earshot.warmup must be true or false, was 'yes'",
          assertThrows(IllegalArgumentException.class, RealTimeWarmUp::wanted).getMessage());
    } finally {
      if (before == null) {
        System.clearProperty(RealTimeWarmUp.PROPERTY);
      } else {
        System.setProperty(RealTimeWarmUp.PROPERTY, before);
      }
    }
  }
}
