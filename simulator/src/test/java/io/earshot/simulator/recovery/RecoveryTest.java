package io.earshot.simulator.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ExpectedCallback;
import io.earshot.simulator.dsl.FaultDsl;
import io.earshot.simulator.dsl.RecoveryDsl;
import io.earshot.simulator.dsl.ScenarioDsl;
import org.junit.jupiter.api.Test;

/**
 * Server faults and recovery figures in simulated time: a restart and a server that stays down are
 * survived, the figures land in the timeline text the same way every run, and "recovers within"
 * fails saying what it expected.
 */
class RecoveryTest {
  private static final long SECOND = 1_000_000_000L;

  /** Alice and Bob publish tones and play each other; returns the scenario's DSL. */
  private static ScenarioDsl call(Simulation sim) {
    ScenarioDsl dsl = new ScenarioDsl(sim);
    sim.addUser("alice", "alice");
    sim.addUser("bob", "bob");
    dsl.logsIn("alice", "room1");
    dsl.logsIn("bob", "room1");
    dsl.publishesTone("alice", "s1", 440);
    dsl.publishesTone("bob", "s2", 660);
    dsl.plays("alice", "s2");
    dsl.plays("bob", "s1");
    dsl.hearsWithin("bob", "s1", 3 * SECOND);
    dsl.hearsWithin("alice", "s2", 3 * SECOND);
    return dsl;
  }

  private static String restartRun() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 7, 1_704_067_200_000L)) {
      ScenarioDsl dsl = call(sim);
      new FaultDsl(sim).serverRestarts();
      RecoveryDsl recovery = new RecoveryDsl(sim);
      recovery.recoversWithin("alice", 5 * SECOND);
      recovery.recoversWithin("bob", 5 * SECOND);
      dsl.timePasses(2 * SECOND);
      assertEquals(0L, sim.serverCounters().getOrDefault("sessions.resumed", 0L));
      return sim.renderTimelines();
    }
  }

  @Test
  void aRestartIsSurvivedAndItsFiguresAreTheSameEveryRun() {
    String first = restartRun();
    assertEquals(first, restartRun());
    String section = first.substring(first.indexOf(RecoveryText.HEADER));
    assertTrue(section.contains("the server restarted at "), section);
    assertTrue(section.contains("  \"alice\" RECONNECTED after "), section);
    assertTrue(section.contains("  \"bob\" heard s1 again after "), section);
    assertTrue(section.contains("  \"alice\" heard s2 again after "), section);
  }

  @Test
  void aServerThatIsDownRefusesLoginsUntilItComesBack() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 7, 1_704_067_200_000L)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      FaultDsl faults = new FaultDsl(sim);
      sim.addUser("alice", "alice");
      faults.serverGoesDown();
      dsl.logsIn("alice", "room1");
      dsl.timePasses(30 * SECOND);
      dsl.neverReceives("alice", ExpectedCallback.of("onRoomStateChanged", "LOGINED"));
      assertTrue(sim.user("alice").link().stats().streamUplink().connections() > 5);
      ScenarioFailure twice = assertThrows(ScenarioFailure.class, faults::serverGoesDown);
      assertTrue(twice.getMessage().contains("When the server comes back"), twice.getMessage());
      faults.serverComesBack();
      dsl.receivesWithin("alice", ExpectedCallback.of("onRoomStateChanged", "LOGINED"), 5 * SECOND);
      ScenarioFailure back = assertThrows(ScenarioFailure.class, faults::serverComesBack);
      assertTrue(back.getMessage().contains("the server is not down"), back.getMessage());
      assertEquals(1, sim.outages().all().size());
      assertTrue(sim.outages().all().get(0).ended());
    }
  }

  @Test
  void recoversWithinSaysWhatItExpectedAndWhatWasFound() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 7, 1_704_067_200_000L)) {
      call(sim);
      RecoveryDsl recovery = new RecoveryDsl(sim);
      ScenarioFailure none =
          assertThrows(ScenarioFailure.class, () -> recovery.recoversWithin("alice", SECOND));
      assertTrue(
          none.getMessage().contains("no outage that affected \"alice\""), none.getMessage());
      sim.user("alice").link().goDown();
      ScenarioFailure open =
          assertThrows(ScenarioFailure.class, () -> recovery.recoversWithin("alice", SECOND));
      assertTrue(open.getMessage().contains("is still going on"), open.getMessage());
      new FaultDsl(sim).mediaGoesDownFor("bob", 10 * SECOND);
      sim.user("alice").link().comeBack();
      ScenarioFailure slow =
          assertThrows(ScenarioFailure.class, () -> recovery.recoversWithin("bob", 10_000_000L));
      assertTrue(slow.getMessage().contains("expected \"bob\" to recover within 0.010 s"));
      assertTrue(slow.getMessage().contains("the media of \"bob\" went down"), slow.getMessage());
      assertTrue(slow.getMessage().contains("\"bob\" did not hear s1 again"), slow.getMessage());
      recovery.recoversWithin("bob", SECOND);
    }
  }

  @Test
  void faultsRefuseZeroDurationsAndAFaultAlreadyInForce() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 7, 1_704_067_200_000L)) {
      sim.addUser("alice", "alice");
      FaultDsl faults = new FaultDsl(sim);
      ScenarioFailure zero =
          assertThrows(ScenarioFailure.class, () -> faults.signalingStallsFor("alice", 0));
      assertTrue(zero.getMessage().contains("more than 0 seconds, found 0.000 s"));
      faults.signalingStallsFor("alice", SECOND);
      ScenarioFailure again =
          assertThrows(ScenarioFailure.class, () -> faults.signalingStallsFor("alice", SECOND));
      assertTrue(again.getMessage().contains("already stalled"), again.getMessage());
      ScenarioFailure nobody =
          assertThrows(ScenarioFailure.class, () -> faults.mediaGoesDownFor("carol", SECOND));
      assertTrue(nobody.getMessage().contains("known users: alice"), nobody.getMessage());
    }
  }
}
