package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.CHOICE;
import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.IMPAIRMENTS;
import static io.earshot.features.vocabulary.ParamKind.NETWORK_CHANGE;
import static io.earshot.features.vocabulary.ParamKind.NEW_PROFILE;
import static io.earshot.features.vocabulary.ParamKind.PERCENT;
import static io.earshot.features.vocabulary.ParamKind.PROFILE;
import static io.earshot.features.vocabulary.ParamKind.TIMELINE_FILE;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.earshot.features.vocabulary.Param;
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
  public void usesProfile(@Param(USER) String user, @Param(PROFILE) String profile) {
    world.network().usesProfile(user, profile);
  }

  @Given("^\"([^\"]*)\" follows the network timeline in \"([^\"]*)\"$")
  public void followsTimeline(@Param(USER) String user, @Param(TIMELINE_FILE) String file) {
    world.network().followsTimeline(user, world.fileNextToFeature(file));
  }

  @Given("^every user uses the network profile \"([^\"]*)\"$")
  public void everyUserUsesProfile(@Param(PROFILE) String profile) {
    world.network().everyUserUsesProfile(profile);
  }

  @Given("^the network profile \"([^\"]*)\" has (.+)$")
  public void definesProfile(
      @Param(NEW_PROFILE) String profile, @Param(IMPAIRMENTS) String impairments) {
    world.profiles().define(profile, impairments);
  }

  @Given(
      "^(the uplink|the downlink|the network|both directions) of \"([^\"]*)\""
          + " (has .+|is limited to .+|is perfect|reorders .+|may reorder packets|delivers .+|duplicates .+|corrupts .+"
          + "|drops exactly .+)$")
  public void impairment(
      @Param(CHOICE) String target,
      @Param(USER) String user,
      @Param(NETWORK_CHANGE) String phrase) {
    world.network().changes(NetworkDsl.Target.parse(target), user, phrase);
  }

  @When("^the network of \"([^\"]*)\" goes down for (.+)$")
  public void goesDownFor(@Param(USER) String user, @Param(DURATION) String duration) {
    world.network().goesDownFor(user, StepValues.durationNanos(duration));
  }

  @When("^the network of \"([^\"]*)\" goes down$")
  public void goesDown(@Param(USER) String user) {
    world.network().goesDown(user);
  }

  @When("^the network of \"([^\"]*)\" comes back$")
  public void comesBack(@Param(USER) String user) {
    world.network().comesBack(user);
  }

  @When("^the (uplink|downlink|network) loss of \"([^\"]*)\" rises to (\\S+) for (.+)$")
  public void lossRises(
      @Param(CHOICE) String target,
      @Param(USER) String user,
      @Param(PERCENT) String percent,
      @Param(DURATION) String duration) {
    world
        .network()
        .lossRisesFor(
            NetworkDsl.Target.parse(target),
            user,
            StepValues.percent(percent),
            StepValues.durationNanos(duration));
  }

  @When("^the server is unreachable for (.+)$")
  public void serverUnreachable(@Param(DURATION) String duration) {
    world.network().serverUnreachableFor(StepValues.durationNanos(duration));
  }
}
