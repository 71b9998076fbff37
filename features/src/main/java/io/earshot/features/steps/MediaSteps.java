package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.CHOICE;
import static io.earshot.features.vocabulary.ParamKind.COMPARISON;
import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.LEVEL;
import static io.earshot.features.vocabulary.ParamKind.PERIOD;
import static io.earshot.features.vocabulary.ParamKind.STREAM;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.earshot.features.vocabulary.Param;
import io.earshot.simulator.dsl.MediaDsl;
import io.earshot.simulator.dsl.MediaDsl.Comparison;

/**
 * Media sentences: mutes, "hears nothing" and the sound-level monitor. Each calls one DSL method.
 */
public final class MediaSteps {
  private final ScenarioWorld world;

  public MediaSteps(ScenarioWorld world) {
    this.world = world;
  }

  private MediaDsl media() {
    return world.dsl().media();
  }

  @When("^\"([^\"]*)\" (mutes|unmutes) the microphone$")
  public void microphone(@Param(USER) String user, @Param(CHOICE) String verb) {
    media().mutesMicrophone(user, verb.equals("mutes"));
  }

  /** The publish-stream mute of the main channel. */
  @When("^\"([^\"]*)\" (mutes|unmutes) the published audio$")
  public void publishedAudio(@Param(USER) String user, @Param(CHOICE) String verb) {
    media().mutesPublishedAudio(user, verb.equals("mutes"));
  }

  /** The receive mute of one played stream. */
  @When("^\"([^\"]*)\" (mutes|unmutes) stream \"([^\"]*)\"$")
  public void stream(
      @Param(USER) String user, @Param(CHOICE) String verb, @Param(STREAM) String stream) {
    media().mutesStream(user, stream, verb.equals("mutes"));
  }

  @When("^\"([^\"]*)\" (mutes|unmutes) every stream$")
  public void everyStream(@Param(USER) String user, @Param(CHOICE) String verb) {
    media().mutesEveryStream(user, verb.equals("mutes"));
  }

  @When("^\"([^\"]*)\" starts the sound level monitor(?: every (.+))?$")
  public void startMonitor(@Param(USER) String user, @Param(PERIOD) String period) {
    long nanos = period == null ? 100_000_000L : StepValues.durationNanos(period);
    if (nanos % 1_000_000L != 0) {
      throw new IllegalArgumentException(
          "the sound level period must be whole milliseconds (100 ms to 3 seconds), found "
              + period);
    }
    media().startsSoundLevelMonitor(user, (int) Math.min(Integer.MAX_VALUE, nanos / 1_000_000L));
  }

  @When("^\"([^\"]*)\" stops the sound level monitor$")
  public void stopMonitor(@Param(USER) String user) {
    media().stopsSoundLevelMonitor(user);
  }

  @Then("^\"([^\"]*)\" hears nothing from stream \"([^\"]*)\"$")
  public void hearsNothing(@Param(USER) String user, @Param(STREAM) String stream) {
    media().hearsNothingFrom(user, stream);
  }

  @Then(
      "^\"([^\"]*)\" reports a captured sound level (above|below|at least|at most) (\\d+(?:\\.\\d+)?) within (.+)$")
  public void capturedLevel(
      @Param(USER) String user,
      @Param(COMPARISON) String comparison,
      @Param(LEVEL) double level,
      @Param(DURATION) String duration) {
    media()
        .reportsCapturedSoundLevel(
            user, Comparison.of(comparison), level, StepValues.durationNanos(duration));
  }

  @Then(
      "^\"([^\"]*)\" reports a sound level (above|below|at least|at most) (\\d+(?:\\.\\d+)?) for stream \"([^\"]*)\" within (.+)$")
  public void streamLevel(
      @Param(USER) String user,
      @Param(COMPARISON) String comparison,
      @Param(LEVEL) double level,
      @Param(STREAM) String stream,
      @Param(DURATION) String duration) {
    media()
        .reportsStreamSoundLevel(
            user, stream, Comparison.of(comparison), level, StepValues.durationNanos(duration));
  }
}
