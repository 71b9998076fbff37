package io.earshot.features.steps;

import static io.earshot.features.vocabulary.ParamKind.BREAK_RATE;
import static io.earshot.features.vocabulary.ParamKind.CHOICE;
import static io.earshot.features.vocabulary.ParamKind.LATENCY;
import static io.earshot.features.vocabulary.ParamKind.PERCENT;
import static io.earshot.features.vocabulary.ParamKind.RATIO;
import static io.earshot.features.vocabulary.ParamKind.STREAM;
import static io.earshot.features.vocabulary.ParamKind.USER;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.earshot.features.vocabulary.Param;
import io.earshot.simulator.dsl.ReportedQualityDsl;

/**
 * What a listener's engine reports about a played stream (its quality callbacks and inbound
 * statistics), and the engine's loss recovery switch.
 */
public final class ReportedQualitySteps {
  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";

  private final ScenarioWorld world;

  public ReportedQualitySteps(ScenarioWorld world) {
    this.world = world;
  }

  private ReportedQualityDsl reported() {
    return world.dsl().reported();
  }

  @Given("^\"([^\"]*)\" has loss recovery switched (off|on)$")
  public void lossRecovery(@Param(USER) String user, @Param(CHOICE) String onOff) {
    world.dsl().simulation().user(user).lossRecovery(onOff.equals("on"));
  }

  @Then(
      "^the packet loss that \"([^\"]*)\" reports for \"([^\"]*)\" agrees with what its downlink"
          + " dropped$")
  public void lossAgrees(@Param(USER) String user, @Param(STREAM) String stream) {
    reported().lossAgreesWithDownlink(user, stream);
  }

  @Then(
      "^the end-to-end packet loss that \"([^\"]*)\" reports for \"([^\"]*)\" is between (\\S+) and"
          + " (\\S+)$")
  public void endToEndLoss(
      @Param(USER) String user,
      @Param(STREAM) String stream,
      @Param(PERCENT) String low,
      @Param(PERCENT) String high) {
    reported().endToEndLossBetween(user, stream, StepValues.percent(low), StepValues.percent(high));
  }

  @Then("^the loss burst ratio that \"([^\"]*)\" reports for \"([^\"]*)\" is above " + NUMBER + "$")
  public void burstRatio(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(RATIO) double min) {
    reported().burstRatioAbove(user, stream, min);
  }

  @Then("^the residual loss that \"([^\"]*)\" reports for \"([^\"]*)\" is below (\\S+)$")
  public void residualLoss(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(PERCENT) String max) {
    reported().residualLossBelow(user, stream, StepValues.percent(max));
  }

  @Then("^\"([^\"]*)\" conceals fewer samples of \"([^\"]*)\" than \"([^\"]*)\"$")
  public void concealsFewer(
      @Param(USER) String better, @Param(STREAM) String stream, @Param(USER) String worse) {
    reported().concealsFewerThan(better, stream, worse);
  }

  @Then("^the jitter that \"([^\"]*)\" reports for \"([^\"]*)\" is below (.+)$")
  public void jitter(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(LATENCY) String max) {
    reported().jitterBelow(user, stream, StepValues.durationMillis(max));
  }

  @Then("^the round trip that \"([^\"]*)\" reports for \"([^\"]*)\" is between (.+) and (.+)$")
  public void roundTrip(
      @Param(USER) String user,
      @Param(STREAM) String stream,
      @Param(LATENCY) String low,
      @Param(LATENCY) String high) {
    reported()
        .roundTripBetween(
            user, stream, StepValues.durationMillis(low), StepValues.durationMillis(high));
  }

  @Then("^the playout delay that \"([^\"]*)\" reports for \"([^\"]*)\" is below (.+)$")
  public void playoutDelay(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(LATENCY) String max) {
    reported().playoutDelayBelow(user, stream, StepValues.durationMillis(max));
  }

  @Then(
      "^the audio break rate that \"([^\"]*)\" reports for \"([^\"]*)\" is below "
          + NUMBER
          + " per 10 seconds$")
  public void breakRate(
      @Param(USER) String user, @Param(STREAM) String stream, @Param(BREAK_RATE) double max) {
    reported().breakRateBelow(user, stream, max);
  }
}
