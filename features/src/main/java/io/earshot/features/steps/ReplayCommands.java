package io.earshot.features.steps;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replay command of each scenario that ran, by feature file and line, for the console line of a
 * failed scenario (the scenario's own seed and mode are known only inside it).
 */
public final class ReplayCommands {
  private static final Map<String, String> COMMANDS = new ConcurrentHashMap<>();

  private ReplayCommands() {}

  static void put(URI feature, int line, String command) {
    COMMANDS.put(feature + ":" + line, command);
  }

  /** The command that replays the scenario at {@code feature:line}, if it ran a simulation. */
  public static Optional<String> of(URI feature, int line) {
    return Optional.ofNullable(COMMANDS.get(feature + ":" + line));
  }
}
