package io.earshot.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.simulator.timeline.ScenarioEvent;
import io.earshot.simulator.timeline.ScenarioEventLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans are noted when they start and when they end, on the scenario clock, and become bands. */
class ScenarioNotesTest {
  @Test
  void aSpanIsNotedAtItsStartAndItsEndAndClosesItsBand() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 0)) {
      sim.addUser("alice", "alice");
      sim.clock().pass(1_000_000_000L);
      sim.notes()
          .span("alice", ScenarioEvent.Kind.NETWORK, "outage", 2_500_000_000L, "down", "back");
      sim.clock().pass(3_000_000_000L);
      List<ScenarioEvent> events = sim.notes().log().eventsFor("alice");
      assertEquals(List.of("down", "back"), events.stream().map(ScenarioEvent::text).toList());
      assertEquals(1_000_000_000L, events.get(0).atNanos());
      assertEquals(3_500_000_000L, events.get(1).atNanos());
      assertEquals(
          List.of(new ScenarioEventLog.Band("alice", "outage", 1_000_000_000L, 3_500_000_000L)),
          sim.notes().log().bands());
    }
  }

  @Test
  void stepsShowInEveryTimelineAndNotesOfOneUserOnlyInItsOwn() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 0)) {
      VirtualUser alice = sim.addUser("alice", "alice");
      VirtualUser bob = sim.addUser("bob", "bob");
      sim.notes().step("When 1 second passes");
      sim.notes().note("alice", ScenarioEvent.Kind.NETWORK, "network of \"alice\" is perfect");
      assertEquals(
          List.of(
              "# timeline of alice (callbacks and scenario events)",
              "    0.000 s  When 1 second passes",
              "    0.000 s  network of \"alice\" is perfect"),
          sim.renderTimeline(alice).lines().toList());
      assertEquals(
          List.of(
              "# timeline of bob (callbacks and scenario events)",
              "    0.000 s  When 1 second passes"),
          sim.renderTimeline(bob).lines().toList());
    }
  }

  @Test
  void durationsAndPercentsReadAsWritten() {
    assertEquals("10 s", ScenarioNotes.seconds(10_000_000_000L));
    assertEquals("0.5 s", ScenarioNotes.seconds(500_000_000L));
    assertEquals("20%", ScenarioNotes.percent(0.2));
    assertEquals("0.5%", ScenarioNotes.percent(0.005));
  }
}
