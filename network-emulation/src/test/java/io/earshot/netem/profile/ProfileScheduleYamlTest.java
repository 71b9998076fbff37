package io.earshot.netem.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.UserLink;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A profile can be a timeline in YAML (spec 3.10): steps by time, each a profile or a preset. */
class ProfileScheduleYamlTest {
  private static final String TRAIN =
      """
      name: train-ride
      timeline:
        - {at: 0s, preset: 4g}
        - at: 20s
          both: {delay: 150ms, loss: 3%}
        - at: 35s
          uplink: {delay: 10ms}
          downlink: {delay: 20ms}
      """;

  @Test
  void parsesStepsInTimeOrder() {
    ProfileSchedule s = ProfileSchedule.fromYaml(TRAIN);
    assertEquals(3, s.steps().size());
    assertEquals(Duration.ofSeconds(20), s.steps().get(1).at());
    assertEquals(NetworkPresets.standard().profile("4g"), s.steps().get(0).profile());
    assertEquals(
        0.03, s.steps().get(1).profile().direction(Direction.UPLINK).loss().lossRate(), 1e-12);
    assertEquals(
        Duration.ofMillis(20),
        s.steps().get(2).profile().direction(Direction.DOWNLINK).delay().base());
  }

  @Test
  void aLinkFollowsTheTimeline() {
    DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
    UserLink link = new UserLink("alice", 1, scheduler);
    link.follow(ProfileSchedule.fromYaml(TRAIN));
    scheduler.runUntil(21_000_000_000L);
    assertEquals(0.03, link.randomLoss(Direction.UPLINK), 1e-12);
    scheduler.runUntil(36_000_000_000L);
    assertEquals(Duration.ofMillis(10), link.delay(Direction.UPLINK));
  }

  @Test
  void badTimelinesSayWhatWasExpected() {
    assertMessage("timeline", "name: x");
    assertMessage("at", "timeline:\n  - {preset: 4g}");
    assertMessage("unknown-preset", "timeline:\n  - {at: 0s, preset: unknown-preset}");
    assertMessage("duration", "timeline:\n  - {at: soon, preset: 4g}");
  }

  private static void assertMessage(String expected, String yaml) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProfileSchedule.fromYaml(yaml));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
