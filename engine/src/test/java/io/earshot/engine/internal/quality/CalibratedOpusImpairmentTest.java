package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Earshot's own Opus row above 15 kb/s, the published rows at and below it. */
class CalibratedOpusImpairmentTest {
  private final CalibratedOpusImpairment table =
      new CalibratedOpusImpairment(OpusImpairmentTable.RateControl.VBR);
  private final OpusImpairmentTable published =
      new OpusImpairmentTable(OpusImpairmentTable.RateControl.VBR);

  @Test
  void aboveFifteenKilobitsTheCalibratedRowApplies() {
    for (int bps : new int[] {16_000, 24_000, 48_000, 510_000}) {
      assertEquals(new CodecImpairment(19.2, 7.3), table.forBitrate(bps), bps + " b/s");
    }
  }

  @Test
  void atFifteenKilobitsAndBelowThePublishedRowsApply() {
    for (int bps : new int[] {6_000, 11_000, 12_500, 13_000, 15_999}) {
      assertEquals(published.forBitrate(bps), table.forBitrate(bps), bps + " b/s");
    }
  }

  @Test
  void aBitrateOfZeroIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> table.forBitrate(0));
  }
}
