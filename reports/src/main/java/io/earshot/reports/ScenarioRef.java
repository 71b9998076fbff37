package io.earshot.reports;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which scenario a report is about: its feature file, the line Cucumber selects it by (a scenario's
 * or an example row's), and its name.
 */
public record ScenarioRef(URI feature, int line, String name) {
  public ScenarioRef {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(name, "name");
  }

  /**
   * The feature file as a replay command names it: relative to {@code home} (the Earshot folder,
   * where {@code ./earshot} lives) when it lies below it, else absolute; a non-file URI as it is.
   */
  public String pathFrom(Path home) {
    if (!"file".equals(feature.getScheme())) {
      return feature.toString();
    }
    Path file = Path.of(feature).toAbsolutePath().normalize();
    Path root = home.toAbsolutePath().normalize();
    return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
  }
}
