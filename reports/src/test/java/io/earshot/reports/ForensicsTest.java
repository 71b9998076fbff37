package io.earshot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay command names the scenario as a user types it; the tables have a row per link. */
class ForensicsTest {
  @Test
  void theReplayCommandNamesSeedModeAndTheFileRelativeToTheEarshotFolder() {
    String saved = System.getProperty(Forensics.HOME_PROPERTY);
    System.setProperty(Forensics.HOME_PROPERTY, "/work/earshot");
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 7, 0)) {
      ScenarioRef inside =
          new ScenarioRef(
              URI.create("file:///work/earshot/features/network/outage.feature"), 6, "x");
      assertEquals(
          "./earshot run --seed 7 --mode simulated features/network/outage.feature:6",
          Forensics.replayCommand(sim, inside));
      ScenarioRef outside = new ScenarioRef(URI.create("file:///tmp/my%20calls/a.feature"), 3, "x");
      assertEquals(
          "./earshot run --seed 7 --mode simulated '/tmp/my calls/a.feature:3'",
          Forensics.replayCommand(sim, outside));
    } finally {
      if (saved == null) {
        System.clearProperty(Forensics.HOME_PROPERTY);
      } else {
        System.setProperty(Forensics.HOME_PROPERTY, saved);
      }
    }
  }

  @Test
  void theNetworkTableHasAProfileAndDecisionsPerUserAndDirection() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 0)) {
      sim.addUser("alice", "alice");
      sim.addUser("bob", "bob");
      List<String> rows = Forensics.networkTable(sim).lines().toList();
      assertEquals(5, rows.size(), String.join("\n", rows));
      assertTrue(
          rows.get(0).startsWith("user,direction,profile,settings,offered,delivered"), rows.get(0));
      assertTrue(rows.get(1).startsWith("alice,uplink,"), rows.get(1));
      assertTrue(rows.get(4).startsWith("bob,downlink,"), rows.get(4));
      assertEquals(
          "listener,stream,publisher", Forensics.causeAndEffectTable(sim).substring(0, 25));
    }
  }

  @Test
  void homeIsTheFolderOfTheLauncher() {
    String saved = System.getProperty(Forensics.HOME_PROPERTY);
    System.clearProperty(Forensics.HOME_PROPERTY);
    try {
      Path home = Forensics.home();
      assertTrue(home.resolve("earshot").toFile().isFile(), home.toString());
    } finally {
      if (saved != null) {
        System.setProperty(Forensics.HOME_PROPERTY, saved);
      }
    }
  }
}
