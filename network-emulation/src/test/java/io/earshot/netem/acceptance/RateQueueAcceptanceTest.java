package io.earshot.netem.acceptance;

import static io.earshot.netem.acceptance.LinkRun.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DropCause;
import io.earshot.netem.PacketDecision;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.QueueDiscipline;
import io.earshot.netem.profile.RateLimit;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec 3.8 expectations for the bottleneck, in simulated time: serialisation only under load,
 * throughput R and loss 1 - R/lambda in overload, drop-tail sojourn about queueBytes * 8 / R, CoDel
 * holding the sojourn near its target, M/D/1 waits, and the voice example.
 */
class RateQueueAcceptanceTest {

  private static final long SECOND = 1_000_000_000L;

  private static LinkRun run(RateLimit rate, int n, long spacing, int payload) {
    return LinkRun.of(DirectionProfile.builder().rate(rate).build(), 41).send(n, spacing, payload);
  }

  @Test
  void periodicTrafficBelowTheRateSeesOnlyTheSerialisationTime() {
    RateLimit rate = RateLimit.of(1_000_000);
    LinkRun run = run(rate, 5_000, 20 * MS, 200);
    long tau = rate.serviceNanos(228);
    assertEquals(1_824_000, tau, "228 wire bytes (200 + 28) at 1 Mbit/s");
    for (PacketDecision d : run.decisions()) {
      assertEquals(tau, d.deliverAtNanos() - d.sentAtNanos());
    }
    assertEquals(0, run.stats().queueSojourn().maxNanos());
    assertEquals(0, run.stats().droppedTotal());
  }

  @Test
  void overloadGivesThroughputRAndLossOneMinusRByLambdaWithDropTailSojourn() {
    long r = 400_000;
    long queueBytes = 50_000;
    RateLimit rate = RateLimit.of(r).withQueueBytes(queueBytes);
    int n = 20_000;
    long spacing = 10 * MS;
    LinkRun run = run(rate, n, spacing, 1000);
    long wire = 1028;
    double lambda = wire * 8.0 * SECOND / spacing;
    DatagramStats stats = run.stats();
    assertEquals(stats.droppedTotal(), stats.dropped(DropCause.QUEUE));
    // Deterministic arrivals: the count is off by at most the queue content plus one.
    double slack = (queueBytes / wire + 2.0) / n;
    assertEquals(1 - r / lambda, stats.lossRatio(), slack, "loss = 1 - R/lambda");

    List<PacketDecision> delivered =
        run.decisions().stream().filter(PacketDecision::delivered).toList();
    long from = 5 * SECOND;
    long to = (n - 1) * spacing;
    long inWindow =
        delivered.stream()
            .filter(d -> d.deliverAtNanos() > from && d.deliverAtNanos() <= to)
            .count();
    double throughput = inWindow * wire * 8.0 * SECOND / (to - from);
    assertEquals(r, throughput, 8.0 * wire * SECOND / (to - from), "rate within 8 s'/T");

    double expectedSojourn = queueBytes * 8.0 / r;
    double tau = wire * 8.0 / r;
    delivered.stream()
        .filter(d -> d.sentAtNanos() > from)
        .forEach(
            d -> {
              double sojourn = (d.deliverAtNanos() - d.sentAtNanos()) / 1e9 - tau;
              // The byte limit counts the packet in service, and whole packets: within 3 tau.
              assertTrue(
                  sojourn <= expectedSojourn && sojourn >= expectedSojourn - 3 * tau,
                  "steady drop-tail sojourn " + sojourn + " s vs queueBytes*8/R");
            });
    assertEquals(
        expectedSojourn,
        stats.queueSojourn().p95Nanos() / 1e9,
        0.07 * expectedSojourn + 3 * tau,
        "p95 from the bounded histogram");
  }

  @Test
  void dropHeadDropsTheOldestAndKeepsTheNewest() {
    RateLimit tail = RateLimit.of(400_000).withQueuePackets(20);
    RateLimit head = tail.withDiscipline(QueueDiscipline.DROP_HEAD);
    LinkRun tailRun = run(tail, 2_000, 10 * MS, 1000);
    LinkRun headRun = run(head, 2_000, 10 * MS, 1000);
    assertEquals(
        tailRun.stats().droppedTotal(),
        headRun.stats().droppedTotal(),
        21,
        "the same capacity is lost either way");
    assertEquals(headRun.stats().droppedTotal(), headRun.stats().dropped(DropCause.QUEUE));
    List<PacketDecision> tailLog = tailRun.decisions();
    List<PacketDecision> headLog = headRun.decisions();
    boolean[] tailLost = tailRun.lostByIndex();
    int lateTailDrops = 0;
    for (int i = 1_980; i < 2_000; i++) {
      lateTailDrops += tailLost[i] ? 1 : 0;
    }
    assertTrue(lateTailDrops > 5, "drop-tail drops newcomers");
    assertTrue(
        headRun.arrivals.stream().filter(a -> a.index() >= 1_980).count() >= 19,
        "drop-head delivers the newest packets (those left in the queue)");
    assertTrue(headLog.stream().anyMatch(d -> !d.delivered() && d.index() < 1_900));
  }

