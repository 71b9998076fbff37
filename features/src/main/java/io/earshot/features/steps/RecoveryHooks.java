package io.earshot.features.steps;

import io.cucumber.java.After;
import io.earshot.simulator.Simulation;
import io.qameta.allure.Allure;

/**
 * Attaches the scenario's recovery figures (time from each outage's end to RECONNECTED and to audio
 * heard again) to its report, when it had an outage. Runs with the other report hooks, before the
 * simulation closes.
 */
public final class RecoveryHooks {
  private final ScenarioWorld world;

  public RecoveryHooks(ScenarioWorld world) {
    this.world = world;
  }

  @After(order = 20)
  public void attach() {
    Simulation sim = world.simulationOrNull();
    if (sim == null) {
      return;
    }
    String recovery = sim.renderRecovery();
    if (!recovery.isEmpty()) {
      Allure.addAttachment("recovery", "text/plain", recovery, ".txt");
    }
  }
}
