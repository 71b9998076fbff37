package io.earshot.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code -Dearshot.opus.library} chooses the libopus to load. Each case runs in a fresh JVM: a JVM
 * loads libopus once, and this one's tests have loaded the bundled library already.
 */
class OpusLibraryChoiceTest {
  /** Prints the loaded library's version, or the loader's error; run in the child JVM. */
  public static void main(String[] args) {
    try {
      System.out.println("loaded " + OpusNativeLoader.version());
    } catch (IllegalStateException e) {
      System.out.println("failed " + e.getMessage());
    }
  }

  private static String run(String... properties) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString()));
    command.addAll(List.of(properties));
    command.addAll(
        List.of(
            "-Djna.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-cp",
            System.getProperty("java.class.path"),
            OpusLibraryChoiceTest.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end within 60 s");
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }

  @Test
  void theBundledLibraryByDefault() throws Exception {
    assertEquals("loaded libopus 1.1.2", run());
  }

  @Test
  void aLibraryThatDoesNotLoadIsNamedInTheError() throws Exception {
    String out = run("-D" + OpusNativeLoader.LIBRARY_PROPERTY + "=/nonexistent/libopus.so.0");
    assertTrue(
        out.startsWith("failed libopus could not be loaded")
            && out.contains("expected the libopus named by -Dearshot.opus.library to load")
            && out.contains("/nonexistent/libopus.so.0"),
        out);
  }
}
