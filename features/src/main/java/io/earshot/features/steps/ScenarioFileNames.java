package io.earshot.features.steps;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names a scenario's metrics file and audio folder the way the timeline files are named ({@code
 * <feature>--<scenario>}, with {@code --L<line>} for a name that repeats within a run, such as
 * Scenario Outline rows), so that the three line up.
 */
final class ScenarioFileNames {
  private static final Set<String> USED = new HashSet<>();

  private ScenarioFileNames() {}

  static synchronized String base(Path root, URI feature, String scenario, Integer line) {
    String path = feature.getPath() == null ? feature.toString() : feature.getPath();
    String featureName = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.feature$", "");
    String base = slug(featureName) + "--" + slug(scenario);
    String key = root.toAbsolutePath() + "/" + base;
    if (!USED.add(key)) {
      base = base + "--L" + line;
      USED.add(root.toAbsolutePath() + "/" + base);
    }
    return base;
  }

  static String slug(String text) {
    String s =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (s.length() > 80) {
      s = s.substring(0, 80).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "scenario" : s;
  }
}