  @Test
  void coDelHoldsTheSojournNearItsTarget() {
    long r = 10_000_000;
    RateLimit rate = RateLimit.of(r).withCoDel(Duration.ofMillis(5), Duration.ofMillis(100));
    int n = 100_000;
    long spacing = 650_000;
    LinkRun run = run(rate, n, spacing, 1000);
    DatagramStats stats = run.stats();
    assertTrue(stats.dropped(DropCause.AQM) > 0);
    // Unresponsive 1.27x overload: CoDel's drop rate ramps up with sqrt(count), so the
    // 1000-packet limit overflows during the first seconds, never once CoDel has caught up.
    assertTrue(
        run.decisions().stream()
            .filter(d -> d.droppedBy() == DropCause.QUEUE)
            .allMatch(d -> d.sentAtNanos() < 20 * SECOND),
        "no queue overflow after 20 s");
    double lambda = 1028 * 8.0 * SECOND / spacing;
    assertEquals(1 - r / lambda, stats.lossRatio(), 0.01, "throughput stays R");
    double tau = 1028 * 8.0 / r;
    double meanLate =
        run.decisions().stream()
            .filter(d -> d.delivered() && d.sentAtNanos() > n / 2 * spacing)
            .mapToDouble(d -> (d.deliverAtNanos() - d.sentAtNanos()) / 1e9 - tau)
            .average()
            .orElseThrow();
    // Between drop episodes the queue sits above target for one interval before CoDel acts,
    // growing by interval (lambda/R - 1): the sojourn swings from the target up to that.
    double target = 0.005;
    double swing = 0.100 * (lambda / r - 1);
    assertTrue(
        meanLate > target && meanLate < target + swing,
        "mean sojourn "
            + meanLate * 1e3
            + " ms, expected in [5, "
            + (target + swing) * 1e3
            + "] ms");
    RateLimit plain = RateLimit.of(r);
    LinkRun dropTail = run(plain, n / 5, spacing, 1000);
    assertTrue(
        dropTail.stats().queueSojourn().p95Nanos() > 0.9 * 1000 * tau * 1e9,
        "without CoDel the 1000-packet queue stays full");
  }

  @Test
  void aDelayLimitDropsPacketsThatWaitedTooLong() {
    RateLimit rate = RateLimit.of(400_000).withQueueDelay(Duration.ofMillis(100));
    LinkRun run = run(rate, 2_000, 10 * MS, 1000);
    assertTrue(run.stats().dropped(DropCause.QUEUE) > 0);
    assertTrue(run.stats().queueSojourn().maxNanos() <= 100 * MS);
  }

  @Test
  void voiceAt48KbitOnA40KbitUplinkQueuesThenDrops() {
    // Opus 32 kbit/s, 20 ms, 80-byte payload + 40 bytes IPv4/UDP/RTP headers = 48 kbit/s.
    RateLimit rate = RateLimit.of(40_000).withOverhead(40).withQueueDelay(Duration.ofMillis(100));
    LinkRun run = run(rate, 3_000, 20 * MS, 80);
    List<PacketDecision> log = run.decisions();
    long firstDrop =
        log.stream()
            .filter(d -> !d.delivered())
            .mapToLong(PacketDecision::index)
            .min()
            .orElseThrow();
    // tau = 24 ms per 20 ms: packet k waits k (tau - Delta) = 4k ms, over 100 ms from k = 26.
    long tau = rate.serviceNanos(120);
    assertEquals(24 * MS, tau);
    assertEquals(100 * MS / (tau - 20 * MS) + 1, firstDrop);
    for (int i = 1; i < 25; i++) {
      long wait = log.get(i).deliverAtNanos() - log.get(i).sentAtNanos();
      long before = log.get(i - 1).deliverAtNanos() - log.get(i - 1).sentAtNanos();
      assertTrue(wait > before, "the queue grows");
    }
    assertEquals(1 - 40.0 / 48.0, run.stats().lossRatio(), 0.01);
  }

  @Test
  void poissonArrivalsWaitAsAnMd1Queue() {
    long r = 1_000_000;
    RateLimit rate = RateLimit.of(r).withQueuePackets(1_000_000);
    long wire = 1028;
    double tau = wire * 8.0 / r;
    double rho = 0.5;
    double meanGap = tau / rho;
    Xoshiro256StarStar random = new Xoshiro256StarStar(4242);
    int n = 100_000;
    long[] times = new long[n];
    double t = 0;
    for (int i = 0; i < n; i++) {
      t += -meanGap * Math.log(1 - random.nextDouble());
      times[i] = (long) (t * 1e9);
    }
    LinkRun run = LinkRun.of(DirectionProfile.builder().rate(rate).build(), 43).sendAt(times, 1000);
    double[] waits =
        run.decisions().stream()
            .mapToDouble(d -> (d.deliverAtNanos() - d.sentAtNanos()) / 1e9 - tau)
            .toArray();
    // Batch means: waits are strongly autocorrelated, 50 batches of 2000 are nearly not.
    int batches = 50;
    double[] means = new double[batches];
    for (int b = 0; b < batches; b++) {
      double s = 0;
      for (int i = b * (n / batches); i < (b + 1) * (n / batches); i++) {
        s += waits[i];
      }
      means[b] = s / (n / batches);
    }
    double grand = Arrays.stream(means).average().orElseThrow();
    double sd =
        Math.sqrt(Arrays.stream(means).map(m -> (m - grand) * (m - grand)).sum() / (batches - 1));
    double expected = rho * tau / (2 * (1 - rho));
    assertEquals(expected, grand, Tolerance.Z * sd / Math.sqrt(batches), "M/D/1 mean wait");
    assertEquals(
        expected * 1e9,
        run.stats().queueSojourn().meanNanos(),
        Tolerance.Z * sd * 1e9 / Math.sqrt(batches));
  }
}
