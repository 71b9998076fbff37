package io.earshot.reports;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Writes one timeline file per scenario, named after its feature file and the scenario ({@code
 * seed-flow--alice-publishes-bob-plays.txt}), so the same scenario lands in the same file on every
 * run and two runs can be diffed. A name that repeats within one run (Scenario Outline rows) gets
 * its line.
 */
public final class TimelineFiles {
  private static final Set<Path> WRITTEN = new HashSet<>();

  private TimelineFiles() {}

  public static synchronized Path write(
      Path dir, URI feature, String scenario, Integer line, String text) throws IOException {
    Files.createDirectories(dir);
    String path = feature.getPath() == null ? feature.toString() : feature.getPath();
    String featureName = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.feature$", "");
    String base = slug(featureName) + "--" + slug(scenario);
    Path file = dir.resolve(base + ".txt");
    if (WRITTEN.contains(file.toAbsolutePath())) {
      file = dir.resolve(base + "--L" + line + ".txt");
    }
    WRITTEN.add(file.toAbsolutePath());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
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
