package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.CHOICE;
import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.STREAM;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.java.en.Then;
import io.earshot.features.vocabulary.Param;

/** Audio assertions about the network: recovery after an outage, and cause against effect. */
public final class NetworkAudioSteps {
  private final ScenarioWorld world;

  public NetworkAudioSteps(ScenarioWorld world) {
    this.world = world;
  }

  @Then(
      "^\"([^\"]*)\" hears stream \"([^\"]*)\" again within (.+) after the outage of (?:\"([^\"]*)\"|(the server))$")
  public void hearsAgain(
      @Param(USER) String user,
      @Param(STREAM) String stream,
      @Param(DURATION) String duration,
      @Param(USER) String outageOf,
      @Param(CHOICE) String server) {
    world
        .network()
        .hearsAgainAfterOutage(user, stream, StepValues.durationNanos(duration), outageOf);
  }

  @Then("^what \"([^\"]*)\" missed of stream \"([^\"]*)\" matches what the network dropped$")
  public void missedMatchesDropped(@Param(USER) String user, @Param(STREAM) String stream) {
    world.dsl().causeAndEffect().missedMatchesDropped(user, stream);
  }
}
