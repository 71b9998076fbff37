package io.earshot.netem.internal.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DropCause;
import org.junit.jupiter.api.Test;

class FifoOrderStageTest {

  private final FifoOrderStage stage = new FifoOrderStage();
  private final PacketFate fate = new PacketFate();

  @Test
  void aPacketThatWouldOvertakeIsHeldToThePreviousDelivery() {
    fate.reset(0, 1, 0).delayBy(100);
    stage.apply(fate);
    assertFalse(fate.orderClamped());

    fate.reset(1, 1, 10).delayBy(20);
    stage.apply(fate);
    assertTrue(fate.orderClamped());
    assertEquals(100, fate.deliverAtNanos());

    fate.reset(2, 1, 200).delayBy(20);
    stage.apply(fate);
    assertFalse(fate.orderClamped());
    assertEquals(220, fate.deliverAtNanos());
  }

  @Test
  void droppedPacketsDoNotMoveTheClamp() {
    fate.reset(0, 1, 0).delayBy(100);
    fate.drop(DropCause.LOSS);
    stage.apply(fate);

    fate.reset(1, 1, 10).delayBy(20);
    stage.apply(fate);
    assertFalse(fate.orderClamped());
    assertEquals(30, fate.deliverAtNanos());
  }
}
