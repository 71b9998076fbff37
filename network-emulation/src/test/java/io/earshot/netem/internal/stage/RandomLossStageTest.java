package io.earshot.netem.internal.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomLossStageTest {

  private static final int N = 100_000;
  private static final double Z = 4.0;

  /** Spec section 4: |p_hat - p| <= z sqrt(p(1-p)/n) + 1/n with z = 4, for a fixed seed. */
  @ParameterizedTest
  @ValueSource(doubles = {0.01, 0.05, 0.2, 0.5})
  void lossRateMatchesTheConfiguredProbability(double p) {
    RandomLossStage stage =
        new RandomLossStage(() -> new RandomLossConfig(p), new Xoshiro256StarStar(2024));
    PacketFate fate = new PacketFate();
    int lost = 0;
    for (int i = 0; i < N; i++) {
      stage.apply(fate.reset(i, 100, 0));
      if (fate.isDropped()) {
        assertEquals(DropCause.LOSS, fate.dropCause());
        lost++;
      }
    }
    double observed = (double) lost / N;
    double bound = Z * Math.sqrt(p * (1 - p) / N) + 1.0 / N;
    assertEquals(p, observed, bound, "observed loss " + observed);
  }

  @Test
  void zeroNeverDropsAndOneAlwaysDrops() {
    PacketFate fate = new PacketFate();
    RandomLossStage never =
        new RandomLossStage(() -> RandomLossConfig.NONE, new Xoshiro256StarStar(1));
    RandomLossStage always =
        new RandomLossStage(() -> new RandomLossConfig(1.0), new Xoshiro256StarStar(1));
    for (int i = 0; i < 10_000; i++) {
      never.apply(fate.reset(i, 10, 0));
      assertFalse(fate.isDropped());
      always.apply(fate.reset(i, 10, 0));
      assertTrue(fate.isDropped());
    }
  }

  @Test
  void drawsExactlyOnePerPacketEvenWhenAlreadyDropped() {
    Xoshiro256StarStar random = new Xoshiro256StarStar(9);
    Xoshiro256StarStar shadow = new Xoshiro256StarStar(9);
    RandomLossStage stage = new RandomLossStage(() -> new RandomLossConfig(0.3), random);
    PacketFate fate = new PacketFate();
    for (int i = 0; i < 100; i++) {
      fate.reset(i, 10, 0);
      if (i % 3 == 0) {
        fate.drop(DropCause.OUTAGE);
      }
      stage.apply(fate);
      shadow.nextLong();
      if (i % 3 == 0) {
        assertEquals(DropCause.OUTAGE, fate.dropCause(), "first cause wins");
      }
    }
    assertEquals(shadow.nextLong(), random.nextLong());
  }

  @Test
  void aChangedProbabilityAppliesFromTheNextPacket() {
    AtomicReference<RandomLossConfig> config = new AtomicReference<>(RandomLossConfig.NONE);
    RandomLossStage stage = new RandomLossStage(config::get, new Xoshiro256StarStar(5));
    PacketFate fate = new PacketFate();
    stage.apply(fate.reset(0, 10, 0));
    assertFalse(fate.isDropped());
    config.set(new RandomLossConfig(1.0));
    stage.apply(fate.reset(1, 10, 0));
    assertTrue(fate.isDropped());
  }
}
