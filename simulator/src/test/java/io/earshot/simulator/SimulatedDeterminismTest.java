package io.earshot.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import io.earshot.netem.PacketDecision;
import io.earshot.simulator.dsl.ExpectedCallback;
import io.earshot.simulator.dsl.ScenarioDsl;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same seed and the same steps give the same run, times included; another seed changes the
 * network.
 */
class SimulatedDeterminismTest {
  private static final long SECOND = 1_000_000_000L;

  /** What one run leaves behind: the timeline text and alice's uplink decisions. */
  private record Run(String timelines, List<PacketDecision> uplinkDecisions, long dropped) {}

  private static Run lossyCall(long seed) {
    // A different wall-clock anchor per run: the result must not depend on it.
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, seed, seed * 1000 + 17)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      VirtualUser alice = sim.addUser("alice", "alice");
      sim.addUser("bob", "bob");
      alice.link().setRandomLoss(Direction.UPLINK, 0.2);
      alice.link().enableDecisionLog(10_000);
      dsl.logsIn("alice", "room1");
      dsl.logsIn("bob", "room1");
      dsl.receivesWithin("bob", ExpectedCallback.of("onRoomStateChanged", "LOGINED"), 5 * SECOND);
      dsl.publishesTone("alice", "s1", 440);
      dsl.plays("bob", "s1");
      dsl.hearsWithin("bob", "s1", 3 * SECOND);
      dsl.timePasses(5 * SECOND);
      dsl.stopsPublishing("alice");
      dsl.logsOut("bob");
      dsl.timePasses(SECOND);
      long dropped = alice.link().stats().datagrams(Direction.UPLINK).dropped(DropCause.LOSS);
      return new Run(sim.renderTimelines(), alice.link().decisionLog(Direction.UPLINK), dropped);
    }
  }

  @Test
  void sameSeedGivesByteIdenticalTimelinesAndDecisions() {
    Run first = lossyCall(7);
    Run second = lossyCall(7);
    assertEquals(first.timelines(), second.timelines());
    assertEquals(first.uplinkDecisions(), second.uplinkDecisions());
    assertTrue(
        first.dropped() > 20,
        "20% loss over ~6 s of media should drop dozens of packets, dropped " + first.dropped());
    assertTrue(first.timelines().contains("onPlayerRecvAudioFirstFrame s1"), first.timelines());
  }

  @Test
  void anotherSeedChangesTheImpairmentDecisions() {
    Run seven = lossyCall(7);
    Run eight = lossyCall(8);
    assertEquals(seven.uplinkDecisions().size() > 100, eight.uplinkDecisions().size() > 100);
    assertNotEquals(seven.uplinkDecisions(), eight.uplinkDecisions());
  }
}
