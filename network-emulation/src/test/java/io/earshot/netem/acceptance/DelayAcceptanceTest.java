package io.earshot.netem.acceptance;

import static io.earshot.netem.acceptance.LinkRun.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.PacketDecision;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.JitterDistribution;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Spec 3.6 and 4 for delay and jitter: mean, spread and KS distance of the intended delays over
 * 100k packets (reordering allowed so that the FIFO clamp does not shape them), for uniform, normal
 * (plain and clamped), lognormal, Pareto and correlated jitter; then the order rules.
 */
class DelayAcceptanceTest {

  private static final int N = 100_000;
  private static final long SPACING = 20 * MS;

  private static double[] delaysMs(DelayModel model, long seed) {
    DirectionProfile profile = DirectionProfile.builder().delay(model).allowReordering().build();
    List<PacketDecision> log = LinkRun.of(profile, seed).send(N, SPACING, 40).decisions();
    return log.stream().mapToDouble(d -> (d.deliverAtNanos() - d.sentAtNanos()) / 1e6).toArray();
  }

  private static void assertMoments(
      double[] x, double mean, double sd, double kurtosis, double inflation) {
    double m = Arrays.stream(x).average().orElseThrow();
    double s = Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    assertEquals(mean, m, Tolerance.mean(sd, inflation, x.length), "mean");
    assertEquals(sd, s, Tolerance.spread(sd, kurtosis, inflation, x.length), "std");
  }

  private static void assertShape(double[] x, RealDistribution dist, double inflation) {
    double d = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(dist, x);
    assertTrue(d <= Tolerance.ks(x.length / inflation), "KS distance " + d);
  }

  @Test
  void uniformJitter() {
    double[] x =
        delaysMs(
            DelayModel.fixed(Duration.ofMillis(50))
                .withJitter(JitterDistribution.uniform(Duration.ofMillis(10))),
            21);
    assertMoments(x, 50, 10 / Math.sqrt(3), 1.8, 1);
    assertShape(x, new UniformRealDistribution(40, 60), 1);
  }

  @Test
  void normalJitter() {
    DelayModel model =
        DelayModel.fixed(Duration.ofMillis(80))
            .withJitter(JitterDistribution.normal(Duration.ofMillis(20)));
    assertTrue(model.clampWarning().isEmpty(), "j <= d/3.09: no warning");
    double[] x = delaysMs(model, 22);
    assertMoments(x, 80, 20, 3, 1);
    assertShape(x, new NormalDistribution(80, 20), 1);
    assertEquals(
        0.4,
        Tolerance.mean(10, 1, 10_000),
        1e-9,
        "spec 4 worked tolerance: j = 10 ms, n = 10k -> +-0.4 ms");
  }

  @Test
  void normalJitterIsClampedAtZeroWithAWarning() {
    DelayModel model =
        DelayModel.fixed(Duration.ofMillis(10))
            .withJitter(JitterDistribution.normal(Duration.ofMillis(10)));
    assertTrue(model.clampWarning().orElseThrow().contains("clamped to 0"));
    double[] x = delaysMs(model, 23);
    assertTrue(Arrays.stream(x).allMatch(v -> v >= 0));
    double d = 10;
    double j = 10;
    NormalDistribution phi = new NormalDistribution();
    double mean = d * phi.cumulativeProbability(d / j) + j * phi.density(d / j);
    assertEquals(mean, model.meanNanos() / 1e6, 1e-9);
    double m = Arrays.stream(x).average().orElseThrow();
    assertEquals(mean, m, Tolerance.mean(j, 1, N), "effective mean");
    NormalDistribution raw = new NormalDistribution(d, j);
    assertTrue(ks(x, v -> v < 0 ? 0 : raw.cumulativeProbability(v)) <= Tolerance.ks(N));
  }

  @Test
  void lognormalJitter() {
    double[] x =
        delaysMs(
            DelayModel.fixed(Duration.ofMillis(30))
                .withJitter(JitterDistribution.lognormal(Duration.ofMillis(20), 0.5)),
            24);
    LogNormalDistribution ln = new LogNormalDistribution(Math.log(20), 0.5);
    double s2 = 0.25;
    double kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    assertMoments(x, 30 + ln.getNumericalMean(), Math.sqrt(ln.getNumericalVariance()), kurtosis, 1);
    assertShape(Arrays.stream(x).map(v -> v - 30).toArray(), ln, 1);
  }

  @Test
  void truePareto() {
    double alpha = 5;
    double[] x =
        delaysMs(
            DelayModel.fixed(Duration.ofMillis(20))
                .withJitter(JitterDistribution.pareto(Duration.ofMillis(5), alpha)),
            25);
    ParetoDistribution pareto = new ParetoDistribution(5, alpha);
    double excess =
        6
            * (alpha * alpha * alpha + alpha * alpha - 6 * alpha - 2)
            / (alpha * (alpha - 3) * (alpha - 4));
    assertMoments(
        x, 20 + alpha * 5 / (alpha - 1), Math.sqrt(pareto.getNumericalVariance()), 3 + excess, 1);
    assertShape(Arrays.stream(x).map(v -> v - 20).toArray(), pareto, 1);
  }

