package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.FREQUENCY;
import static io.earshot.features.vocabulary.ParamKind.ROOM;
import static io.earshot.features.vocabulary.ParamKind.STREAM;
import static io.earshot.features.vocabulary.ParamKind.USER;
import static io.earshot.features.vocabulary.ParamKind.USERS;

import io.cucumber.java.en.When;
import io.earshot.features.vocabulary.Param;
import io.earshot.simulator.VirtualUser;

/** Action sentences: each marks the start of a "within" window. */
public final class ActionSteps {
  private final ScenarioWorld world;

  public ActionSteps(ScenarioWorld world) {
    this.world = world;
  }

  @When("^\"([^\"]*)\" logs in to room \"([^\"]*)\"$")
  public void logsIn(@Param(USER) String user, @Param(ROOM) String room) {
    world.dsl().logsIn(user, room);
  }

  @When("^users (\".*\") log in to room \"([^\"]*)\"$")
  public void usersLogIn(@Param(USERS) String list, @Param(ROOM) String room) {
    StepValues.userList(list).forEach(user -> world.dsl().logsIn(user, room));
  }

  @When("^every user logs in to room \"([^\"]*)\"$")
  public void everyUserLogsIn(@Param(ROOM) String room) {
    for (VirtualUser u : world.dsl().simulation().users()) {
      world.dsl().logsIn(u.name(), room);
    }
  }

  @When("^\"([^\"]*)\" publishes stream \"([^\"]*)\" with a (\\d+(?:\\.\\d+)?) Hz tone$")
  public void publishesTone(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(FREQUENCY) double hz) {
    world.dsl().publishesTone(user, stream, hz);
  }

  @When("^\"([^\"]*)\" plays stream \"([^\"]*)\"$")
  public void plays(@Param(USER) String user, @Param(STREAM) String stream) {
    world.dsl().plays(user, stream);
  }

  @When("^\"([^\"]*)\" stops publishing$")
  public void stopsPublishing(@Param(USER) String user) {
    world.dsl().stopsPublishing(user);
  }

  @When("^\"([^\"]*)\" stops playing stream \"([^\"]*)\"$")
  public void stopsPlaying(@Param(USER) String user, @Param(STREAM) String stream) {
    world.dsl().stopsPlaying(user, stream);
  }

  @When("^\"([^\"]*)\" logs out$")
  public void logsOut(@Param(USER) String user) {
    world.dsl().logsOut(user);
  }

  @When("^\"([^\"]*)\" destroys the engine$")
  public void destroys(@Param(USER) String user) {
    world.dsl().destroysEngine(user);
  }

  @When("^(\\S+ \\S+|\\d+(?:\\.\\d+)? ?\\S+) pass(?:es)?$")
  public void timePasses(@Param(DURATION) String duration) {
    world.dsl().timePasses(StepValues.durationNanos(duration));
  }

  @When("^the call lasts (.+)$")
  public void callLasts(@Param(DURATION) String duration) {
    world.dsl().timePasses(StepValues.durationNanos(duration));
  }
}
