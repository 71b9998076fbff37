package io.earshot.features.steps;

import io.cucumber.java.Scenario;
import io.earshot.reports.ScenarioAttachments;
import io.earshot.simulator.RealTimeEpoch;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.FaultDsl;
import io.earshot.simulator.dsl.NetworkDsl;
import io.earshot.simulator.dsl.RecoveryDsl;
import io.earshot.simulator.dsl.ScenarioDsl;
import io.earshot.simulator.network.ProfileCatalog;
import io.earshot.simulator.quality.AudioKeeping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-scenario state that Cucumber injects into every step class: the simulation, created on
 * first use. Its mode and seed come, by precedence, from a "the simulation runs in …" step, the
 * {@code @realtime} tag, the system properties {@code earshot.mode} (simulated | realtime) and
 * {@code earshot.seed}, and the defaults (simulated time, seed 42).
 */
public final class ScenarioWorld {
  /** The seed of a scenario that names none. */
  public static final long DEFAULT_SEED = 42;

  private static final ThreadLocal<ScenarioWorld> CURRENT = new ThreadLocal<>();

  private TimeMode mode = modeFromProperty();
  private long seed = seedFromProperty();
  private Simulation simulation;
  private Optional<String> allureTestCase = Optional.empty();
  private ScenarioDsl dsl;
  private NetworkDsl network;
  private FaultDsl faults;
  private RecoveryDsl recovery;
  private ProfileCatalog profiles;
  private Optional<Path> featureFolder = Optional.empty();
  private final List<String> stepsBeforeSimulation = new ArrayList<>();
  private Scenario scenario;

  public ScenarioWorld() {
    CURRENT.set(this);
  }

  /** The world of the scenario running on this thread, or null before its first hook. */
  static ScenarioWorld current() {
    return CURRENT.get();
  }

  /** A new scenario starts on this thread: its world is made by its first hook. */
  static void forgetCurrent() {
    CURRENT.remove();
  }

  /** Chooses the time mode and seed; only before anything has been simulated. */
  void configure(TimeMode newMode, long newSeed) {
    if (simulation != null) {
      throw new IllegalStateException(
          "the time mode must be chosen before the first server or user step");
    }
    this.mode = newMode;
    this.seed = newSeed;
  }

  long seed() {
    return seed;
  }

  ScenarioDsl dsl() {
    if (dsl == null) {
      if (mode == TimeMode.REAL_TIME) {
        RealTimeWarmUp.once(seed + 1);
      }
      simulation = Simulation.create(mode, seed, RealTimeEpoch.nowMillis());
      simulation.keepAudio(AudioKeeping.of(System.getProperty("earshot.audio", "none")));
      allureTestCase = ScenarioAttachments.currentTestCase();
      dsl = new ScenarioDsl(simulation);
      if (recordsAudio()) {
        simulation.recordAudio();
      }
      if (CaptureHooks.wanted()) {
        simulation.captureMedia();
      }
      stepsBeforeSimulation.forEach(simulation.notes()::step);
      stepsBeforeSimulation.clear();
    }
    return dsl;
  }

  /** The folder of the running feature file, where network-profiles.yaml may live. */
  void featureFolder(Path folder) {
    this.featureFolder = Optional.ofNullable(folder);
  }

  /** A file named in the scenario, relative to the running feature file's folder. */
  Path fileNextToFeature(String name) {
    return featureFolder.map(f -> f.resolve(name)).orElse(Path.of(name));
  }

  /**
   * The network profiles the scenario can name; needs no simulation (definitions may precede the
   * mode).
   */
  ProfileCatalog profiles() {
    if (profiles == null) {
      profiles = new ProfileCatalog(featureFolder);
    }
    return profiles;
  }

  NetworkDsl network() {
    if (network == null) {
      network = new NetworkDsl(dsl().simulation(), profiles());
    }
    return network;
  }

  /** The running scenario, as Cucumber gives it to hooks. */
  void scenario(Scenario running) {
    this.scenario = running;
  }

  /** The running scenario, or null outside one. */
  Scenario scenarioOrNull() {
    return scenario;
  }

  /**
   * A step starts: noted on the simulation's timeline, or kept until the simulation exists (the
   * first steps create it) and noted then at time 0.
   */
  void noteStep(String sentence) {
    if (simulation == null) {
      stepsBeforeSimulation.add(sentence);
    } else {
      simulation.notes().step(sentence);
    }
  }

  /**
   * Whether the scenario keeps its raw audio for the report's WAV clips: tagged {@code
   * @record-audio}, or the system property {@code earshot.audio.record} is true ({@code earshot run
   * --record-audio}).
   */
  private boolean recordsAudio() {
    return Boolean.getBoolean("earshot.audio.record")
        || (scenario != null && scenario.getSourceTagNames().contains("@record-audio"));
  }

  FaultDsl faults() {
    if (faults == null) {
      faults = new FaultDsl(dsl().simulation());
    }
    return faults;
  }

  RecoveryDsl recovery() {
    if (recovery == null) {
      recovery = new RecoveryDsl(dsl().simulation());
    }
    return recovery;
  }

  /** The simulation, or null if the scenario never needed one. */
  public Simulation simulationOrNull() {
    return simulation;
  }

  /** The scenario's Allure test case, captured during the first step that needed the simulation. */
  Optional<String> allureTestCase() {
    return allureTestCase;
  }

  void close() {
    if (simulation != null) {
      simulation.close();
    }
  }

  private static TimeMode modeFromProperty() {
    String value = System.getProperty("earshot.mode", "simulated").trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "simulated" -> TimeMode.SIMULATED;
      case "realtime", "real-time", "real_time" -> TimeMode.REAL_TIME;
      default ->
          throw new IllegalArgumentException(
              "system property earshot.mode must be simulated or realtime, was '" + value + "'");
    };
  }

  private static long seedFromProperty() {
    String value = System.getProperty("earshot.seed");
    if (value == null || value.isBlank()) {
      return DEFAULT_SEED;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "system property earshot.seed must be an integer, was '" + value + "'");
    }
  }
}
