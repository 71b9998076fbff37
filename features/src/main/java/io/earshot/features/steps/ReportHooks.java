package io.earshot.features.steps;

import io.cucumber.java.After;
import io.earshot.reports.ScenarioAttachments;
import io.earshot.simulator.Simulation;

/** Attaches timelines and counters to every scenario's report, before the simulation is closed. */
public final class ReportHooks {
  private final ScenarioWorld world;

  public ReportHooks(ScenarioWorld world) {
    this.world = world;
  }

  /** Runs before {@link SetupSteps#closeSimulation()} (after-hooks with a higher order run first). */
  @After(order = 20)
  public void attach() {
    Simulation sim = world.simulationOrNull();
    if (sim != null) {
      ScenarioAttachments.attach(sim);
    }
  }
}
