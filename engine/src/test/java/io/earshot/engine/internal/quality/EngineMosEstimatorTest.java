package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.quality.OpusImpairmentTable.RateControl;
import org.junit.jupiter.api.Test;

class EngineMosEstimatorTest {
  private final EngineMosEstimator estimator =
      new EngineMosEstimator(new OpusImpairmentTable(RateControl.VBR));

  @Test
  void theDefaultBitrateLossFreeWithoutDelayIsRow5b() {
    EngineMosEstimate e = estimator.estimate(0, 0, 1, 48_000);
    assertEquals(110.94, e.rWideband(), 1e-9);
    assertEquals(4.229, e.mos(), 0.001);
    assertEquals(18.06, e.rating().ieEff(), 1e-9);
  }

  @Test
  void aCalibratedTableReplacesTheInterimOne() {
    EngineMosEstimator calibrated = new EngineMosEstimator(bps -> new CodecImpairment(10, 20));
    assertEquals(119, calibrated.estimate(0, 0, 1, 48_000).rWideband(), 1e-9);
  }

  @Test
  void mosIsClampedToOneForHopelessConnections() {
    EngineMosEstimate e = estimator.estimate(2000, 100, 5, 48_000);
    assertTrue(e.rWideband() < 0);
    assertEquals(1, e.mos());
    // R_WB/1.29 in the polynomial's dip below MOS 1 is clamped too.
    EngineMosEstimate dip = EngineMosEstimator.estimate(0, 0, 1, new CodecImpairment(122.5, 1));
    assertEquals(6.5, dip.rWideband(), 1e-9);
    assertEquals(1, dip.mos());
  }

  @Test
  void burstRatiosBelowOneCountAsRandomLoss() {
    EngineMosEstimate spread = estimator.estimate(100, 5, 0.5, 48_000);
    EngineMosEstimate random = estimator.estimate(100, 5, 1, 48_000);
    EngineMosEstimate allLost = estimator.estimate(100, 100, 0, 48_000);
    assertEquals(random.mos(), spread.mos());
    // Ie,eff saturates below 95 when Bpl is finite, so even total loss is not MOS 1: the caller
    // reports an interval without audio as -1 / DIE instead of asking the E-model.
    double ieEff = 18.06 + (95 - 18.06) * 100 / (100 + 18.74);
    assertEquals(129 - 2.4 - ieEff, allLost.rWideband(), 1e-9);
    assertEquals(1.778, allLost.mos(), 0.001);
    assertTrue(estimator.estimate(100, 5, 3, 48_000).mos() < random.mos());
    assertThrows(IllegalArgumentException.class, () -> estimator.estimate(100, 5, Double.NaN, 1));
  }

  @Test
  void levelBands() {
    assertEquals(StreamQualityLevel.EXCELLENT, EngineMosEstimator.level(4.5));
    assertEquals(StreamQualityLevel.EXCELLENT, EngineMosEstimator.level(4.0));
    assertEquals(StreamQualityLevel.GOOD, EngineMosEstimator.level(3.999));
    assertEquals(StreamQualityLevel.GOOD, EngineMosEstimator.level(3.5));
    assertEquals(StreamQualityLevel.MEDIUM, EngineMosEstimator.level(3.4999));
    assertEquals(StreamQualityLevel.MEDIUM, EngineMosEstimator.level(3.0));
    assertEquals(StreamQualityLevel.BAD, EngineMosEstimator.level(2.999));
    assertEquals(StreamQualityLevel.BAD, EngineMosEstimator.level(1));
    assertEquals(StreamQualityLevel.UNKNOWN, EngineMosEstimator.level(-1));
    assertThrows(IllegalArgumentException.class, () -> EngineMosEstimator.level(Double.NaN));
  }

  @Test
  void narrowbandAnchorsFallInTheSpecsBands() {
    // §4.4: example 1 → EXCELLENT, 3 → GOOD, 2 → MEDIUM, 4 → BAD.
    assertEquals(StreamQualityLevel.EXCELLENT, levelOf(150, CodecImpairment.G711_PLC, 2, 1));
    assertEquals(StreamQualityLevel.GOOD, levelOf(150, CodecImpairment.G729A_VAD, 2, 1));
    assertEquals(StreamQualityLevel.MEDIUM, levelOf(150, CodecImpairment.G711_NO_PLC, 2, 1));
    assertEquals(StreamQualityLevel.BAD, levelOf(300, CodecImpairment.G711_PLC, 5, 2));
  }

  @Test
  void theEnginesDefaultCallLandsWhereExpected() {
    // 48 kb/s, 150 ms mouth-to-ear, 2 % residual random loss: row 5, GOOD.
    EngineMosEstimate e = estimator.estimate(150, 2, 1, 48_000);
    assertEquals(3.924, e.mos(), 0.001);
    assertEquals(StreamQualityLevel.GOOD, EngineMosEstimator.level(e.mos()));
  }

  private static StreamQualityLevel levelOf(
      double ta, CodecImpairment codec, double ppl, double burstR) {
    return EngineMosEstimator.level(
        SimplifiedEModel.rate(RatingScale.NARROWBAND, ta, codec, ppl, burstR).mos());
  }
}
