package io.earshot.netem.internal.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.PacketDecision;
import io.earshot.netem.internal.random.RandomStreams;
import io.earshot.netem.internal.stage.FifoOrderStage;
import io.earshot.netem.internal.stage.JitterDelayStage;
import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.OutageGateStage;
import io.earshot.netem.internal.stage.PacketStage;
import io.earshot.netem.internal.stage.RandomLossConfig;
import io.earshot.netem.internal.stage.RandomLossStage;
import io.earshot.netem.profile.DelayModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each stage has its own stream, so adding a stage to a chain never shifts another's draws. */
class StageIndependenceTest {

  private final RandomStreams streams = new RandomStreams(42, "alice", "uplink", "datagram");

  @Test
  void addingADelayStageDoesNotChangeWhichPacketsAreLost() {
    List<Long> lossOnly = dropped(List.of(lossStage()));
    List<Long> fullChain =
        dropped(
            List.of(
                new OutageGateStage(new OutageGate()),
                lossStage(),
                new JitterDelayStage(
                    () -> DelayModel.fixed(Duration.ofMillis(30)),
                    streams.stream(JitterDelayStage.NAME)),
                new FifoOrderStage()));
    assertFalse(lossOnly.isEmpty());
    assertEquals(lossOnly, fullChain);
  }

  private RandomLossStage lossStage() {
    return new RandomLossStage(
        () -> new RandomLossConfig(0.1), streams.stream(RandomLossStage.NAME));
  }

  private static List<Long> dropped(List<PacketStage> stages) {
    DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
    DecisionLog log = new DecisionLog();
    log.enable(5_000);
    StagedDatagramLink link =
        new StagedDatagramLink(
            Direction.UPLINK, scheduler, stages, new DatagramCounters(), log, d -> {});
    for (int i = 0; i < 5_000; i++) {
      link.send(new byte[50]);
      scheduler.advance(20_000_000L);
    }
    return log.entries().stream().filter(d -> !d.delivered()).map(PacketDecision::index).toList();
  }
}
