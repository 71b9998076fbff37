package io.earshot.features.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
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
  public void receivesInOrder(String user, DataTable table) {
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
      String user, String callback, String args, String error, String duration) {
    String argText = (args == null ? "" : args) + (error == null ? "" : " " + error);
    world
        .dsl()
        .receivesWithin(
            user, ExpectedCallback.of(callback, argText), StepValues.durationNanos(duration));
  }

  @Then("^\"([^\"]*)\" never receives (on\\w+)(?: ([^\"]*?))?(?: with error (-?\\d+))?$")
  public void neverReceives(String user, String callback, String args, String error) {
    String argText = (args == null ? "" : args) + (error == null ? "" : " " + error);
    world.dsl().neverReceives(user, ExpectedCallback.of(callback, argText));
  }

  @Then("^\"([^\"]*)\" is in room state (\\w+)$")
  public void roomState(String user, String state) {
    world.dsl().isInRoomState(user, state);
  }

  @Then("^the publisher state of \"([^\"]*)\"(?: for \"([^\"]*)\")? is (\\w+)$")
  public void publisherState(String stream, String user, String state) {
    world.dsl().publisherStateIs(stream, user, state);
  }

  @Then("^the player state of \"([^\"]*)\" for \"([^\"]*)\" is (\\w+)$")
  public void playerState(String stream, String user, String state) {
    world.dsl().playerStateIs(stream, user, state);
  }

  @Then("^\"([^\"]*)\" hears stream \"([^\"]*)\" within (.+)$")
  public void hears(String user, String stream, String duration) {
    world.dsl().hearsWithin(user, stream, StepValues.durationNanos(duration));
  }
}
