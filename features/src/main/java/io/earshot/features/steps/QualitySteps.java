package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.AUDIO_FILE;
import static io.earshot.features.vocabulary.ParamKind.BREAK_RATE;
import static io.earshot.features.vocabulary.ParamKind.DURATION;
import static io.earshot.features.vocabulary.ParamKind.LATENCY;
import static io.earshot.features.vocabulary.ParamKind.MOS;
import static io.earshot.features.vocabulary.ParamKind.MOS_DIFFERENCE;
import static io.earshot.features.vocabulary.ParamKind.PERCENT;
import static io.earshot.features.vocabulary.ParamKind.PERCENTILE;
import static io.earshot.features.vocabulary.ParamKind.ROOM;
import static io.earshot.features.vocabulary.ParamKind.STREAM;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.earshot.features.vocabulary.Param;
import io.earshot.simulator.dsl.AudioDsl;
import io.earshot.simulator.dsl.QualityDsl;

/** Speech, file, noise and silence sources; measured and reported quality; latency. */
public final class QualitySteps {
  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final String ORDINAL = NUMBER + "(?:st|nd|rd|th)";

  private final ScenarioWorld world;

  public QualitySteps(ScenarioWorld world) {
    this.world = world;
  }

  private AudioDsl audio() {
    return world.dsl().audio();
  }

  private QualityDsl quality() {
    return world.dsl().quality();
  }

  @When("^\"([^\"]*)\" publishes stream \"([^\"]*)\" with speech$")
  public void speech(@Param(USER) String user, @Param(STREAM) String stream) {
    audio().publishesSpeech(user, stream);
  }

  @When("^\"([^\"]*)\" publishes stream \"([^\"]*)\" with the audio file \"([^\"]*)\"$")
  public void file(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(AUDIO_FILE) String file) {
    audio().publishesFile(user, stream, world.fileNextToFeature(file));
  }

  @When("^\"([^\"]*)\" publishes stream \"([^\"]*)\" with white noise$")
  public void noise(@Param(USER) String user, @Param(STREAM) String stream) {
    audio().publishesWhiteNoise(user, stream);
  }

  @When("^\"([^\"]*)\" publishes stream \"([^\"]*)\" with silence$")
  public void silence(@Param(USER) String user, @Param(STREAM) String stream) {
    audio().publishesSilence(user, stream);
  }

  @When("^everyone in room \"([^\"]*)\" publishes speech and plays everyone else$")
  public void everyone(@Param(ROOM) String room) {
    audio().everyonePublishesSpeechAndPlaysEveryoneElse(room);
  }

  @Then("^every user in room \"([^\"]*)\" hears every other user within (.+)$")
  public void everyUserHears(@Param(ROOM) String room, @Param(DURATION) String duration) {
    audio().everyUserInRoomHearsEveryOther(room, StepValues.durationNanos(duration));
  }

  @Then("^the measured MOS of \"([^\"]*)\" at \"([^\"]*)\" is at least " + NUMBER + "$")
  public void measuredMos(
      @Param(STREAM) String stream, @Param(USER) String user, @Param(MOS) double min) {
    quality().measuredMosAtLeast(stream, user, min);
  }

  @Then(
      "^the MOS that \"([^\"]*)\" reports for \"([^\"]*)\" is within "
          + NUMBER
          + " of the measured MOS$")
  public void reportedWithinMeasured(
      @Param(USER) String user,
      @Param(STREAM) String stream,
      @Param(MOS_DIFFERENCE) double tolerance) {
    quality().reportedMosWithinOfMeasured(user, stream, tolerance);
  }

  @Then("^the MOS that \"([^\"]*)\" reports for \"([^\"]*)\" is at least " + NUMBER + "$")
  public void reportedMos(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(MOS) double min) {
    quality().reportedMosAtLeast(user, stream, min);
  }

  @Then("^the packet loss that \"([^\"]*)\" reports for \"([^\"]*)\" is between (\\S+) and (\\S+)$")
  public void reportedLoss(
      @Param(USER) String user,
      @Param(STREAM) String stream,
      @Param(PERCENT) String low,
      @Param(PERCENT) String high) {
    quality().reportedLossBetween(user, stream, StepValues.percent(low), StepValues.percent(high));
  }

  @Then("^no listener's reported MOS is below " + NUMBER + "$")
  public void noListenerBelow(@Param(MOS) double min) {
    quality().noListenerReportsMosBelow(min);
  }

  @Then(
      "^the mouth-to-ear latency from \"([^\"]*)\" to \"([^\"]*)\" is below (.+) at the "
          + ORDINAL
          + " percentile$")
  public void latencyPercentile(
      @Param(USER) String publisher,
      @Param(USER) String listener,
      @Param(LATENCY) String max,
      @Param(PERCENTILE) double percentile) {
    quality()
        .latencyBelowAtPercentile(publisher, listener, StepValues.durationMillis(max), percentile);
  }

  @Then(
      "^the mouth-to-ear latency from \"([^\"]*)\" to \"([^\"]*)\" is between (.+) and (.+) on"
          + " average$")
  public void latencyMean(
      @Param(USER) String publisher,
      @Param(USER) String listener,
      @Param(LATENCY) String low,
      @Param(LATENCY) String high) {
    quality()
        .latencyBetweenOnAverage(
            publisher, listener, StepValues.durationMillis(low), StepValues.durationMillis(high));
  }

  @Then(
      "^the mouth-to-ear latency from \"([^\"]*)\" to \"([^\"]*)\" exceeds that to \"([^\"]*)\""
          + " by between (.+) and (.+) on average$")
  public void latencyAboveOther(
      @Param(USER) String publisher,
      @Param(USER) String listener,
      @Param(USER) String other,
      @Param(LATENCY) String low,
      @Param(LATENCY) String high) {
    quality()
        .latencyAboveBetweenOnAverage(
            publisher,
            listener,
            other,
            StepValues.durationMillis(low),
            StepValues.durationMillis(high));
  }

  @Then(
      "^the audio break rate of \"([^\"]*)\" at \"([^\"]*)\" is below "
          + NUMBER
          + " per 10 seconds$")
  public void breakRate(
      @Param(STREAM) String stream, @Param(USER) String user, @Param(BREAK_RATE) double max) {
    quality().breakRateBelow(stream, user, max);
  }

  @Then(
      "^the "
          + ORDINAL
          + " percentile of the measured MOS across all listeners is at least "
          + NUMBER
          + "$")
  public void mosPercentile(@Param(PERCENTILE) double percentile, @Param(MOS) double min) {
    quality().mosPercentileAcrossListenersAtLeast(percentile, min);
  }

  @Then(
      "^the "
          + ORDINAL
          + " percentile of the mouth-to-ear latency across all listeners is below (.+)$")
  public void latencyPercentileAll(
      @Param(PERCENTILE) double percentile, @Param(LATENCY) String max) {
    quality().latencyPercentileAcrossListenersBelow(percentile, StepValues.durationMillis(max));
  }
}
