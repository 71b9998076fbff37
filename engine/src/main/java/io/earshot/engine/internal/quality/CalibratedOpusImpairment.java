package io.earshot.engine.internal.quality;

/**
 * The Opus impairment the engine's MOS uses: at the bitrates Earshot runs (above 15 kb/s, 48 kb/s
 * by default), Earshot's own calibration to its measured MOS ({@code EModelFitProgram} in the
 * simulator's tests reproduces it; quality-metrics §3.6 allows calibrated values, §5.5 item 3 says
 * how); at 15 kb/s and below, where it has no calibration data, the published rows of {@link
 * OpusImpairmentTable}.
 *
 * <p>The fit (2026-11-30): two seeds × one simulated 32 s speech call (espeak fixtures, 48 kb/s
 * VBR, loss recovery off so the decoder sees the network's loss), eight listeners each: clean, 2,
 * 5, 10, 15, 20 % random loss, 5 % in bursts of 3 and 10 % in bursts of 4; residual loss and BurstR
 * as the engine counts them, Ta as it reports it (80–107 ms), measured MOS from the harness's
 * windowed ViSQOL-style score. Ie,WB = {@value #IE}: the value at which this E-model, delay term
 * included, gives the loss-free calls' measured MOS (4.14; P.834.1's {@code 129 − 1.29·R(MOS)}
 * without the delay term gives 21.8). Bpl,WB = {@value #BPL}: least squares over the 14 lossy
 * listeners with that Ie. Result on the 16: RMSE 0.27, 15 within 0.5 of the measured MOS (the
 * worst, 10 % in bursts of 4: 1.48 reported against 2.15 measured). The published plateau (Ie
 * 18.06, Bpl 18.74) put 5 % random loss at 3.6–3.7 where the calls measured 2.6–3.0.
 */
public final class CalibratedOpusImpairment implements CodecImpairmentTable {
  /** Fitted Ie,WB above 15 kb/s. */
  public static final double IE = 19.2;

  /** Fitted Bpl,WB above 15 kb/s. */
  public static final double BPL = 7.3;

  private static final CodecImpairment CALIBRATED = new CodecImpairment(IE, BPL);
  private static final int CALIBRATED_ABOVE_BPS = 16_000;

  private final OpusImpairmentTable published;

  /**
   * @param rateControl the encoder's rate control, for the published rows at low bitrates
   */
  public CalibratedOpusImpairment(OpusImpairmentTable.RateControl rateControl) {
    this.published = new OpusImpairmentTable(rateControl);
  }

  @Override
  public CodecImpairment forBitrate(int bitsPerSecond) {
    CodecImpairment row = published.forBitrate(bitsPerSecond); // validates the bitrate
    return bitsPerSecond >= CALIBRATED_ABOVE_BPS ? CALIBRATED : row;
  }
}
