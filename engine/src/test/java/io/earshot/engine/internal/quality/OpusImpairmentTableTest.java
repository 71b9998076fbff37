package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.earshot.engine.internal.quality.OpusImpairmentTable.RateControl;
import org.junit.jupiter.api.Test;

class OpusImpairmentTableTest {
  private final OpusImpairmentTable vbr = new OpusImpairmentTable(RateControl.VBR);
  private final OpusImpairmentTable cbr = new OpusImpairmentTable(RateControl.CBR);

  @Test
  void aboveFifteenKbpsIsThePlateauRow() {
    CodecImpairment plateau = new CodecImpairment(18.06, 18.74);
    for (int bps : new int[] {16_000, 24_000, 48_000, 510_000}) {
      assertEquals(plateau, vbr.forBitrate(bps));
      assertEquals(plateau, cbr.forBitrate(bps));
    }
  }

  @Test
  void elevenToFifteenUseTheConfiguredRows() {
    assertEquals(new CodecImpairment(28.41, 23.94), vbr.forBitrate(11_000));
    assertEquals(new CodecImpairment(23.30, 22.22), vbr.forBitrate(12_000));
    assertEquals(new CodecImpairment(19.96, 19.50), vbr.forBitrate(13_999));
    assertEquals(new CodecImpairment(29.76, 24.81), cbr.forBitrate(12_000));
    assertEquals(new CodecImpairment(26.16, 23.00), cbr.forBitrate(13_000));
    assertEquals(new CodecImpairment(20.77, 17.56), cbr.forBitrate(14_500));
    assertEquals(new CodecImpairment(18.06, 18.74), cbr.forBitrate(15_999));
  }

  @Test
  void missingRowsFallBackToTheOtherRateControlAtTheSameBitrate() {
    assertEquals(new CodecImpairment(20.77, 17.56), vbr.forBitrate(14_000));
    assertEquals(new CodecImpairment(18.06, 18.74), vbr.forBitrate(15_000));
    assertEquals(new CodecImpairment(28.41, 23.94), cbr.forBitrate(11_000));
  }

  @Test
  void belowElevenKbpsIsTheElevenRow() {
    assertEquals(new CodecImpairment(28.41, 23.94), vbr.forBitrate(6_000));
    assertEquals(new CodecImpairment(28.41, 23.94), cbr.forBitrate(1));
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> vbr.forBitrate(0));
    assertThrows(IllegalArgumentException.class, () -> new OpusImpairmentTable(null));
  }
}
