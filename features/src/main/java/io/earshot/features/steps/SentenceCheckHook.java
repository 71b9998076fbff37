package io.earshot.features.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.earshot.features.check.FeatureChecker;

/**
 * Stops a scenario before its first step when one of its sentences cannot do what it says: a
 * sentence no step definition matches (with the closest ones), or a value no run could meet (a
 * misspelt state, an unknown error code, an undeclared user, a zero window...). Runs before every
 * other hook, so no simulation starts and no virtual time passes.
 */
public final class SentenceCheckHook {
  @Before(order = 0)
  public void checkSentences(Scenario scenario) {
    FeatureChecker.failureOf(scenario.getUri(), scenario.getLine())
        .ifPresent(
            failure -> {
              throw failure;
            });
  }
}
