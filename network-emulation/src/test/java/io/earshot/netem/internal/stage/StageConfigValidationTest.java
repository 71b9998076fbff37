package io.earshot.netem.internal.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.profile.DelayModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StageConfigValidationTest {

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.0001, Double.NaN, Double.POSITIVE_INFINITY, -1})
  void lossOutsideZeroToOneIsRejectedNamingTheRange(double p) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RandomLossConfig(p));
    assertTrue(e.getMessage().contains("[0, 1]"), e.getMessage());
    assertTrue(e.getMessage().contains("found " + p), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.5, 1.0})
  void lossBoundsAreAccepted(double p) {
    assertEquals(p, new RandomLossConfig(p).probability());
  }

  @Test
  void negativeDelayIsRejectedNamingTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DelayModel.fixed(Duration.ofMillis(-5)));
    assertTrue(e.getMessage().contains("[0 ms, 3600000 ms], found -5 ms"), e.getMessage());
    IllegalArgumentException raw =
        assertThrows(
            IllegalArgumentException.class, () -> new DelayModel(Duration.ofNanos(-1), null, 0.0));
    assertTrue(raw.getMessage().contains("[0 ms, 3600000 ms]"), raw.getMessage());
  }

  @Test
  void delayOverOneHourIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DelayModel.fixed(Duration.ofHours(2)));
    assertTrue(e.getMessage().contains("found 7200000 ms"), e.getMessage());
  }
}
