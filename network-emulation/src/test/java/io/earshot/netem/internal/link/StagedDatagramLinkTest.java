package io.earshot.netem.internal.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import io.earshot.netem.PacketDecision;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.internal.stage.FifoOrderStage;
import io.earshot.netem.internal.stage.JitterDelayStage;
import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.OutageGateStage;
import io.earshot.netem.internal.stage.RandomLossConfig;
import io.earshot.netem.internal.stage.RandomLossStage;
import io.earshot.netem.profile.DelayModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StagedDatagramLinkTest {

  private static final long MS = 1_000_000L;

  private final DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
  private final AtomicReference<RandomLossConfig> loss =
      new AtomicReference<>(RandomLossConfig.NONE);
  private final AtomicReference<DelayModel> delay = new AtomicReference<>(DelayModel.NONE);
  private final OutageGate gate = new OutageGate();
  private final DatagramCounters counters = new DatagramCounters();
  private final DecisionLog log = new DecisionLog();
  private final List<byte[]> delivered = new ArrayList<>();
  private final List<Long> deliveredAt = new ArrayList<>();

  private StagedDatagramLink link(DeterministicTestScheduler on) {
    return new StagedDatagramLink(
        Direction.UPLINK,
        on,
        List.of(
            new OutageGateStage(gate),
            new RandomLossStage(loss::get, new Xoshiro256StarStar(11)),
            new JitterDelayStage(delay::get, new Xoshiro256StarStar(12)),
            new FifoOrderStage()),
        counters,
        log,
        datagram -> {
          delivered.add(datagram);
          deliveredAt.add(on.nowNanos());
        });
  }

  @Test
  void deliversAfterExactlyTheConfiguredDelay() {
    delay.set(DelayModel.fixed(Duration.ofMillis(30)));
    StagedDatagramLink link = link(scheduler);
    scheduler.runUntil(5 * MS);
    link.send(new byte[] {1});

    scheduler.runUntil(35 * MS - 1);
    assertEquals(0, delivered.size());
    scheduler.runUntil(35 * MS);
    assertEquals(List.of(35 * MS), deliveredAt);
  }

  @Test
  void zeroDelayIsStillScheduledNotDeliveredInsideSend() {
    StagedDatagramLink link = link(scheduler);
    byte[] payload = {9, 9};
    link.send(payload);
    assertEquals(0, delivered.size(), "delivery must never run inside send()");
    scheduler.runUntil(0);
    assertEquals(1, delivered.size());
    assertSame(payload, delivered.get(0), "the sink receives the sender's array, no copy");
  }

  @Test
  void keepsFifoOrderWhenTheDelayDropsAtRuntime() {
    delay.set(DelayModel.fixed(Duration.ofMillis(100)));
    StagedDatagramLink link = link(scheduler);
    link.send(new byte[] {0});
    scheduler.runUntil(10 * MS);
    delay.set(DelayModel.fixed(Duration.ofMillis(20)));
    link.send(new byte[] {1});
    scheduler.runUntil(200 * MS);

    assertEquals(List.of(0, 1), delivered.stream().map(b -> (int) b[0]).toList());
    assertEquals(List.of(100 * MS, 100 * MS), deliveredAt, "second held to the first");
    assertEquals(1, counters.snapshot().orderClamped());
  }

  @Test
  void deliveryOrderDoesNotDependOnTheOrderOfTiedTasks() {
    DeterministicTestScheduler reversed = new DeterministicTestScheduler(true);
    StagedDatagramLink link = link(reversed);
    for (int i = 0; i < 5; i++) {
      link.send(new byte[] {(byte) i});
    }
    reversed.runUntil(0);
    assertEquals(List.of(0, 1, 2, 3, 4), delivered.stream().map(b -> (int) b[0]).toList());
  }

  @Test
  void aParameterChangeLeavesPacketsInFlightAlone() {
    delay.set(DelayModel.fixed(Duration.ofMillis(50)));
    StagedDatagramLink link = link(scheduler);
    link.send(new byte[] {0});
    loss.set(new RandomLossConfig(1.0));
    delay.set(DelayModel.fixed(Duration.ofMillis(500)));
    link.send(new byte[] {1});
    scheduler.runUntil(50 * MS);

    assertEquals(1, delivered.size(), "the packet sent before the change is still delivered");
    assertEquals(List.of(50 * MS), deliveredAt, "with the delay it was given");
    assertEquals(1, counters.snapshot().dropped(DropCause.LOSS));
  }

  @Test
  void dropsWithCauseOutageWhileDown() {
    StagedDatagramLink link = link(scheduler);
    link.send(new byte[] {0});
    gate.goDown();
    link.send(new byte[] {1});
    link.send(new byte[] {2});
    gate.comeBack();
    link.send(new byte[] {3});
    scheduler.runUntilIdle();

    assertEquals(List.of(0, 3), delivered.stream().map(b -> (int) b[0]).toList());
    DatagramStats stats = counters.snapshot();
    assertEquals(4, stats.offered());
    assertEquals(2, stats.delivered());
    assertEquals(2, stats.dropped(DropCause.OUTAGE));
    assertEquals(0, stats.dropped(DropCause.LOSS));
    assertEquals(0, stats.inFlight());
  }

  @Test
  void countsBytesAndInFlightPackets() {
    delay.set(DelayModel.fixed(Duration.ofMillis(10)));
    StagedDatagramLink link = link(scheduler);
    link.send(new byte[100]);
    link.send(new byte[60]);
    DatagramStats before = counters.snapshot();
    assertEquals(2, before.inFlight());
    assertEquals(160, before.bytesOffered());
    assertEquals(0, before.bytesDelivered());

    scheduler.runUntilIdle();
    DatagramStats after = counters.snapshot();
    assertEquals(160, after.bytesDelivered());
    assertEquals(0, after.maxLatenessNanos(), "virtual time is never late");
    assertTrue(after.render().contains("offered=2 delivered=2"), after.render());
  }

  @Test
  void decisionLogIsOffByDefaultAndBoundedWhenOn() {
    loss.set(new RandomLossConfig(0.5));
    delay.set(DelayModel.fixed(Duration.ofMillis(1)));
    StagedDatagramLink link = link(scheduler);
    link.send(new byte[1]);
    assertEquals(List.of(), log.entries());

    log.enable(3);
    for (int i = 0; i < 5; i++) {
      link.send(new byte[i + 10]);
    }
    List<PacketDecision> entries = log.entries();
    assertEquals(3, entries.size());
    assertEquals(2, log.omitted());
    assertEquals(List.of(1L, 2L, 3L), entries.stream().map(PacketDecision::index).toList());
    for (PacketDecision decision : entries) {
      if (decision.delivered()) {
        assertEquals(decision.sentAtNanos() + MS, decision.deliverAtNanos());
      } else {
        assertEquals(DropCause.LOSS, decision.droppedBy());
        assertEquals(-1, decision.deliverAtNanos());
      }
    }
    assertArrayEquals(
        new int[] {10, 11, 12}, entries.stream().mapToInt(PacketDecision::sizeBytes).toArray());
  }
}
