package io.earshot.features.steps;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ScenarioDsl;

/**
 * The per-scenario state that Cucumber injects into every step class: the simulation, created on first
 * use with the scenario's mode and seed.
 */
public final class ScenarioWorld {
  /** The seed of a scenario that names none. */
  public static final long DEFAULT_SEED = 42;

  private TimeMode mode = TimeMode.REAL_TIME;
  private long seed = Long.getLong("earshot.seed", DEFAULT_SEED);
  private Simulation simulation;
  private ScenarioDsl dsl;

  /** Chooses the time mode and seed; only before anything has been simulated. */
  void configure(TimeMode newMode, long newSeed) {
    if (simulation != null) {
      throw new IllegalStateException("the time mode must be chosen before the first server or user step");
    }
    this.mode = newMode;
    this.seed = newSeed;
  }

  long seed() {
    return seed;
  }

  ScenarioDsl dsl() {
    if (dsl == null) {
      simulation = Simulation.create(mode, seed);
      dsl = new ScenarioDsl(simulation);
    }
    return dsl;
  }

  /** The simulation, or null if the scenario never needed one. */
  public Simulation simulationOrNull() {
    return simulation;
  }

  void close() {
    if (simulation != null) {
      simulation.close();
    }
  }
}
