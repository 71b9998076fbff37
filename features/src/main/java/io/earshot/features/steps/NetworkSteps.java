package io.earshot.features.steps;

import io.cucumber.java.en.Given;
import io.earshot.netem.Direction;
import io.earshot.netem.UserLink;
import java.time.Duration;

/** Network sentences: impairments of one user's link to the server ("uplink" = user to server). */
public final class NetworkSteps {
  private final ScenarioWorld world;

  public NetworkSteps(ScenarioWorld world) {
    this.world = world;
  }

  @Given("^the (uplink|downlink|network) of \"([^\"]*)\" has (\\S+%) random loss$")
  public void randomLoss(String target, String user, String percent) {
    double p = StepValues.percent(percent);
    UserLink link = world.dsl().simulation().user(user).link();
    switch (target) {
      case "uplink" -> link.setRandomLoss(Direction.UPLINK, p);
      case "downlink" -> link.setRandomLoss(Direction.DOWNLINK, p);
      default -> link.setRandomLoss(p);
    }
  }

  @Given("^the (uplink|downlink|network) of \"([^\"]*)\" has (.+) delay$")
  public void delay(String target, String user, String duration) {
    long nanos = StepValues.durationNanos(duration);
    Duration d = Duration.ofNanos(nanos);
    UserLink link = world.dsl().simulation().user(user).link();
    switch (target) {
      case "uplink" -> link.setDelay(Direction.UPLINK, d);
      case "downlink" -> link.setDelay(Direction.DOWNLINK, d);
      default -> link.setDelay(d);
    }
  }
}
