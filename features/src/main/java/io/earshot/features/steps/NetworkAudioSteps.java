package io.earshot.features.steps;

import io.cucumber.java.en.Then;

/** Audio assertions about the network: recovery after an outage, and cause against effect. */
public final class NetworkAudioSteps {
  private final ScenarioWorld world;

  public NetworkAudioSteps(ScenarioWorld world) {
    this.world = world;
  }

  @Then(
      "^\"([^\"]*)\" hears stream \"([^\"]*)\" again within (.+) after the outage of (?:\"([^\"]*)\"|(the server))$")
  public void hearsAgain(
      String user, String stream, String duration, String outageOf, String server) {
    world
        .network()
        .hearsAgainAfterOutage(user, stream, StepValues.durationNanos(duration), outageOf);
  }

  @Then("^what \"([^\"]*)\" missed of stream \"([^\"]*)\" matches what the network dropped$")
  public void missedMatchesDropped(String user, String stream) {
    world.network().missedMatchesDropped(user, stream);
  }
}
