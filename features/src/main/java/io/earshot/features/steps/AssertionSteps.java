package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.CALLBACK;
import static io.earshot.features.vocabulary.ParamKind.CALLBACK_ARGS;
import static io.earshot.features.vocabulary.ParamKind.CALLBACK_ERROR;
import static io.earshot.features.vocabulary.ParamKind.CALLBACK_TABLE;
import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.PLAYER_STATE;
import static io.earshot.features.vocabulary.ParamKind.PUBLISHER_STATE;
import static io.earshot.features.vocabulary.ParamKind.ROOM_STATE;
import static io.earshot.features.vocabulary.ParamKind.STREAM;
import static io.earshot.features.vocabulary.ParamKind.TIMES;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.earshot.features.vocabulary.Param;
import io.earshot.simulator.dsl.ExpectedCallback;
import java.util.ArrayList;
import java.util.List;

/** Callback, state and audio assertions. */
public final class AssertionSteps {
  private final ScenarioWorld world;

  public AssertionSteps(ScenarioWorld world) {
    this.world = world;
  }

  @Then("^\"([^\"]*)\" receives, in order:$")
  public void receivesInOrder(@Param(USER) String user, @Param(CALLBACK_TABLE) DataTable table) {
    List<ExpectedCallback> expected = new ArrayList<>();
    for (List<String> row : table.asLists()) {
      if (row.isEmpty() || row.get(0) == null || row.get(0).isBlank()) {
        throw new IllegalArgumentException(
            "each row of \"receives, in order\" needs a callback name in its first cell");
      }
      expected.add(ExpectedCallback.of(row.get(0).trim(), row.size() > 1 ? row.get(1) : ""));
    }
    world.dsl().receivesInOrder(user, expected);
  }

  @Then("^\"([^\"]*)\" receives (on\\w+)(?: ([^\"]*?))?(?: with error (-?\\d+))? within (.+)$")
  public void receivesWithin(
      @Param(USER) String user,
      @Param(CALLBACK) String callback,
      @Param(CALLBACK_ARGS) String args,
      @Param(CALLBACK_ERROR) String error,
      @Param(DURATION) String duration) {
    String argText = (args == null ? "" : args) + (error == null ? "" : " " + error);
    world
        .dsl()
        .receivesWithin(
            user, ExpectedCallback.of(callback, argText), StepValues.durationNanos(duration));
  }

  @Then("^\"([^\"]*)\" receives (on\\w+)(?: ([^\"]*?))? exactly (once|twice|\\d+ times)$")
  public void receivesExactly(
      @Param(USER) String user,
      @Param(CALLBACK) String callback,
      @Param(CALLBACK_ARGS) String args,
      @Param(TIMES) String times) {
    world
        .dsl()
        .receivesExactly(
            user, ExpectedCallback.of(callback, args == null ? "" : args), StepValues.times(times));
  }

  @Then("^\"([^\"]*)\" never receives (on\\w+)(?: ([^\"]*?))?(?: with error (-?\\d+))?$")
  public void neverReceives(
      @Param(USER) String user,
      @Param(CALLBACK) String callback,
      @Param(CALLBACK_ARGS) String args,
      @Param(CALLBACK_ERROR) String error) {
    String argText = (args == null ? "" : args) + (error == null ? "" : " " + error);
    world.dsl().neverReceives(user, ExpectedCallback.of(callback, argText));
  }

  @Then("^\"([^\"]*)\" is in room state (\\w+)$")
  public void roomState(@Param(USER) String user, @Param(ROOM_STATE) String state) {
    world.dsl().isInRoomState(user, state);
  }

  @Then("^the publisher state of \"([^\"]*)\"(?: for \"([^\"]*)\")? is (\\w+)$")
  public void publisherState(
      @Param(STREAM) String stream,
      @Param(USER) String user,
      @Param(PUBLISHER_STATE) String state) {
    world.dsl().publisherStateIs(stream, user, state);
  }

  @Then("^the player state of \"([^\"]*)\" for \"([^\"]*)\" is (\\w+)$")
  public void playerState(
      @Param(STREAM) String stream, @Param(USER) String user, @Param(PLAYER_STATE) String state) {
    world.dsl().playerStateIs(stream, user, state);
  }

  @Then("^\"([^\"]*)\" hears stream \"([^\"]*)\" within (.+)$")
  public void hears(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(DURATION) String duration) {
    world.dsl().hearsWithin(user, stream, StepValues.durationNanos(duration));
  }
}
