package io.earshot.engine.internal.quality;

/**
 * A codec's two E-model constants on one rating scale: equipment impairment Ie and packet-loss
 * robustness Bpl. The narrowband anchors come from G.113 Appendix I (quality-metrics §3.6); an Ie
 * from one scale must not be used on another. Calibrated values (§5.5) are supplied as new
 * instances of this record.
 *
 * @param ie equipment impairment factor, >= 0
 * @param bpl packet-loss robustness factor, > 0
 */
public record CodecImpairment(double ie, double bpl) {

  /** G.711 with packet-loss concealment (G.711 Appendix I), narrowband: Ie 0, Bpl 25.1. */
  public static final CodecImpairment G711_PLC = new CodecImpairment(0, 25.1);

  /** G.711 without concealment, narrowband: Ie 0, Bpl 4.3. */
  public static final CodecImpairment G711_NO_PLC = new CodecImpairment(0, 4.3);

  /** G.729A with VAD, narrowband: Ie 11, Bpl 19.0. */
  public static final CodecImpairment G729A_VAD = new CodecImpairment(11, 19.0);

  /** Validates the ranges the Ie,eff formula needs. */
  public CodecImpairment {
    if (!(ie >= 0) || Double.isInfinite(ie) || !(bpl > 0) || Double.isInfinite(bpl)) {
      throw new IllegalArgumentException(
          "expected a finite Ie >= 0 and Bpl > 0, found Ie=" + ie + ", Bpl=" + bpl);
    }
  }
}
