package io.earshot.netem.acceptance;

import static io.earshot.netem.acceptance.LinkRun.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DropCause;
import io.earshot.netem.PacketDecision;
import io.earshot.netem.profile.DeliveryTrace;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.OutageMode;
import io.earshot.netem.profile.OutageModel;
import io.earshot.netem.profile.RateLimit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outage variants (spec 3.5) and Mahimahi trace replay (spec 3.10). */
class OutageTraceAcceptanceTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void scheduledDropOutageDropsExactlyTheWindow() {
    DirectionProfile profile =
        DirectionProfile.builder()
            .outage(
                OutageModel.scheduled(
                    Duration.ofSeconds(1), Duration.ofMillis(500), OutageMode.DROP))
            .build();
    LinkRun run = LinkRun.of(profile, 51).send(200, 10 * MS, 40);
    for (PacketDecision d : run.decisions()) {
      boolean inWindow = d.sentAtNanos() >= SECOND && d.sentAtNanos() < 1_500 * MS;
      assertEquals(inWindow, !d.delivered(), "packet " + d.index());
    }
    assertEquals(50, run.stats().dropped(DropCause.OUTAGE));
  }

  @Test
  void holdOutageReleasesPacketsAtTheEndBoundedByTheQueueLimit() {
    DirectionProfile profile =
        DirectionProfile.builder()
            .delay(Duration.ofMillis(10))
            .outage(
                OutageModel.scheduled(
                    Duration.ofSeconds(1), Duration.ofSeconds(1), OutageMode.HOLD))
            .rate(RateLimit.of(100_000_000).withQueuePackets(30))
            .build();
    LinkRun run = LinkRun.of(profile, 52).send(300, 20 * MS, 40);
    DatagramStats stats = run.stats();
    // 50 arrive while held, 30 fit; the one arriving as the window ends still finds it full.
    assertEquals(21, stats.dropped(DropCause.QUEUE));
    for (PacketDecision d : run.decisions()) {
      if (d.delivered() && d.sentAtNanos() >= SECOND && d.sentAtNanos() < 2 * SECOND) {
        assertTrue(d.deliverAtNanos() >= 2 * SECOND + 10 * MS, "released at the end");
        assertTrue(d.deliverAtNanos() < 2 * SECOND + 11 * MS);
      }
    }
    assertTrue(stats.queueSojourn().maxNanos() >= 990 * MS, "a spike of about 1 s");
    assertEquals(0, stats.reordered());
  }

  @Test
  void holdOutageWithoutARateUsesTheDefaultQueue() {
    DirectionProfile profile =
        DirectionProfile.builder()
            .outage(OutageModel.scheduled(Duration.ZERO, Duration.ofMillis(100), OutageMode.HOLD))
            .build();
    assertTrue(profile.stageNames().contains("queue"));
    LinkRun run = LinkRun.of(profile, 53).send(20, 10 * MS, 40);
    assertEquals(20, run.stats().delivered());
    assertEquals(100 * MS, run.decisions().get(0).deliverAtNanos());
  }

  @Test
  void randomOnOffHasTheExpectedAvailability() {
    Duration on = Duration.ofMillis(1_000);
    Duration off = Duration.ofMillis(250);
    OutageModel.RandomOnOff model = OutageModel.randomOnOff(on, off, OutageMode.DROP);
    int n = 200_000;
    long spacing = 10 * MS;
    LinkRun run =
        LinkRun.of(DirectionProfile.builder().outage(model).build(), 54).send(n, spacing, 40);
    double downFraction = run.stats().lossRatio();
    double d = 1 - model.availability();
    assertEquals(0.2, d, 1e-12);
    // Renewal-reward: var(down share) = ((1-d)^2 Toff^2 + d^2 Ton^2) / (C E[cycle]^2).
    double ton = 1.0;
    double toff = 0.25;
    double cycles = n * spacing / 1e9 / (ton + toff);
    double sd =
        Math.sqrt(
            ((1 - d) * (1 - d) * toff * toff + d * d * ton * ton)
                / (cycles * (ton + toff) * (ton + toff)));
    assertEquals(d, downFraction, Tolerance.Z * sd + 1.0 / n);
  }

  @Test
  void periodicOnOffIsExact() {
    DirectionProfile profile =
        DirectionProfile.builder()
            .outage(
                OutageModel.periodic(Duration.ofMillis(80), Duration.ofMillis(20), OutageMode.DROP))
            .build();
    LinkRun run = LinkRun.of(profile, 55).send(1_000, 10 * MS, 40);
    assertEquals(200, run.stats().dropped(DropCause.OUTAGE));
    for (PacketDecision d : run.decisions()) {
      assertEquals((d.sentAtNanos() / MS) % 100 >= 80, !d.delivered());
    }
  }

  @Test
  void traceOpportunitiesAreSharedSpannedAndLost() {
    DeliveryTrace trace = DeliveryTrace.parse("two-per-10ms", "5\n10\n");
    DirectionProfile profile = DirectionProfile.builder().rate(RateLimit.trace(trace)).build();
    LinkRun run = LinkRun.of(profile, 56);
    // Three 500-byte wire packets (472 + 28) share the 5 ms opportunity, the 4th spills over.
    for (int i = 0; i < 4; i++) {
      run.sendOne(472);
    }
    run.scheduler.runUntil(7 * MS);
    run.sendOne(472); // arrives after the 5 ms slot: waits, even though bytes were left
    run.scheduler.runUntil(30 * MS);
    run.sendOne(2972); // 3000 wire bytes span the 35 ms and 40 ms opportunities
    run.scheduler.runUntilIdle();
    List<Long> departures = run.decisions().stream().map(PacketDecision::deliverAtNanos).toList();
    assertEquals(List.of(5 * MS, 5 * MS, 5 * MS, 10 * MS, 10 * MS, 40 * MS), departures);
  }

  @Test
  void saturatedTraceDeliversItsAverageCapacityAndLoops() {
    long[] millis = new long[100];
    for (int i = 0; i < 100; i++) {
      millis[i] = 1 + i / 2 * 2; // 2 opportunities every 2 ms, period 99 ms
    }
    DeliveryTrace trace = DeliveryTrace.ofMillis("steady", millis);
    DirectionProfile profile =
        DirectionProfile.builder().rate(RateLimit.trace(trace).withQueuePackets(100)).build();
    int n = 20_000;
    LinkRun run = LinkRun.of(profile, 57).send(n, 500_000, 1476); // 1504 wire bytes
    long from = SECOND;
    long to = n * 500_000L;
    long inWindow =
        run.decisions().stream()
            .filter(d -> d.delivered() && d.deliverAtNanos() > from && d.deliverAtNanos() <= to)
            .count();
    double rate = inWindow * 1504 * 8.0 * SECOND / (to - from);
    assertEquals(
        trace.averageBitsPerSecond(),
        rate,
        2 * 8.0 * 1504 * SECOND / (to - from) + trace.averageBitsPerSecond() * 2.0 / 99);
    assertTrue(run.stats().dropped(DropCause.QUEUE) > 0, "offered 24 Mbit/s > capacity");
  }

  @Test
  void traceFilesAreValidated() {
    LossModelTestSupport.assertRejected(() -> DeliveryTrace.parse("t", "5\n3\n"), "non-decreasing");
    LossModelTestSupport.assertRejected(
        () -> DeliveryTrace.parse("t", "5\nx\n"), "line 2: expected an integer");
    LossModelTestSupport.assertRejected(() -> DeliveryTrace.parse("t", "0\n0\n"), "loop period");
    LossModelTestSupport.assertRejected(() -> DeliveryTrace.parse("t", ""), "at least one line");
  }
}
