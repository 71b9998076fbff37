package io.earshot.features.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The feature files a command line names: files, folders (every {@code .feature} below them, in
 * path order) and {@code path/to.feature:LINE[:LINE...]} for single scenarios or example rows.
 */
final class RunTargets {
  private static final Pattern WITH_LINES = Pattern.compile("(.+\\.feature)((?::\\d+)+)");

  /** One feature file, and the lines that select scenarios in it (empty: all of them). */
  record Target(Path file, List<Integer> lines) {
    /** The argument Cucumber reads: {@code /abs/path.feature[:LINE...]}. */
    String cucumberPath() {
      StringBuilder out = new StringBuilder(file.toString());
      lines.forEach(l -> out.append(':').append(l));
      return out.toString();
    }
  }

  private RunTargets() {}

  /**
   * Reads the arguments; a name that is neither an existing file or folder nor {@code file:LINE}
   * fails with what was expected.
   */
  static List<Target> parse(List<String> args) {
    List<Target> out = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        featuresUnder(path).forEach(f -> out.add(new Target(f, List.of())));
        continue;
      }
      Matcher m = WITH_LINES.matcher(arg);
      List<Integer> lines = List.of();
      if (!Files.exists(path) && m.matches()) {
        path = Path.of(m.group(1));
        lines = Arrays.stream(m.group(2).substring(1).split(":")).map(Integer::valueOf).toList();
      }
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException(
            "no such file or folder: "
                + path.toAbsolutePath()
                + " (expected .feature files, folders holding them, or path/to.feature:LINE)");
      }
      if (!path.getFileName().toString().endsWith(".feature")) {
        throw new IllegalArgumentException(
            "not a feature file: "
                + path.toAbsolutePath()
                + " (expected a name ending in .feature)");
      }
      out.add(new Target(path.toAbsolutePath().normalize(), lines));
    }
    return out;
  }

  private static List<Path> featuresUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".feature"))
          .map(f -> f.toAbsolutePath().normalize())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder.toAbsolutePath(), e);
    }
  }
}
