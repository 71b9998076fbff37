package io.earshot.reports.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the report says about the run as a whole: who ran it (Allure's executor), in which mode and
 * with which seed by default, from which Earshot folder. Build with {@link #builder(String)}.
 *
 * @param executor how the run was started: "earshot run", "mvn verify"
 * @param command the command line, for the executor panel
 * @param mode the run's default time mode (scenarios may choose their own)
 * @param seed the run's default seed (scenarios may name their own)
 * @param home the Earshot folder (version control, replay paths)
 */
public record RunInfo(String executor, String command, String mode, String seed, Path home) {
  public RunInfo {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(home, "home");
  }

  public static Builder builder(String executor) {
    return new Builder(executor);
  }

  /** Collects a {@link RunInfo}; the defaults are those of a plain {@code earshot run}. */
  public static final class Builder {
    private final String executor;
    private String command;
    private String mode = "simulated";
    private String seed = "42";
    private Path home = Path.of(".");

    private Builder(String executor) {
      this.executor = executor;
      this.command = executor;
    }

    public Builder command(String c) {
      this.command = c;
      return this;
    }

    public Builder mode(String m) {
      this.mode = m;
      return this;
    }

    public Builder seed(String s) {
      this.seed = s;
      return this;
    }

    public Builder home(Path h) {
      this.home = h;
      return this;
    }

    public RunInfo build() {
      return new RunInfo(executor, command, mode, seed, home);
    }
  }
}
