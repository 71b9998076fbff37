package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.JOINERS;
import static io.earshot.features.vocabulary.ParamKind.NAME_PATTERN;
import static io.earshot.features.vocabulary.ParamKind.ROOM_SIZE;
import static io.earshot.features.vocabulary.ParamKind.USER_COUNT;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.earshot.features.vocabulary.Param;

/** The crowd sentences: many users by a numbered name, and users joining rooms over a ramp. */
public final class CrowdSteps {
  private final ScenarioWorld world;

  public CrowdSteps(ScenarioWorld world) {
    this.world = world;
  }

  @Given("^(\\d+) users named \"([^\"]*)\"$")
  public void usersNamed(@Param(USER_COUNT) int count, @Param(NAME_PATTERN) String pattern) {
    world.dsl().crowd().usersNamed(count, pattern);
  }

  @When("^(\\d+) users join rooms of (\\d+) over (.+)$")
  public void usersJoinRooms(
      @Param(JOINERS) int count, @Param(ROOM_SIZE) int roomSize, @Param(DURATION) String over) {
    world.dsl().crowd().usersJoinRooms(count, roomSize, StepValues.durationNanos(over));
  }
}
