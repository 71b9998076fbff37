package io.earshot.simulator.load;

/** How a load run ended; each has its own exit code. */
public enum LoadVerdict {
  PASSED("passed", 0),
  /** A threshold failed. */
  FAILED("failed", 1),
  /** The harness fell behind: the figures cannot be trusted, so the run is neither. */
  HARNESS_OVERLOADED("harness overloaded", 3);

  private final String text;
  private final int exitCode;

  LoadVerdict(String text, int exitCode) {
    this.text = text;
    this.exitCode = exitCode;
  }

  public String text() {
    return text;
  }

  public int exitCode() {
    return exitCode;
  }
}
