package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosScaleTest {

  @ParameterizedTest
  @CsvSource({"50, 2.575", "60, 3.100", "70, 3.597", "80, 4.024", "90, 4.339", "100, 4.5"})
  void rToMosAnchors(double r, double mos) {
    assertEquals(mos, MosScale.mosFromR(r), 0.0005);
  }

  @ParameterizedTest
  @CsvSource({"3.0, 58.079", "3.5, 67.962", "4.0, 79.371", "4.3, 88.480"})
  void mosToRAnchors(double mos, double r) {
    assertEquals(r, MosScale.rFromMos(mos), 0.0005);
  }

  @Test
  void theInverseIsExactOnTheIncreasingBranch() {
    for (double r = 6.6; r < 100; r += 0.1) {
      assertEquals(r, MosScale.rFromMos(MosScale.mosFromR(r)), 1e-9, "R " + r);
    }
  }

  @Test
  void endsOfTheScale() {
    assertEquals(1, MosScale.mosFromR(-20));
    assertEquals(1, MosScale.mosFromR(0));
    assertEquals(4.5, MosScale.mosFromR(129));
    assertEquals(0, MosScale.rFromMos(1));
    assertEquals(0, MosScale.rFromMos(0.5));
    assertEquals(100, MosScale.rFromMos(4.5));
    assertEquals(100, MosScale.rFromMos(5));
    assertEquals(6.515, MosScale.rFromMos(1 + 1e-12), 0.001);
    assertThrows(IllegalArgumentException.class, () -> MosScale.mosFromR(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> MosScale.rFromMos(Double.NaN));
  }

  @Test
  void thePolynomialDipsJustBelowOneForSmallR() {
    // G.107's polynomial as written; reporting code clamps.
    assertEquals(0.992125, MosScale.mosFromR(5), 1e-9);
  }

  @Test
  void widerScalesMapTheirBestRatingToFourAndAHalf() {
    assertEquals(4.5, RatingScale.WIDEBAND.mos(129), 1e-12);
    assertEquals(4.5, RatingScale.FULLBAND.mos(148), 1e-12);
    // §3.6: Ie,WB 13 → R_WB 116 → MOS 4.337.
    assertEquals(4.337, RatingScale.WIDEBAND.mos(129 - 13), 0.0005);
    assertEquals(MosScale.mosFromR(80), RatingScale.WIDEBAND.mos(1.29 * 80), 1e-12);
    assertEquals(1.29 * 58.079, RatingScale.WIDEBAND.rFromMos(3.0), 0.001);
  }
}
