package io.earshot.reports.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Which Earshot made a report: the project's version and the commit its sources were at. */
public final class EarshotBuild {
  private EarshotBuild() {}

  /** The project version the build filtered into {@code earshot-build.properties}. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in =
        EarshotBuild.class.getResourceAsStream("/io/earshot/reports/earshot-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * The commit checked out in {@code home} ({@code git rev-parse HEAD}, with {@code +changes} when
   * the work tree differs from it), or "unknown" where git or the repository is missing.
   */
  public static String commit(Path home) {
    String head = git(home, "rev-parse", "HEAD");
    if (head.isEmpty()) {
      return "unknown";
    }
    return git(home, "status", "--porcelain", "--untracked-files=no").isEmpty()
        ? head
        : head + "+changes";
  }

  private static String git(Path home, String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = home.toAbsolutePath().toString();
    System.arraycopy(args, 0, command, 3, args.length);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return "";
      }
      return new String(out, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
