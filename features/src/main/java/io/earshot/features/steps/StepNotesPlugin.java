package io.earshot.features.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepStarted;

/**
 * Puts each step on the scenario's timeline as it starts ({@code 5.000 s When the network of
 * "alice" goes down for 10 seconds}), above the callbacks it caused. A plugin rather than a step
 * hook: Cucumber's step hooks do not name the step, and Allure would list every hook call as a
 * step. Cucumber publishes these events on the scenario's own thread, so the plugin finds the
 * scenario's world there. Register it with {@code --plugin
 * io.earshot.features.steps.StepNotesPlugin} ({@code earshot run} and the feature suites do).
 */
public final class StepNotesPlugin implements ConcurrentEventListener {
  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestCaseStarted.class, e -> ScenarioWorld.forgetCurrent());
    publisher.registerHandlerFor(TestStepStarted.class, this::stepStarted);
  }

  private void stepStarted(TestStepStarted event) {
    if (event.getTestStep() instanceof PickleStepTestStep step) {
      ScenarioWorld world = ScenarioWorld.current();
      if (world != null) {
        world.noteStep(step.getStep().getKeyword().trim() + " " + step.getStep().getText());
      }
    }
  }
}
