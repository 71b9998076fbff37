package io.earshot.features.steps;

import io.cucumber.java.en.When;
import io.earshot.simulator.VirtualUser;

/** Action sentences: each marks the start of a "within" window. */
public final class ActionSteps {
  private final ScenarioWorld world;

  public ActionSteps(ScenarioWorld world) {
    this.world = world;
  }

  @When("^\"([^\"]*)\" logs in to room \"([^\"]*)\"$")
  public void logsIn(String user, String room) {
    world.dsl().logsIn(user, room);
  }

  @When("^users (\".*\") log in to room \"([^\"]*)\"$")
  public void usersLogIn(String list, String room) {
    StepValues.userList(list).forEach(user -> world.dsl().logsIn(user, room));
  }

  @When("^every user logs in to room \"([^\"]*)\"$")
  public void everyUserLogsIn(String room) {
    for (VirtualUser u : world.dsl().simulation().users()) {
      world.dsl().logsIn(u.name(), room);
    }
  }

  @When("^\"([^\"]*)\" publishes stream \"([^\"]*)\" with a (\\d+(?:\\.\\d+)?) Hz tone$")
  public void publishesTone(String user, String stream, double hz) {
    world.dsl().publishesTone(user, stream, hz);
  }

  @When("^\"([^\"]*)\" plays stream \"([^\"]*)\"$")
  public void plays(String user, String stream) {
    world.dsl().plays(user, stream);
  }

  @When("^\"([^\"]*)\" stops publishing$")
  public void stopsPublishing(String user) {
    world.dsl().stopsPublishing(user);
  }

  @When("^\"([^\"]*)\" stops playing stream \"([^\"]*)\"$")
  public void stopsPlaying(String user, String stream) {
    world.dsl().stopsPlaying(user, stream);
  }

  @When("^\"([^\"]*)\" logs out$")
  public void logsOut(String user) {
    world.dsl().logsOut(user);
  }

  @When("^\"([^\"]*)\" destroys the engine$")
  public void destroys(String user) {
    world.dsl().destroysEngine(user);
  }

  @When("^(\\S+ \\S+|\\d+(?:\\.\\d+)? ?\\S+) pass(?:es)?$")
  public void timePasses(String duration) {
    world.dsl().timePasses(StepValues.durationNanos(duration));
  }

  @When("^the call lasts (.+)$")
  public void callLasts(String duration) {
    world.dsl().timePasses(StepValues.durationNanos(duration));
  }
}
