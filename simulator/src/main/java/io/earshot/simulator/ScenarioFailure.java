package io.earshot.simulator;

/** A scenario step whose expectation did not hold, or that named something that does not exist. */
public final class ScenarioFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  public ScenarioFailure(String message) {
    super(message);
  }
}
