package io.earshot.netem.bench;

import io.earshot.netem.DatagramLink;
import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.UserLink;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.internal.stage.FifoOrderStage;
import io.earshot.netem.internal.stage.JitterDelayStage;
import io.earshot.netem.internal.stage.PacketFate;
import io.earshot.netem.internal.stage.RandomLossConfig;
import io.earshot.netem.internal.stage.RandomLossStage;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.JitterDistribution;
import io.earshot.netem.profile.LossModel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Per-packet cost of a loss + delay + normal-jitter chain (spec 1.3 budget check). Not a test:
 * Surefire never runs it; see the module README for the command.
 *
 * <ul>
 *   <li>{@code linkSendAndDeliver}: one datagram through a {@link UserLink} direction (1% loss, 40
 *       ms + normal 5 ms jitter, FIFO clamp, decision counters) plus its scheduled delivery on the
 *       virtual-time test scheduler;
 *   <li>{@code stageDecisionsOnly}: the three stages applied to a reused fate (no scheduling).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class LinkChainBenchmark {

  private static final long SPACING = 20_000_000L;

  private static final DelayModel DELAY =
      DelayModel.fixed(Duration.ofMillis(40))
          .withJitter(JitterDistribution.normal(Duration.ofMillis(5)));

  private DeterministicTestScheduler scheduler;
  private DatagramLink uplink;
  private final byte[] payload = new byte[172];
  private long now;
  private long sink;

  private RandomLossStage loss;
  private JitterDelayStage delay;
  private FifoOrderStage order;
  private final PacketFate fate = new PacketFate();
  private long index;

  /** Fresh link and stages per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    scheduler = new DeterministicTestScheduler();
    UserLink link = new UserLink("bench", 42, scheduler);
    link.apply(
        Direction.UPLINK,
        DirectionProfile.builder().loss(LossModel.random(0.01)).delay(DELAY).build());
    uplink = link.openDatagramPath(d -> sink += d.length, d -> {}).uplink();
    RandomLossConfig lossConfig = new RandomLossConfig(0.01);
    loss = new RandomLossStage(() -> lossConfig, new Xoshiro256StarStar(1));
    delay = new JitterDelayStage(() -> DELAY, new Xoshiro256StarStar(2));
    order = new FifoOrderStage();
  }

  /** Send one packet and run the deliveries that fell due (20 ms of virtual time). */
  @Benchmark
  public long linkSendAndDeliver() {
    now += SPACING;
    scheduler.runUntil(now);
    uplink.send(payload);
    return sink;
  }

  /** Only the stage decisions for one packet. */
  @Benchmark
  public long stageDecisionsOnly() {
    fate.reset(index, 172, index * SPACING);
    index++;
    loss.apply(fate);
    delay.apply(fate);
    order.apply(fate);
    return fate.deliverAtNanos();
  }

  /** Runs the benchmark: fork 1, warm-up 2 x 1 s, measurement 3 x 1 s. */
  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(LinkChainBenchmark.class.getName())
            .forks(1)
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(1))
            .build();
    new Runner(options).run();
  }
}
