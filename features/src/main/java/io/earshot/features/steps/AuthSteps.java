package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.CHOICE;
import static io.earshot.features.vocabulary.ParamKind.FAILURE_CODE;
import static io.earshot.features.vocabulary.ParamKind.ROOM;
import static io.earshot.features.vocabulary.ParamKind.ROOM_LIMIT;
import static io.earshot.features.vocabulary.ParamKind.STREAM;
import static io.earshot.features.vocabulary.ParamKind.STREAMS;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.earshot.features.vocabulary.Param;
import io.earshot.simulator.dsl.Credentials;

/** Authentication, limits and refusals (contract §5, §6, §8). */
public final class AuthSteps {
  private final ScenarioWorld world;

  public AuthSteps(ScenarioWorld world) {
    this.world = world;
  }

  @Given("the reference server requires token authentication")
  public void requiresTokens() {
    world.dsl().serverRequiresTokens();
  }

  @Given("^the reference server allows at most (\\d+) users? per room$")
  public void allowsAtMost(@Param(ROOM_LIMIT) int max) {
    world.dsl().serverAllowsAtMostUsersPerRoom(max);
  }

  @When(
      "^\"([^\"]*)\" logs in to room \"([^\"]*)\" with (a valid token|an expired token|a token signed by another secret"
          + "|a token that does not allow publishing|the wrong app sign|a token for another app|a token for another user)$")
  public void logsInWith(
      @Param(USER) String user, @Param(ROOM) String room, @Param(CHOICE) String credentials) {
    world
        .dsl()
        .logsIn(
            user,
            room,
            switch (credentials) {
              case "a valid token" -> Credentials.VALID_TOKEN;
              case "an expired token" -> Credentials.EXPIRED_TOKEN;
              case "a token signed by another secret" -> Credentials.TOKEN_FROM_ANOTHER_SECRET;
              case "a token that does not allow publishing" -> Credentials.TOKEN_WITHOUT_PUBLISH;
              case "a token for another app" -> Credentials.TOKEN_FOR_ANOTHER_APP;
              case "a token for another user" -> Credentials.TOKEN_FOR_ANOTHER_USER;
              default -> Credentials.WRONG_APP_SIGN;
            });
  }

  @When(
      "^\"([^\"]*)\" logs in to room \"([^\"]*)\" with a token that allows publishing only (\".*\")$")
  public void logsInWithStreamList(
      @Param(USER) String user, @Param(ROOM) String room, @Param(STREAMS) String streams) {
    world.dsl().logsInWithTokenForStreams(user, room, StepValues.userList(streams));
  }

  @Then("^the login of \"([^\"]*)\" fails with error (\\d+)$")
  public void loginFails(@Param(USER) String user, @Param(FAILURE_CODE) int code) {
    world.dsl().loginFailsWith(user, code);
  }

  @Then("^publishing \"([^\"]*)\" by \"([^\"]*)\" fails with error (\\d+)$")
  public void publishFails(
      @Param(STREAM) String stream, @Param(USER) String user, @Param(FAILURE_CODE) int code) {
    world.dsl().publishFailsWith(user, stream, code);
  }
}
