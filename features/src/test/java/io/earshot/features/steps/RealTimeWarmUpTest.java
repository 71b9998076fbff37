package io.earshot.features.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RealTimeWarmUpTest {
  @Test
  void theSwitchTurnsItOff() {
    String before = System.getProperty(RealTimeWarmUp.PROPERTY);
    System.setProperty(RealTimeWarmUp.PROPERTY, "false");
    try {
      assertFalse(RealTimeWarmUp.once(1), "earshot.warmup=false must skip the warm-up");
    } finally {
      if (before == null) {
        System.clearProperty(RealTimeWarmUp.PROPERTY);
      } else {
        System.setProperty(RealTimeWarmUp.PROPERTY, before);
      }
    }
  }
}
