package io.earshot.features.steps;

import io.cucumber.java.Before;
import io.cucumber.java.BeforeStep;
import io.cucumber.java.Scenario;
import io.earshot.features.check.FeatureChecker;
import java.util.List;

/**
 * Puts each step on the scenario's timeline as it starts ({@code 5.000 s When the network of
 * "alice" goes down for 10 seconds}), above the callbacks it caused. Cucumber's step hooks do not
 * name the step, so the hook counts: the n-th step hook of a scenario is its n-th sentence.
 */
public final class StepNotesHook {
  private final ScenarioWorld world;
  private List<String> sentences = List.of();
  private int next;

  public StepNotesHook(ScenarioWorld world) {
    this.world = world;
  }

  @Before(order = 1)
  public void readSentences(Scenario scenario) {
    sentences = FeatureChecker.sentencesOf(scenario.getUri(), scenario.getLine());
    next = 0;
    world.scenario(scenario);
  }

  @BeforeStep
  public void noteStep() {
    if (next < sentences.size()) {
      world.noteStep(sentences.get(next++));
    }
  }
}
