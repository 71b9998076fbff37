package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.NEW_USER;
import static io.earshot.features.vocabulary.ParamKind.NEW_USERS;
import static io.earshot.features.vocabulary.ParamKind.SEED;
import static io.earshot.features.vocabulary.ParamKind.USER_ID;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.earshot.features.vocabulary.Param;
import io.earshot.simulator.TimeMode;

/** Setup sentences: the server, the time mode and the users. */
public final class SetupSteps {
  private final ScenarioWorld world;

  public SetupSteps(ScenarioWorld world) {
    this.world = world;
  }

  @Given("the reference server is running")
  public void serverRunning() {
    world.dsl().simulation().startServer();
  }

  @Given("the simulation runs in real time")
  public void realTime() {
    world.configure(TimeMode.REAL_TIME, world.seed());
  }

  @Given("^the simulation runs in simulated time with seed (-?\\d+)$")
  public void simulatedTime(@Param(SEED) long seed) {
    world.configure(TimeMode.SIMULATED, seed);
  }

  /** Scenarios tagged {@code @realtime} must use sockets and the wall clock. */
  @Before(value = "@realtime", order = 5)
  public void realTimeTag() {
    world.configure(TimeMode.REAL_TIME, world.seed());
  }

  @Given("^a user \"([^\"]*)\"$")
  public void user(@Param(NEW_USER) String name) {
    world.dsl().simulation().addUser(name, name);
  }

  @Given("^a user \"([^\"]*)\" with user ID \"([^\"]*)\"$")
  public void userWithId(@Param(NEW_USER) String name, @Param(USER_ID) String userId) {
    world.dsl().simulation().addUser(name, userId);
  }

  @Given("^users (\"[^\"]*\"(?:(?:, | and )\"[^\"]*\")*)$")
  public void users(@Param(NEW_USERS) String list) {
    StepValues.userList(list).forEach(name -> world.dsl().simulation().addUser(name, name));
  }

  @After(order = 10)
  public void closeSimulation() {
    world.close();
  }
}
