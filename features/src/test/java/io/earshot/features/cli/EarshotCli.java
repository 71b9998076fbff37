package io.earshot.features.cli;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the {@code earshot} command line in this JVM as a user would, capturing what it prints, and
 * puts back the system properties and the Allure lifecycle a run changes.
 */
final class EarshotCli {
  private static final List<String> PROPERTIES =
      List.of(
          "allure.results.directory",
          "earshot.timelines.dir",
          "earshot.mode",
          "earshot.seed",
          "earshot.home",
          "earshot.audio.record",
          "earshot.capture",
          "earshot.audio.listeners");

  /** What a command printed and its exit code. */
  record Outcome(int exit, String out, String err) {
    /** Everything printed, for failure messages. */
    String all() {
      return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  private EarshotCli() {}

  static Outcome run(String... args) {
    Map<String, String> saved = new HashMap<>();
    PROPERTIES.forEach(p -> saved.put(p, System.getProperty(p)));
    // Tests run in features/; the Allure tool is unpacked under the project's reports/ module.
    System.setProperty("earshot.home", Path.of("..").toAbsolutePath().normalize().toString());
    AllureLifecycle lifecycle = Allure.getLifecycle();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new EarshotCommand()).execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
      Allure.setLifecycle(lifecycle);
      saved.forEach(
          (k, v) -> {
            if (v == null) {
              System.clearProperty(k);
            } else {
              System.setProperty(k, v);
            }
          });
    }
    return new Outcome(
        exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
  }

  /** Writes {@code text} to {@code dir/name} and returns the file. */
  static Path write(Path dir, String name, String text) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
