package io.earshot.engine.internal.quality;

import java.util.Map;

/**
 * The published Opus table on the wideband scale (quality-metrics §3.6 [E]); the engine uses it at
 * 15 kb/s and below, and its own calibration above ({@link CalibratedOpusImpairment}): the wideband
 * rows of Alahmadi, Počta and Melvin (ACM TOMM 17(4), 2021), random-loss Bpl only, because BurstR
 * already carries burstiness.
 *
 * <ul>
 *   <li>Above 15 kb/s (the 48 kb/s default included): the WB CBR 15 kb/s row, Ie 18.06, Bpl 18.74,
 *       as a conservative plateau.
 *   <li>11–15 kb/s: the row of the configured rate control at the bitrate rounded down to whole
 *       kb/s. The table has no VBR row at 14 or 15 and no CBR row at 11; there the other rate
 *       control's row at the same bitrate is used (this reading is Earshot's, the spec is silent).
 *   <li>Below 11 kb/s: the 11 kb/s row (WB VBR 11, the only one).
 * </ul>
 */
public final class OpusImpairmentTable implements CodecImpairmentTable {

  /** How the encoder spends its bitrate. */
  public enum RateControl {
    /** Variable bitrate. */
    VBR,
    /** Constant bitrate. */
    CBR
  }

  /** The row used above 15 kb/s: WB CBR 15 kb/s. */
  public static final CodecImpairment PLATEAU = new CodecImpairment(18.06, 18.74);

  private static final Map<Integer, CodecImpairment> WB_VBR =
      Map.of(
          11, new CodecImpairment(28.41, 23.94),
          12, new CodecImpairment(23.30, 22.22),
          13, new CodecImpairment(19.96, 19.50));

  private static final Map<Integer, CodecImpairment> WB_CBR =
      Map.of(
          12, new CodecImpairment(29.76, 24.81),
          13, new CodecImpairment(26.16, 23.00),
          14, new CodecImpairment(20.77, 17.56),
          15, PLATEAU);

  private static final int LOWEST_ROW_KBPS = 11;
  private static final int HIGHEST_ROW_KBPS = 15;

  private final RateControl rateControl;

  /**
   * @param rateControl the encoder's configured rate control
   */
  public OpusImpairmentTable(RateControl rateControl) {
    if (rateControl == null) {
      throw new IllegalArgumentException("rateControl must not be null");
    }
    this.rateControl = rateControl;
  }

  @Override
  public CodecImpairment forBitrate(int bitsPerSecond) {
    if (bitsPerSecond <= 0) {
      throw new IllegalArgumentException("expected a bitrate > 0 b/s, found " + bitsPerSecond);
    }
    int kbps = Math.max(LOWEST_ROW_KBPS, bitsPerSecond / 1000);
    if (kbps > HIGHEST_ROW_KBPS) {
      return PLATEAU;
    }
    Map<Integer, CodecImpairment> own = rateControl == RateControl.VBR ? WB_VBR : WB_CBR;
    Map<Integer, CodecImpairment> other = rateControl == RateControl.VBR ? WB_CBR : WB_VBR;
    CodecImpairment row = own.get(kbps);
    return row != null ? row : other.get(kbps);
  }
}
