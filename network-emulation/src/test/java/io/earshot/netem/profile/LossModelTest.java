package io.earshot.netem.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.internal.stats.MarkovLossChain;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The loss models' configured truth, checked against the spec's worked examples (3.2-3.4). */
class LossModelTest {

  @Test
  void fivePercentInBurstsOfThreeMatchesTheSpecExample() {
    LossModel.GilbertElliott ge = LossModel.random(0.05).inBursts(3);
    assertEquals(0.3333, ge.r(), 1e-4);
    assertEquals(0.01754, ge.p(), 1e-5);
    assertEquals(0.649, 1 - ge.p() - ge.r(), 1e-3);
    assertEquals(0.05, ge.lossRate(), 1e-12);
    assertEquals(3.0, ge.meanLossRun(), 1e-9);
    double lambda = 1 - ge.p() - ge.r();
    assertEquals(
        (1 + lambda) / (1 - lambda),
        ge.varianceInflation(),
        1e-6,
        "iterated IF equals the 2-state closed form");
    assertEquals(4.7, ge.varianceInflation(), 0.05, "spec 4: IF 4.7");
  }

  @Test
  void inBurstsRejectsABurstShorterThanTheRateAllows() {
    // q = 60% needs L >= q/(1-q) = 1.5
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LossModel.inBursts(0.6, 1.2));
    assertTrue(e.getMessage().contains(">= q/(1-q) = 1.5"), e.getMessage());
    assertEquals(1.0, LossModel.inBursts(0.6, 1.5).p(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> LossModel.inBursts(0.05, 0.5));
  }

  @Test
  void fourStateExampleMatchesTheSpec() {
    FourStateLoss m = LossModel.fourState(0.02, 0.40, 0.30, 0.50, 0.005);
    assertEquals(0.0507, m.lossRate(), 5e-5);
    assertEquals(4.0, m.meanBurstLength(), 1e-12);
    assertEquals(0.625, m.burstDensity(), 1e-12);
    assertEquals(50.25, m.meanGapLength(), 1e-12);
    assertEquals(1.375, m.meanLossRun(), 1e-3);
    // Closed-form stationary probabilities of spec 3.4.
    double d = 0.5 * 0.4 + 0.02 * 0.3 + 0.02 * 0.5 + 0.005 * 0.5 * 0.4;
    double[] pi = m.chain().stationary();
    assertEquals(0.5 * 0.4 / d, pi[0], 1e-12);
    assertEquals(0.02 * 0.3 / d, pi[1], 1e-12);
    assertEquals(0.02 * 0.5 / d, pi[2], 1e-12);
    assertEquals(0.005 * 0.5 * 0.4 / d, pi[3], 1e-12);
  }

  @Test
  void burstyInvertsToTheFourStateExample() {
    FourStateLoss m = LossModel.bursty(4, 0.625, 1.6, 50.25, 0.005 / 1.005);
    assertEquals(0.02, m.p13(), 1e-12);
    assertEquals(0.40, m.p31(), 1e-12);
    assertEquals(0.225, m.p32(), 1e-12);
    assertEquals(0.375, m.p23(), 1e-12);
    assertEquals(0.005, m.p14(), 1e-12);
    assertEquals(4.0, m.meanBurstLength(), 1e-9);
    assertEquals(0.625, m.burstDensity(), 1e-9);
  }

  @Test
  void burstyDefaultsMakeLossesInsideABurstMemoryless() {
    FourStateLoss m = LossModel.bursty(4, 0.625, 50.25);
    assertEquals(0.40, m.p31(), 1e-12);
    assertEquals(0.225, m.p32(), 1e-12, "R = 1.6");
    assertEquals(0.375, m.p23(), 1e-12);
    assertEquals(1 - m.p31() - m.p32(), m.p23(), 1e-12, "p23 = 1 - p31 - p32");
    assertEquals(0.0, m.p14());
  }

