package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Every worked example of quality-metrics §3.7, to ±0.001 on R and MOS (and on Id and Ie,eff, which
 * the table prints to 3 decimals). Simplified Id, A = 0, BurstR 1 unless the row says otherwise.
 */
class WorkedExamplesTest {
  private static final double TOL = 0.001;
  private static final CodecImpairment OPUS_PLATEAU = new CodecImpairment(18.06, 18.74);

  @Test
  void row0DefaultsOnTheFullModel() {
    EModelRating r = NarrowbandEModel.rate(EModelParameters.DEFAULTS);
    assertEquals(0.149, r.id(), TOL);
    assertEquals(0, r.ieEff(), TOL);
    assertEquals(93.206, r.r(), TOL);
    assertEquals(4.409, r.mos(), TOL);
  }

  @Test
  void row1G711WithPlc() {
    assertRow(nb(150, CodecImpairment.G711_PLC, 2, 1), 3.600, 7.011, 82.589, 4.118);
  }

  @Test
  void row2G711WithoutPlc() {
    assertRow(nb(150, CodecImpairment.G711_NO_PLC, 2, 1), 3.600, 30.159, 59.441, 3.071);
  }

  @Test
  void row3G729aWithVad() {
    assertRow(nb(150, CodecImpairment.G729A_VAD, 2, 1), 3.600, 19.000, 70.600, 3.625);
  }

  @Test
  void row4G711LongDelayBurstyLoss() {
    assertRow(nb(300, CodecImpairment.G711_PLC, 5, 2), 20.697, 17.210, 55.293, 2.854);
  }

  @Test
  void row5OpusWidebandPlateau() {
    SimplifiedRating r = SimplifiedEModel.rate(RatingScale.WIDEBAND, 150, OPUS_PLATEAU, 2, 1);
    assertRow(r, 3.600, 25.479, 99.921, 3.924);
    // The engine facade gives the same at the 24 kb/s the row names.
    EngineMosEstimate e =
        new EngineMosEstimator(new OpusImpairmentTable(OpusImpairmentTable.RateControl.CBR))
            .estimate(150, 2, 1, 24_000);
    assertEquals(99.921, e.rWideband(), TOL);
    assertEquals(3.924, e.mos(), TOL);
  }

  @Test
  void row5bOpusLossFreeWithoutDelay() {
    SimplifiedRating r = SimplifiedEModel.rate(RatingScale.WIDEBAND, 0, OPUS_PLATEAU, 0, 1);
    assertRow(r, 0, 18.060, 110.940, 4.229);
  }

  @Test
  void row5cIdScaledBy129IsTheAlternativeReading() {
    // Not what the engine does: Id × 1.29 composed from the same building blocks.
    double id = 1.29 * DelayImpairment.simplified(150);
    double ieEff = LossImpairment.effectiveIe(OPUS_PLATEAU, 2, 1);
    double r = RatingScale.WIDEBAND.maxR() - id - ieEff;
    assertEquals(4.644, id, TOL);
    assertEquals(25.479, ieEff, TOL);
    assertEquals(98.877, r, TOL);
    assertEquals(3.891, RatingScale.WIDEBAND.mos(r), TOL);
  }

  @Test
  void row6OpusSuperWidebandOnTheFullbandScale() {
    SimplifiedRating r =
        SimplifiedEModel.rate(RatingScale.FULLBAND, 150, new CodecImpairment(20.21, 11.28), 2, 1);
    assertRow(r, 3.600, 31.474, 112.926, 3.877);
  }

  @Test
  void row7GilbertLossFromPAndR() {
    double p = 0.005102;
    double q = 0.25; // r of the Gilbert model: P(received | previous lost)
    double burstR = 1 / (p + q);
    assertEquals(3.92, burstR, 0.0001);
    assertRow(nb(150, CodecImpairment.G711_PLC, 2, burstR), 3.600, 7.419, 82.181, 4.104);
    // The rounded BurstR the row prints gives the same to the tolerance.
    assertRow(nb(150, CodecImpairment.G711_PLC, 2, 3.92), 3.600, 7.419, 82.181, 4.104);
  }

  @Test
  void row8FullModelWithDelayAndLoss() {
    EModelParameters p =
        EModelParameters.builder()
            .oneWayDelay(150)
            .codec(CodecImpairment.G711_PLC)
            .loss(2, 1)
            .build();
    assertEquals(150, p.t());
    assertEquals(300, p.tr());
    EModelRating r = NarrowbandEModel.rate(p);
    assertEquals(3.816, r.id(), TOL);
    assertEquals(7.011, r.ieEff(), TOL);
    assertEquals(82.528, r.r(), TOL);
    assertEquals(4.116, r.mos(), TOL);
  }

  private static SimplifiedRating nb(double ta, CodecImpairment codec, double ppl, double burstR) {
    return SimplifiedEModel.rate(RatingScale.NARROWBAND, ta, codec, ppl, burstR);
  }

  private static void assertRow(
      SimplifiedRating r, double id, double ieEff, double rating, double mos) {
    assertEquals(id, r.id(), TOL, "Id");
    assertEquals(ieEff, r.ieEff(), TOL, "Ie,eff");
    assertEquals(rating, r.r(), TOL, "R");
    assertEquals(mos, r.mos(), TOL, "MOS");
  }
}
