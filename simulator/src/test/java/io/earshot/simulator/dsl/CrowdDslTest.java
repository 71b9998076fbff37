package io.earshot.simulator.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.VirtualUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crowd sentences in simulated time: names, rooms, the arrival ramp and who plays whom. */
class CrowdDslTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void numberedNamesAndTheirLimits() {
    assertEquals(List.of("l-1", "l-2", "l-3"), CrowdDsl.names(3, "l-{i}"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> CrowdDsl.names(3, "listener"))
            .getMessage()
            .contains("found \"listener\""));
    assertThrows(IllegalArgumentException.class, () -> CrowdDsl.names(0, "l-{i}"));
    assertThrows(IllegalArgumentException.class, () -> CrowdDsl.names(10_001, "l-{i}"));
    assertEquals("room-1", CrowdDsl.roomOf(3, 3));
    assertEquals("room-2", CrowdDsl.roomOf(4, 3));
  }

  @Test
  void sixUsersJoinRoomsOfThreeOverThreeSecondsAndHearTheirRoomOnly() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 1_704_067_200_000L)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      sim.startServer();
      dsl.crowd().usersJoinRooms(6, 3, 3 * SECOND);
      assertEquals(3 * SECOND, sim.clock().nowNanos(), "the step ends with the ramp");
      assertEquals(0, sim.lastActionNanos(), "the window starts with the first arrival");
      List<VirtualUser> users = sim.users();
      assertEquals(6, users.size());
      for (int i = 1; i <= 6; i++) {
        VirtualUser u = sim.user("user-" + i);
        assertEquals((i - 1) * SECOND / 2, u.lastCallNanos("login"), "arrival of " + u.name());
        assertEquals(CrowdDsl.roomOf(i, 3), u.room().orElseThrow());
      }
      dsl.timePasses(3 * SECOND);
      assertEquals(List.of("user-2", "user-3"), sim.user("user-1").playedStreams());
      assertEquals(List.of("user-4", "user-5"), sim.user("user-6").playedStreams());
      dsl.audio().everyUserInRoomHearsEveryOther("room-2", 5 * SECOND);
    }
  }

  @Test
  void roomsOfOneAreRefused() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 1_704_067_200_000L)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      assertThrows(IllegalArgumentException.class, () -> dsl.crowd().usersJoinRooms(4, 1, SECOND));
      assertTrue(sim.users().isEmpty());
    }
  }
}