  @Test
  void burstyRejectsParametersThatGiveNoProbability() {
    assertRejected(() -> LossModel.bursty(2, 0.5, 1.2, 50, 0), "p32");
    assertRejected(() -> LossModel.bursty(0.5, 0.625, 50), "[1, 1000000]");
    assertRejected(() -> LossModel.bursty(4, 0, 50), "(0, 1]");
    assertRejected(() -> LossModel.bursty(4, 0.625, 0.5), "gap length G");
    assertRejected(() -> LossModel.bursty(4, 0.625, 1.6, 1.0, 0.6), "p13");
  }

  @Test
  void netemDefaultsApplyToSingleParameterForms() {
    LossModel.GilbertElliott ge = LossModel.gilbertElliott(0.1);
    assertEquals(0.9, ge.r(), 1e-12);
    assertEquals(1.0, ge.lossInBad());
    assertEquals(0.0, ge.lossInGood());
    assertEquals(0.1, ge.lossRate(), 1e-12, "one parameter = Bernoulli");
    FourStateLoss fs = LossModel.fourState(0.1);
    assertEquals(0.9, fs.p31(), 1e-12);
    assertEquals(1.0, fs.p23());
    assertEquals(0.1, fs.lossRate(), 1e-12);
    assertEquals(1.0, fs.varianceInflation(), 1e-6);
  }

  @Test
  void gilbertElliottLossRateFollowsTheFormula() {
    LossModel.GilbertElliott ge = LossModel.gilbertElliott(0.05, 0.3, 0.8, 0.01);
    assertEquals((0.3 * 0.01 + 0.05 * 0.8) / 0.35, ge.lossRate(), 1e-12);
  }

  @Test
  void correlatedMappingKeepsRateAndLagOneCorrelation() {
    LossModel.Correlated c = LossModel.random(0.1).withCorrelation(0.25);
    assertEquals(0.1 + 0.25 * 0.9, c.lossAfterLoss(), 1e-12);
    assertEquals(0.1 * 0.75, c.lossAfterDelivery(), 1e-12);
    MarkovLossChain chain =
        new MarkovLossChain(
            new double[][] {
              {1 - c.lossAfterDelivery(), c.lossAfterDelivery()},
              {1 - c.lossAfterLoss(), c.lossAfterLoss()}
            },
            new double[] {0, 1},
            0);
    assertEquals(0.1, chain.lossRate(), 1e-12);
    assertEquals(0.25, chain.autocorrelation(1), 1e-12);
    assertEquals(0.25 * 0.25 * 0.25, chain.autocorrelation(3), 1e-12);
    assertEquals(c.varianceInflation(), chain.varianceInflation(), 1e-6);
    assertEquals(c.meanLossRun(), chain.meanLossRun(), 1e-12);
  }

  @Test
  void everyInputIsValidatedNamingTheRange() {
    assertRejected(() -> LossModel.random(1.5), "[0, 1]");
    assertRejected(() -> LossModel.correlated(0.1, 1.0), "[0, 1)");
    assertRejected(() -> LossModel.gilbertElliott(0.1, -0.1), "[0, 1]");
    assertRejected(() -> LossModel.fourState(0.6, 0.5, 0.6, 0.5, 0.1), "p31 + p32");
    assertRejected(() -> LossModel.fourState(0.6, 0.5, 0.1, 0.5, 0.5), "p13 + p14");
    assertRejected(() -> LossModel.everyNth(0, 0), "[1, 1000000000]");
    assertRejected(() -> LossModel.everyNth(5, 5), "[0, 4]");
    assertRejected(() -> LossModel.kOfN(6, 5), "[0, 5]");
    assertRejected(() -> LossModel.list(3, -1), ">= 0");
    assertRejected(() -> LossModel.burstAt(Duration.ofMillis(-1), 3), "[0 ms");
    assertRejected(() -> LossModel.burstAt(Duration.ZERO, 0), "[1, 1000000000]");
  }

  static void assertRejected(Executable build, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
