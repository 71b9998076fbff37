package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrowbandEModelTest {
  private static final double TOL = 0.0005; // "to 3 decimals"

  @Test
  void defaultCheckOfSection31() {
    EModelRating r = NarrowbandEModel.rate(EModelParameters.DEFAULTS);
    assertEquals(-61.179, r.no(), TOL);
    assertEquals(94.769, r.ro(), TOL);
    assertEquals(0.440, r.iolr(), TOL);
    assertEquals(-0.001, r.ist(), TOL);
    assertEquals(0.974, r.iq(), TOL);
    assertEquals(1.414, r.is(), TOL);
    assertEquals(0.149, r.idle(), TOL);
    assertEquals(0, r.idte(), TOL);
    assertEquals(0, r.idd(), TOL);
    assertEquals(93.206, r.r(), TOL);
    assertEquals(4.409, r.mos(), TOL);
  }

  /** §3.2 table, full row: T = Ta, Tr = 2·Ta, other defaults. */
  @ParameterizedTest
  @CsvSource({
    "0, 0.149",
    "100, 2.692",
    "150, 3.816",
    "200, 7.551",
    "250, 14.178",
    "300, 20.689",
    "400, 31.108"
  })
  void fullDelayImpairmentTable(double ta, double id) {
    EModelParameters p = EModelParameters.builder().oneWayDelay(ta).build();
    assertEquals(id, NarrowbandEModel.rate(p).id(), TOL);
  }

  @Test
  void pureDelayStartsAboveMt() {
    assertEquals(0, DelayImpairment.pureDelay(EModelParameters.builder().ta(100).build()));
    assertTrue(DelayImpairment.pureDelay(EModelParameters.builder().ta(101).build()) > 0);
    EModelParameters sensitive = EModelParameters.builder().ta(200).delaySensitivity(50, 1).build();
    assertTrue(
        DelayImpairment.pureDelay(sensitive)
            > DelayImpairment.pureDelay(EModelParameters.builder().ta(200).build()));
  }

  @Test
  void lowSidetoneMaskingRaisesTervAndChangesEcho() {
    EModelParameters normal = EModelParameters.builder().t(50).build();
    EModelParameters lowStmr = normal.toBuilder().sidetone(8, 18).build();
    double ist = SimultaneousImpairment.sidetone(lowStmr);
    double no = NarrowbandEModel.totalNoise(lowStmr);
    assertTrue(ist != 0);
    assertTrue(
        DelayImpairment.talkerEcho(lowStmr, no, ist)
            != DelayImpairment.talkerEcho(lowStmr.toBuilder().sidetone(9, 18).build(), no, ist));
  }

  @Test
  void advantageAndLossMoveRAsTheFormulaSays() {
    double base = NarrowbandEModel.rate(EModelParameters.DEFAULTS).r();
    assertEquals(
        base + 10,
        NarrowbandEModel.rate(EModelParameters.builder().advantage(10).build()).r(),
        1e-9);
    EModelRating lossy =
        NarrowbandEModel.rate(
            EModelParameters.builder().codec(CodecImpairment.G711_PLC).loss(2, 1).build());
    assertEquals(base - 95 * 2 / (2 + 25.1), lossy.r(), 1e-9);
  }

  @Test
  void parametersAreValidated() {
    assertThrows(
        IllegalArgumentException.class, () -> EModelParameters.builder().loss(101, 1).build());
    assertThrows(
        IllegalArgumentException.class, () -> EModelParameters.builder().loss(1, 0).build());
    assertThrows(IllegalArgumentException.class, () -> EModelParameters.builder().ta(-1).build());
    assertThrows(IllegalArgumentException.class, () -> EModelParameters.builder().qdu(0.5).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> EModelParameters.builder().advantage(Double.NaN).build());
  }

  @Test
  void absurdSidetoneIsRefusedRatherThanRatedNaN() {
    EModelParameters p = EModelParameters.builder().sidetone(-40, 18).build();
    assertThrows(IllegalArgumentException.class, () -> NarrowbandEModel.rate(p));
  }
}
