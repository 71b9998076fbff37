package io.earshot.features.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.earshot.reports.Forensics;
import io.earshot.reports.ScenarioAttachments;
import io.earshot.reports.ScenarioRef;
import io.earshot.reports.TimelineFiles;
import io.earshot.simulator.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Attaches timelines and counters to every scenario's report and, when the system property {@code
 * earshot.timelines.dir} names a folder, writes the scenario's timeline file there. Runs before
 * {@link SetupSteps#closeSimulation()} (after-hooks with a higher order run first).
 */
public final class ReportHooks {
  private final ScenarioWorld world;

  public ReportHooks(ScenarioWorld world) {
    this.world = world;
  }

  /** Remembers the scenario (its tags choose, e.g., whether its audio is recorded). */
  @Before(order = 1)
  public void remember(Scenario scenario) {
    world.scenario(scenario);
  }

  @After(order = 20)
  public void attach(Scenario scenario) {
    Simulation sim = world.simulationOrNull();
    if (sim == null) {
      return;
    }
    ScenarioRef ref = new ScenarioRef(scenario.getUri(), scenario.getLine(), scenario.getName());
    ReplayCommands.put(scenario.getUri(), scenario.getLine(), Forensics.replayCommand(sim, ref));
    ScenarioAttachments.attach(sim, world.allureTestCase(), ref);
    String dir = System.getProperty("earshot.timelines.dir");
    if (dir != null && !dir.isBlank()) {
      try {
        TimelineFiles.write(
            Path.of(dir),
            scenario.getUri(),
            scenario.getName(),
            scenario.getLine(),
            sim.renderTimelines());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "could not write the timeline of \"" + scenario.getName() + "\" to " + dir, e);
      }
    }
  }
}
