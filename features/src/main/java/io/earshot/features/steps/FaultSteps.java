package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.earshot.features.vocabulary.Param;

/**
 * Faults beyond a user's whole network going down: the signaling or the media of one user on its
 * own, a reset signaling connection, the server restarting or staying down; and how fast a user
 * recovers. Logic lives in the simulator's {@code FaultDsl} and {@code RecoveryDsl}.
 */
public final class FaultSteps {
  private final ScenarioWorld world;

  public FaultSteps(ScenarioWorld world) {
    this.world = world;
  }

  @When("^the server restarts$")
  public void serverRestarts() {
    world.faults().serverRestarts();
  }

  @When("^the server goes down$")
  public void serverGoesDown() {
    world.faults().serverGoesDown();
  }

  @When("^the server comes back$")
  public void serverComesBack() {
    world.faults().serverComesBack();
  }

  @When("^the signaling of \"([^\"]*)\" stalls for (.+)$")
  public void signalingStalls(@Param(USER) String user, @Param(DURATION) String duration) {
    world.faults().signalingStallsFor(user, StepValues.durationNanos(duration));
  }

  @When("^the signaling connection of \"([^\"]*)\" is reset$")
  public void signalingReset(@Param(USER) String user) {
    world.faults().signalingConnectionReset(user);
  }

  @When("^the media of \"([^\"]*)\" goes down for (.+)$")
  public void mediaGoesDown(@Param(USER) String user, @Param(DURATION) String duration) {
    world.faults().mediaGoesDownFor(user, StepValues.durationNanos(duration));
  }

  @Then("^\"([^\"]*)\" recovers within (.+) after the outage$")
  public void recovers(@Param(USER) String user, @Param(DURATION) String duration) {
    world.recovery().recoversWithin(user, StepValues.durationNanos(duration));
  }
}
