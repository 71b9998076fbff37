package io.earshot.features.steps;

import io.cucumber.java.After;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.health.HarnessHealth;

/**
 * A real-time scenario whose machine fell behind fails as <em>harness overloaded</em>: when more
 * than 0.1% of the engines' capture and playout clock ticks came over 10 ms late, what it measured
 * (latency, breaks, quality) says more about this machine than about the call, so it is never
 * green. Runs after the steps, before the reports and before the simulation closes.
 */
public final class HarnessHealthHook {
  private final ScenarioWorld world;

  public HarnessHealthHook(ScenarioWorld world) {
    this.world = world;
  }

  @After(order = 40)
  public void check() {
    Simulation sim = world.simulationOrNull();
    if (sim == null || sim.mode() != TimeMode.REAL_TIME) {
      return;
    }
    HarnessHealth health = HarnessHealth.of(sim.users());
    if (health.overloaded()) {
      throw new ScenarioFailure(
          "harness overloaded: "
              + health.describe()
              + "; the machine running the virtual users fell behind, so this scenario's figures"
              + " cannot be trusted (run fewer users per machine, or in simulated time)");
    }
  }
}
