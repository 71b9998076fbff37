package io.earshot.netem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.CorruptModel;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.DuplicateModel;
import io.earshot.netem.profile.JitterDistribution;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.LossModel;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Spec 1.1 rule 4: one recorded arrival sequence through a link driven by the deterministic test
 * scheduler and by the real-time scheduler on a Netty event loop (no channels, no sockets) gives
 * identical per-packet decisions: drop or deliver, and the intended delay. Arrivals are replayed by
 * index; real-time timing is not compared.
 */
class ModeEquivalenceTest {

  private static final int N = 3_000;
  private static final long MS = 1_000_000L;

  private static final LinkProfile PROFILE =
      LinkProfile.symmetric(
          "equivalence",
          DirectionProfile.builder()
              .loss(LossModel.inBursts(0.05, 3))
              .duplicate(DuplicateModel.of(0.02))
              .corrupt(CorruptModel.bitFlips(0.01, 1))
              .delay(
                  DelayModel.fixed(Duration.ofMillis(10))
                      .withJitter(JitterDistribution.normal(Duration.ofMillis(2)))
                      .withCorrelation(0.3))
              .allowReordering()
              .build());

  /** The decision that must not depend on the clock mode. */
  private record Verdict(long index, DropCause droppedBy, long intendedDelayNanos) {
    static Verdict of(PacketDecision d) {
      return new Verdict(
          d.index(), d.droppedBy(), d.delivered() ? d.deliverAtNanos() - d.sentAtNanos() : -1);
    }
  }

  @Test
  void simulatedAndRealTimeGiveTheSameDecisions() throws Exception {
    long[] arrivals = recordedArrivals();
    List<Verdict> simulated = simulated(arrivals);
    List<Verdict> realTime = realTime();
    assertEquals(N, simulated.size());
    assertTrue(simulated.stream().anyMatch(v -> v.droppedBy() != null));
    assertEquals(simulated, realTime);
  }

  /** Arrival times of an RTP-like flow: 20 ms spacing with a little sender jitter. */
  private static long[] recordedArrivals() {
    Xoshiro256StarStar random = new Xoshiro256StarStar(77);
    long[] times = new long[N];
    for (int i = 0; i < N; i++) {
      times[i] = i * 20 * MS + (long) (random.nextDouble() * 3 * MS);
    }
    return times;
  }

  private static List<Verdict> simulated(long[] arrivals) {
    DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
    UserLink link = new UserLink("alice", 2024, scheduler);
    link.apply(PROFILE);
    link.enableDecisionLog(N);
    DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
    for (long t : arrivals) {
      scheduler.runUntil(t);
      path.uplink().send(new byte[172]);
    }
    scheduler.runUntilIdle();
    return link.decisionLog(Direction.UPLINK).stream().map(Verdict::of).toList();
  }

  private static List<Verdict> realTime() throws InterruptedException {
    EventLoop loop = new DefaultEventLoop();
    try {
      UserLink link = new UserLink("alice", 2024, new RealTimeEmulationScheduler(loop));
      link.apply(PROFILE);
      link.enableDecisionLog(N);
      CountDownLatch settled = new CountDownLatch(1);
      loop.execute(
          () -> {
            DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
            for (int i = 0; i < N; i++) {
              path.uplink().send(new byte[172]);
            }
            settled.countDown();
          });
      assertTrue(settled.await(30, TimeUnit.SECONDS), "replay finished");
      return link.decisionLog(Direction.UPLINK).stream().map(Verdict::of).toList();
    } finally {
      loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
  }
}
