package io.earshot.simulator.audio;

import java.util.Locale;

/**
 * A steady sine tone, phase-continuous across frames.
 *
 * <p>The level is the <em>peak</em> level in dBFS: a tone at -12 dBFS has a peak amplitude of
 * {@code 32768 · 10^(-12/20) ≈ 8231} and, being a sine, an RMS level about 3.01 dB lower (≈ -15
 * dBFS). A 0 dBFS tone is clipped to 32767 at its positive peak.
 *
 * <p>The phase is kept in cycles, wrapped to [0, 1) after every sample, rather than recomputed from
 * {@code f·n/fs}: the product loses fractional precision as the sample count grows, while the
 * wrapped accumulator's rounding error stays around 1e-12 cycles even after a day of audio.
 */
public final class ToneSource extends GeneratedSource {

  /** Lowest accepted frequency: the bottom of the audible range. */
  public static final double MIN_FREQUENCY_HZ = 20.0;

  private final double frequencyHz;
  private final double levelDbfs;
  private final double amplitude;
  private final double cyclesPerSample;
  private double phaseCycles;

  /**
   * @param frequencyHz tone frequency; must be at least 20 Hz and below the 24 kHz Nyquist limit
   * @param levelDbfs peak level; must be finite and at most 0 dBFS
   * @throws IllegalArgumentException if either is out of range
   */
  public ToneSource(double frequencyHz, double levelDbfs) {
    if (!(frequencyHz >= MIN_FREQUENCY_HZ && frequencyHz < PcmFormat.NYQUIST_HZ)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "tone frequency must be at least %s Hz and below the Nyquist limit of %s Hz"
                  + " (48 kHz sampling), got %s Hz",
              format(MIN_FREQUENCY_HZ),
              format(PcmFormat.NYQUIST_HZ),
              format(frequencyHz)));
    }
    if (!(levelDbfs <= 0.0) || Double.isInfinite(levelDbfs)) {
      throw new IllegalArgumentException(
          "tone level must be a finite peak level at most 0 dBFS, got "
              + format(levelDbfs)
              + " dBFS");
    }
    this.frequencyHz = frequencyHz;
    this.levelDbfs = levelDbfs;
    this.amplitude =
        Math.min(Short.MAX_VALUE, PcmFormat.FULL_SCALE * Math.pow(10.0, levelDbfs / 20.0));
    this.cyclesPerSample = frequencyHz / PcmFormat.SAMPLE_RATE_HZ;
  }

  /** Fills the frame from the current phase and moves the phase past it. */
  @Override
  protected void generate(short[] frame960) {
    double phase = phaseCycles;
    for (int i = 0; i < frame960.length; i++) {
      frame960[i] = (short) Math.round(amplitude * Math.sin(2.0 * Math.PI * phase));
      phase += cyclesPerSample;
      if (phase >= 1.0) {
        phase -= 1.0;
      }
    }
    phaseCycles = phase;
  }

  /** The tone frequency in Hz. */
  public double frequencyHz() {
    return frequencyHz;
  }

  /** The peak level in dBFS. */
  public double levelDbfs() {
    return levelDbfs;
  }

  @Override
  public String describe() {
    return format(frequencyHz) + " Hz tone at " + format(levelDbfs) + " dBFS peak";
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Formats without a trailing ".0" and independent of the default locale. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
