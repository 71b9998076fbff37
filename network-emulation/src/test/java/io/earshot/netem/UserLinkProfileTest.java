package io.earshot.netem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.JitterDistribution;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.LossModel;
import io.earshot.netem.profile.NetworkPresets;
import io.earshot.netem.profile.ProfileSchedule;
import io.earshot.netem.profile.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profiles on a user link: apply at runtime, schedules, presets, and the old setters. */
class UserLinkProfileTest {

  private static final long MS = 1_000_000L;

  private final DeterministicTestScheduler scheduler = new DeterministicTestScheduler();

  @Test
  void applyChangesLaterPacketsOnlyAndAQueueKeepsItsContents() {
    UserLink link = new UserLink("ann", 1, scheduler);
    link.apply(
        Direction.UPLINK,
        DirectionProfile.builder()
            .delay(Duration.ofMillis(100))
            .rate(RateLimit.of(100_000))
            .build());
    link.enableDecisionLog(100);
    List<Long> at = new ArrayList<>();
    DatagramPath path = link.openDatagramPath(d -> at.add(scheduler.nowNanos()), d -> {});
    for (int i = 0; i < 3; i++) {
      path.uplink().send(new byte[222]); // 250 wire bytes = 20 ms at 100 kbit/s
    }
    link.apply(
        Direction.UPLINK,
        DirectionProfile.builder()
            .delay(Duration.ofMillis(10))
            .rate(RateLimit.of(100_000))
            .build());
    path.uplink().send(new byte[222]);
    scheduler.runUntilIdle();
    // The queue kept serving: departures at 20, 40, 60, 80 ms; the first three keep 100 ms,
    // the fourth gets 10 ms but may not overtake (FIFO): 180 ms.
    assertEquals(List.of(120 * MS, 140 * MS, 160 * MS, 160 * MS), at);
    assertEquals(1, link.stats().datagramUplink().orderClamped());
  }

  @Test
  void settersEditTheCurrentProfileAndKeepTheRest() {
    UserLink link = new UserLink("bea", 1, scheduler);
    DirectionProfile profile =
        DirectionProfile.builder()
            .delay(Duration.ofMillis(40))
            .jitter(JitterDistribution.normal(Duration.ofMillis(5)))
            .rate(RateLimit.of(1_000_000))
            .build();
    link.apply(LinkProfile.symmetric("mine", profile));
    assertEquals("mine", link.profile().name());
    link.setDelay(Direction.UPLINK, Duration.ofMillis(60));
    link.setRandomLoss(0.1);
    DirectionProfile up = link.profile(Direction.UPLINK);
    assertEquals(Duration.ofMillis(60), up.delay().base());
    assertEquals(JitterDistribution.normal(Duration.ofMillis(5)), up.delay().jitter());
    assertEquals(RateLimit.of(1_000_000), up.rate());
    assertEquals(LossModel.random(0.1), up.loss());
    assertEquals(Duration.ofMillis(40), link.delay(Direction.DOWNLINK));
    assertEquals(0.1, link.randomLoss(Direction.DOWNLINK));
    assertEquals("custom", link.profile().name());
    link.apply(
        Direction.UPLINK, DirectionProfile.builder().loss(LossModel.inBursts(0.05, 3)).build());
    assertEquals(
        0.05, link.randomLoss(Direction.UPLINK), 1e-12, "the long-run rate of any loss model");
  }

  @Test
  void aPresetAppliesBothDirections() {
    UserLink link = new UserLink("cid", 1, scheduler);
    link.apply(NetworkPresets.standard().profile("4g"));
    assertEquals("lte-good", link.profile().name());
    assertEquals(Duration.ofMillis(45), link.delay(Direction.UPLINK));
    assertEquals(50_000_000, link.profile(Direction.UPLINK).rate().bitsPerSecond());
    assertEquals(100_000_000, link.profile(Direction.DOWNLINK).rate().bitsPerSecond());
  }

  @Test
  void aScheduleAppliesItsStepsAtTheirInstants() {
    UserLink link = new UserLink("dan", 1, scheduler);
    LinkProfile slow =
        LinkProfile.symmetric(
            "slow", DirectionProfile.builder().delay(Duration.ofMillis(200)).build());
    LinkProfile lossy =
        LinkProfile.symmetric(
            "lossy", DirectionProfile.builder().loss(LossModel.random(1.0)).build());
    link.follow(ProfileSchedule.of(Duration.ofSeconds(2), lossy).then(Duration.ofSeconds(1), slow));
    link.enableDecisionLog(100);
    DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
    for (int i = 0; i < 30; i++) {
      scheduler.runUntil(i * 100 * MS);
      path.uplink().send(new byte[10]);
    }
    scheduler.runUntilIdle();
    for (PacketDecision d : link.decisionLog(Direction.UPLINK)) {
      long t = d.sentAtNanos();
      if (t < 1_000 * MS) {
        assertEquals(t, d.deliverAtNanos(), "ideal before 1 s");
      } else if (t < 2_000 * MS) {
        assertEquals(t + 200 * MS, d.deliverAtNanos(), "slow from 1 s");
      } else {
        assertTrue(!d.delivered(), "lossy from 2 s");
      }
    }
    assertEquals("lossy", link.profile().name());
  }

  @Test
  void changingTheDelayKeepsTheLossModelsState() {
    // A Gilbert-Elliott stage is reused when only the delay changes: the same drops as a
    // run without the change.
    List<Long> unchanged = drops(false);
    List<Long> changed = drops(true);
    assertTrue(!unchanged.isEmpty());
    assertEquals(unchanged, changed);
  }

  private static List<Long> drops(boolean changeDelayMidway) {
    DeterministicTestScheduler clock = new DeterministicTestScheduler();
    UserLink link = new UserLink("eve", 9, clock);
    link.apply(
        Direction.UPLINK, DirectionProfile.builder().loss(LossModel.inBursts(0.1, 4)).build());
    link.enableDecisionLog(2_000);
    DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
    for (int i = 0; i < 2_000; i++) {
      if (changeDelayMidway && i == 1_000) {
        link.setDelay(Direction.UPLINK, Duration.ofMillis(30));
      }
      path.uplink().send(new byte[10]);
      clock.advance(20 * MS);
    }
    clock.runUntilIdle();
    return link.decisionLog(Direction.UPLINK).stream()
        .filter(d -> !d.delivered())
        .map(PacketDecision::index)
        .toList();
  }

  @Test
  void statsRenderTheNewCounters() {
    UserLink link = new UserLink("fay", 3, scheduler);
    link.apply(
        Direction.UPLINK,
        DirectionProfile.fromYaml("loss: 10%\nduplicate: 10%\ncorrupt: 10%\nrate: 1mbit"));
    DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
    for (int i = 0; i < 1_000; i++) {
      path.uplink().send(new byte[100]);
      scheduler.advance(MS);
    }
    scheduler.runUntilIdle();
    DatagramStats up = link.stats().datagramUplink();
    assertTrue(up.duplicated() > 0 && up.corrupted() > 0 && up.lossRuns().runs() > 0);
    assertEquals(up.offered(), up.delivered() + up.droppedTotal());
    String text = up.render();
    assertTrue(
        text.contains("duplicated=")
            && text.contains("sojourn n=")
            && text.contains("lossRuns runs="),
        text);
  }
}
