package io.earshot.features.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.earshot.simulator.dsl.NetworkDsl;
import java.net.URI;
import java.nio.file.Path;

/**
 * Network sentences: profiles and impairments of one user's link to the server ("uplink" = user to
 * server), outages. Logic lives in {@link NetworkDsl} and the impairment grammar of the simulator.
 */
public final class NetworkSteps {
  private final ScenarioWorld world;

  public NetworkSteps(ScenarioWorld world) {
    this.world = world;
  }

  /** network-profiles.yaml is looked up next to the running feature file. */
  @Before(order = 1)
  public void featureFolder(Scenario scenario) {
    URI uri = scenario.getUri();
    if ("file".equals(uri.getScheme())) {
      world.featureFolder(Path.of(uri).getParent());
    }
  }

  @Given("^\"([^\"]*)\" uses the network profile \"([^\"]*)\"$")
  public void usesProfile(String user, String profile) {
    world.network().usesProfile(user, profile);
  }

  @Given("^\"([^\"]*)\" follows the network timeline in \"([^\"]*)\"$")
  public void followsTimeline(String user, String file) {
    world.network().followsTimeline(user, world.fileNextToFeature(file));
  }

  @Given("^every user uses the network profile \"([^\"]*)\"$")
  public void everyUserUsesProfile(String profile) {
    world.network().everyUserUsesProfile(profile);
  }

  @Given("^the network profile \"([^\"]*)\" has (.+)$")
  public void definesProfile(String profile, String impairments) {
    world.profiles().define(profile, impairments);
  }

  @Given(
      "^(the uplink|the downlink|the network|both directions) of \"([^\"]*)\""
          + " (has .+|is limited to .+|is perfect|reorders .+|may reorder packets|delivers .+|duplicates .+|corrupts .+"
          + "|drops exactly .+)$")
  public void impairment(String target, String user, String phrase) {
    world.network().changes(NetworkDsl.Target.parse(target), user, phrase);
  }

  @When("^the network of \"([^\"]*)\" goes down for (.+)$")
  public void goesDownFor(String user, String duration) {
    world.network().goesDownFor(user, StepValues.durationNanos(duration));
  }

  @When("^the network of \"([^\"]*)\" goes down$")
  public void goesDown(String user) {
    world.network().goesDown(user);
  }

  @When("^the network of \"([^\"]*)\" comes back$")
  public void comesBack(String user) {
    world.network().comesBack(user);
  }

  @When("^the (uplink|downlink|network) loss of \"([^\"]*)\" rises to (\\S+) for (.+)$")
  public void lossRises(String target, String user, String percent, String duration) {
    world
        .network()
        .lossRisesFor(
            NetworkDsl.Target.parse(target),
            user,
            StepValues.percent(percent),
            StepValues.durationNanos(duration));
  }

  @When("^the server is unreachable for (.+)$")
  public void serverUnreachable(String duration) {
    world.network().serverUnreachableFor(StepValues.durationNanos(duration));
  }
}
