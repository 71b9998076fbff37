package io.earshot.engine.internal.quality;

/**
 * The full narrowband E-model's result with every intermediate term, so a report or a test can show
 * where the rating went: {@code R = Ro − Is − Id − Ie,eff + A}.
 *
 * @param no total noise No, dBm0p
 * @param ro basic signal-to-noise ratio Ro
 * @param iolr loudness impairment Iolr
 * @param ist sidetone impairment Ist
 * @param iq quantisation impairment Iq
 * @param idte talker echo impairment Idte
 * @param idle listener echo impairment Idle
 * @param idd pure delay impairment Idd
 * @param ieEff effective equipment impairment Ie,eff
 * @param a advantage factor A
 * @param r the rating R (narrowband scale)
 * @param mos MOS from R, G.107's polynomial
 */
public record EModelRating(
    double no,
    double ro,
    double iolr,
    double ist,
    double iq,
    double idte,
    double idle,
    double idd,
    double ieEff,
    double a,
    double r,
    double mos) {

  /** Simultaneous impairment {@code Is = Iolr + Ist + Iq}. */
  public double is() {
    return iolr + ist + iq;
  }

  /** Delay impairment {@code Id = Idte + Idle + Idd}. */
  public double id() {
    return idte + idle + idd;
  }
}