  @Test
  void correlatedNormalKeepsItsMarginalAndHasLagOneCorrelationC() {
    double c = 0.5;
    double inflation = (1 + c) / (1 - c);
    double[] x =
        delaysMs(
            DelayModel.fixed(Duration.ofMillis(100))
                .withJitter(JitterDistribution.normal(Duration.ofMillis(20)))
                .withCorrelation(c),
            26);
    assertMoments(x, 100, 20, 3, inflation);
    assertShape(x, new NormalDistribution(100, 20), inflation);
    assertEquals(c, lagOneCorrelation(x), Tolerance.Z * Math.sqrt((1 - c * c) / N));
  }

  @Test
  void correlatedParetoKeepsItsMarginalWithSpearmanCorrelation() {
    double c = 0.7;
    double inflation = (1 + c) / (1 - c);
    double[] x =
        delaysMs(
            DelayModel.fixed(Duration.ofMillis(20))
                .withJitter(JitterDistribution.pareto(Duration.ofMillis(5), 3))
                .withCorrelation(c),
            27);
    assertShape(
        Arrays.stream(x).map(v -> v - 20).toArray(), new ParetoDistribution(5, 3), inflation);
    double spearman = lagOneCorrelation(ranks(x));
    assertEquals(6 / Math.PI * Math.asin(c / 2), spearman, Tolerance.Z * Math.sqrt(inflation / N));
  }

  @Test
  void iidJitterOvertakesAtTheSpecRates() {
    // Normal: 1 - Phi(Delta / (j sqrt 2)) = 7.9% for Delta 20 ms, j 10 ms.
    double[] normal =
        delaysMs(
            DelayModel.fixed(Duration.ofMillis(50))
                .withJitter(JitterDistribution.normal(Duration.ofMillis(10))),
            28);
    double expectedNormal =
        1 - new NormalDistribution().cumulativeProbability(20 / (10 * Math.sqrt(2)));
    assertEquals(0.079, expectedNormal, 5e-4);
    // Adjacent overtakes are 1-dependent indicators: IF = 1 + 2 rho_1 <= 3.
    assertEquals(
        expectedNormal, overtakeFraction(normal), Tolerance.proportion(expectedNormal, 3, N - 1));
    // Uniform +-15 ms: (2j - Delta)^2 / (8 j^2) = 5.6%.
    double[] uniform =
        delaysMs(
            DelayModel.fixed(Duration.ofMillis(50))
                .withJitter(JitterDistribution.uniform(Duration.ofMillis(15))),
            29);
    double expectedUniform = (30.0 - 20) * (30 - 20) / (8 * 15.0 * 15);
    assertEquals(
        expectedUniform,
        overtakeFraction(uniform),
        Tolerance.proportion(expectedUniform, 3, N - 1));
  }

  @Test
  void fifoByDefaultClampsToThePreviousDeliveryAndCountsIt() {
    DelayModel model =
        DelayModel.fixed(Duration.ofMillis(50))
            .withJitter(JitterDistribution.normal(Duration.ofMillis(10)));
    LinkRun free =
        LinkRun.of(DirectionProfile.builder().delay(model).allowReordering().build(), 30)
            .send(20_000, SPACING, 40);
    LinkRun fifo =
        LinkRun.of(DirectionProfile.builder().delay(model).build(), 30).send(20_000, SPACING, 40);
    List<PacketDecision> a = free.decisions();
    List<PacketDecision> b = fifo.decisions();
    long previous = Long.MIN_VALUE;
    long clamps = 0;
    for (int i = 0; i < a.size(); i++) {
      long intended = a.get(i).deliverAtNanos();
      long expected = Math.max(intended, previous);
      clamps += intended < previous ? 1 : 0;
      assertEquals(expected, b.get(i).deliverAtNanos(), "packet " + i);
      previous = expected;
    }
    assertTrue(clamps > 1000);
    assertEquals(clamps, fifo.stats().orderClamped());
    assertEquals(0, fifo.stats().reordered());
    assertTrue(free.stats().reordered() > 1000, "RFC 4737 count when reordering is allowed");
    assertFalse(fifo.arrivals.isEmpty());
    for (int i = 1; i < fifo.arrivals.size(); i++) {
      assertTrue(fifo.arrivals.get(i).index() > fifo.arrivals.get(i - 1).index());
    }
  }

  private static double overtakeFraction(double[] delaysMs) {
    long overtakes = 0;
    for (int i = 1; i < delaysMs.length; i++) {
      if (20 + delaysMs[i] < delaysMs[i - 1]) {
        overtakes++;
      }
    }
    return (double) overtakes / (delaysMs.length - 1);
  }

  private static double lagOneCorrelation(double[] x) {
    double m = Arrays.stream(x).average().orElseThrow();
    double num = 0;
    double den = 0;
    for (int i = 0; i < x.length; i++) {
      den += (x[i] - m) * (x[i] - m);
      if (i > 0) {
        num += (x[i] - m) * (x[i - 1] - m);
      }
    }
    return num / den;
  }

  private static double[] ranks(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> Double.compare(x[p], x[q]));
    double[] r = new double[x.length];
    for (int rank = 0; rank < order.length; rank++) {
      r[order[rank]] = rank;
    }
    return r;
  }

  /** KS distance against a CDF given as a function (for the clamped normal's atom at 0). */
  private static double ks(double[] x, DoubleUnaryOperator cdf) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double worst = 0;
    int n = sorted.length;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      double f = cdf.applyAsDouble(sorted[i]);
      double below = cdf.applyAsDouble(Math.nextDown(sorted[i]));
      worst =
          Math.max(worst, Math.max(Math.abs((double) j / n - f), Math.abs((double) i / n - below)));
      i = j;
    }
    return worst;
  }
}
