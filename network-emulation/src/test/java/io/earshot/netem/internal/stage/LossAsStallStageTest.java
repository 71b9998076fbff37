package io.earshot.netem.internal.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LossAsStallStageTest {

  private static final Duration RTO = LossAsStallStage.DEFAULT_RTO;

  @Test
  void aLostChunkIsHeldForOneRetransmissionTimeout() {
    LossAsStallStage stage =
        new LossAsStallStage(() -> new RandomLossConfig(1.0), new Xoshiro256StarStar(1), RTO);
    PacketFate fate = new PacketFate().reset(0, 5000, 1_000);
    stage.apply(fate);
    assertTrue(fate.lossStalled());
    assertFalse(fate.isDropped(), "a stream never drops");
    assertEquals(1_000 + 200_000_000L, fate.deliverAtNanos(), "one RTO, however many losses");
  }

  @Test
  void noLossNoStall() {
    LossAsStallStage stage =
        new LossAsStallStage(() -> RandomLossConfig.NONE, new Xoshiro256StarStar(1), RTO);
    PacketFate fate = new PacketFate().reset(0, 5000, 7);
    stage.apply(fate);
    assertFalse(fate.lossStalled());
    assertEquals(7, fate.deliverAtNanos());
  }

  @Test
  void drawsOnePerSegment() {
    assertEquals(1, LossAsStallStage.segments(0));
    assertEquals(1, LossAsStallStage.segments(1460));
    assertEquals(2, LossAsStallStage.segments(1461));
    assertEquals(4, LossAsStallStage.segments(5000));

    Xoshiro256StarStar random = new Xoshiro256StarStar(8);
    Xoshiro256StarStar shadow = new Xoshiro256StarStar(8);
    LossAsStallStage stage = new LossAsStallStage(() -> new RandomLossConfig(0.5), random, RTO);
    stage.apply(new PacketFate().reset(0, 5000, 0));
    for (int i = 0; i < 4; i++) {
      shadow.nextLong();
    }
    assertEquals(shadow.nextLong(), random.nextLong());
  }

  @Test
  void stallRateOfSingleSegmentChunksIsTheLossProbability() {
    double p = 0.05;
    int n = 100_000;
    LossAsStallStage stage =
        new LossAsStallStage(() -> new RandomLossConfig(p), new Xoshiro256StarStar(77), RTO);
    PacketFate fate = new PacketFate();
    int stalls = 0;
    for (int i = 0; i < n; i++) {
      stage.apply(fate.reset(i, 200, 0));
      stalls += fate.lossStalled() ? 1 : 0;
    }
    assertEquals(p, (double) stalls / n, 4 * Math.sqrt(p * (1 - p) / n) + 1.0 / n);
  }

  @Test
  void rejectsANonPositiveTimeout() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new LossAsStallStage(
                    () -> RandomLossConfig.NONE, new Xoshiro256StarStar(1), Duration.ZERO));
    assertTrue(e.getMessage().contains("must be > 0"), e.getMessage());
  }
}
