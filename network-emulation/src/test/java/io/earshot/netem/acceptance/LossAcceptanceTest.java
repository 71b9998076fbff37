package io.earshot.netem.acceptance;

import static io.earshot.netem.acceptance.LinkRun.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DropCause;
import io.earshot.netem.RunLengthStats;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.FourStateLoss;
import io.earshot.netem.profile.LossModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec section 4 for every loss model: 100k packets in simulated time, fixed seeds, tolerances
 * computed from the model (z = 4, variance inflation from the model's chain).
 */
class LossAcceptanceTest {

  private static final int N = 100_000;

  private static LinkRun run(LossModel model, long seed) {
    return LinkRun.of(DirectionProfile.builder().loss(model).build(), seed).send(N, 20 * MS, 40);
  }

  /** Loss rate within the proportion bound, and the run recorder agrees with the log. */
  private static void assertLossRate(LossModel model, LinkRun run) {
    DatagramStats stats = run.stats();
    assertEquals(N, stats.offered());
    assertEquals(stats.droppedTotal(), stats.dropped(DropCause.LOSS));
    double observed = stats.lossRatio();
    double bound = Tolerance.proportion(model.lossRate(), model.varianceInflation(), N);
    assertEquals(model.lossRate(), observed, bound, model.describe() + " loss rate");
    List<Integer> runs = runs(run.lostByIndex(), true);
    RunLengthStats recorded = stats.lossRuns();
    assertEquals(runs.size(), recorded.runs(), "loss runs recorded in index order");
    assertEquals(runs.stream().mapToLong(Integer::longValue).sum(), recorded.packets());
  }

  /** Mean run length within z sd / sqrt(m); sd from the model when known, else observed. */
  private static void assertMeanRun(
      List<Integer> runs, double expected, double sdOrNaN, String what) {
    double mean = runs.stream().mapToInt(Integer::intValue).average().orElseThrow();
    double sd = Double.isNaN(sdOrNaN) ? sampleSd(runs) : sdOrNaN;
    double bound = Tolerance.mean(sd, 1.0, runs.size());
    assertEquals(expected, mean, bound, what + " over " + runs.size() + " runs");
  }

  @Test
  void independentLoss() {
    LossModel.Random model = LossModel.random(0.05);
    LinkRun run = run(model, 11);
    assertLossRate(model, run);
    double p = 0.05;
    assertMeanRun(runs(run.lostByIndex(), true), 1 / (1 - p), Math.sqrt(p) / (1 - p), "loss run");
    assertMeanRun(runs(run.lostByIndex(), false), 1 / p, Math.sqrt(1 - p) / p, "gap");
    assertEquals(
        0.0028, Tolerance.proportion(0.05, 1, N), 0.0001, "spec 4 worked tolerance: +-0.28 points");
  }

  @Test
  void correlatedLossKeepsTheRateAndTheRunLength() {
    LossModel.Correlated model = LossModel.correlated(0.10, 0.25);
    LinkRun run = run(model, 12);
    assertLossRate(model, run);
    double a = model.lossAfterLoss();
    assertMeanRun(
        runs(run.lostByIndex(), true), model.meanLossRun(), Math.sqrt(a) / (1 - a), "loss run");
    double b = model.lossAfterDelivery();
    assertMeanRun(runs(run.lostByIndex(), false), 1 / b, Math.sqrt(1 - b) / b, "gap");
  }

  @Test
  void fivePercentInBurstsOfThree() {
    LossModel.GilbertElliott model = LossModel.inBursts(0.05, 3);
    LinkRun run = run(model, 13);
    assertLossRate(model, run);
    double r = model.r();
    List<Integer> bursts = runs(run.lostByIndex(), true);
    assertMeanRun(bursts, 3.0, Math.sqrt((1 - r) / (r * r)), "burst length");
    assertEquals(
        N * 0.95 * model.p(),
        bursts.size(),
        6 * Math.sqrt(N * 0.95 * model.p()),
        "m ~ n (1 - p_loss) p_GB bursts");
    // The spec's worked tolerances for this case: +-0.60 points and +-0.24 packets.
    assertEquals(0.0060, Tolerance.proportion(0.05, model.varianceInflation(), N), 0.0002);
    assertEquals(0.24, Tolerance.mean(Math.sqrt((1 - r) / (r * r)), 1, 1667), 0.005);
    assertMeanRun(
        runs(run.lostByIndex(), false), 1 / model.p(), Math.sqrt(1 - model.p()) / model.p(), "gap");
  }

  @Test
  void gilbertElliottWithLossInBothStates() {
    LossModel.GilbertElliott model = LossModel.gilbertElliott(0.05, 0.3, 0.8, 0.01);
    LinkRun run = run(model, 14);
    assertLossRate(model, run);
    assertMeanRun(runs(run.lostByIndex(), true), model.meanLossRun(), Double.NaN, "loss run");
    assertMeanRun(runs(run.lostByIndex(), false), model.meanGap(), Double.NaN, "gap");
  }

  @Test
  void fourStateExample() {
    FourStateLoss model = LossModel.fourState(0.02, 0.40, 0.30, 0.50, 0.005);
    LinkRun run = run(model, 15);
    assertLossRate(model, run);
    assertEquals(0.0507, model.lossRate(), 5e-5);
    assertMeanRun(runs(run.lostByIndex(), true), 1.375, Double.NaN, "loss run");
    assertMeanRun(runs(run.lostByIndex(), false), model.meanGap(), Double.NaN, "gap");
    assertEquals(1.375, run.stats().lossRuns().mean(), 0.05);
  }

  @Test
  void burstyParameterisationBehavesLikeItsFourStateChain() {
    FourStateLoss model = LossModel.bursty(4, 0.625, 50.25);
    LinkRun run = run(model, 16);
    assertLossRate(model, run);
    assertMeanRun(runs(run.lostByIndex(), true), model.meanLossRun(), Double.NaN, "loss run");
  }

  @Test
  void kOfNDropsExactlyKInEveryBlock() {
    LinkRun run = run(LossModel.kOfN(5, 100), 17);
    boolean[] lost = run.lostByIndex();
    int[] perPosition = new int[100];
    for (int block = 0; block < N / 100; block++) {
      int drops = 0;
      for (int i = 0; i < 100; i++) {
        if (lost[block * 100 + i]) {
          drops++;
          perPosition[i]++;
        }
      }
      assertEquals(5, drops, "block " + block);
    }
    // Each position is hit with probability k/n = 5% per block: binomial(1000, 0.05).
    double bound = Tolerance.Z * Math.sqrt(1000 * 0.05 * 0.95) * 1.2;
    for (int i = 0; i < 100; i++) {
      assertEquals(50, perPosition[i], bound, "position " + i + " is not favoured");
    }
  }

  @Test
  void everyNthListAndBurstAtAreExact() {
    boolean[] nth = run(LossModel.everyNth(10, 3), 1).lostByIndex();
    for (int i = 0; i < N; i++) {
      assertEquals(i >= 3 && (i - 3) % 10 == 0, nth[i], "index " + i);
    }
    LinkRun listRun =
        LinkRun.of(DirectionProfile.builder().loss(LossModel.list(7, 2, 99, 7)).build(), 1)
            .send(200, 20 * MS, 40);
    List<Long> dropped = new ArrayList<>();
    listRun.decisions().stream().filter(d -> !d.delivered()).forEach(d -> dropped.add(d.index()));
    assertEquals(List.of(2L, 7L, 99L), dropped);

    LinkRun burst =
        LinkRun.of(
                DirectionProfile.builder()
                    .loss(LossModel.burstAt(Duration.ofMillis(1_010), 5))
                    .build(),
                1)
            .send(200, 20 * MS, 40);
    List<Long> burstDrops =
        burst.decisions().stream().filter(d -> !d.delivered()).map(d -> d.index()).toList();
    assertEquals(List.of(51L, 52L, 53L, 54L, 55L), burstDrops, "first packet at >= 1010 ms");
    assertTrue(burst.stats().lossRuns().runsOfLength(5) == 1);
  }

  static List<Integer> runs(boolean[] lost, boolean ofLosses) {
    List<Integer> runs = new ArrayList<>();
    int current = 0;
    for (boolean l : lost) {
      if (l == ofLosses) {
        current++;
      } else if (current > 0) {
        runs.add(current);
        current = 0;
      }
    }
    return runs;
  }

  static double sampleSd(List<Integer> values) {
    double mean = values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    double ss = 0;
    for (int v : values) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (values.size() - 1));
  }
}
