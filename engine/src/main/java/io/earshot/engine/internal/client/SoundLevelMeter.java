package io.earshot.engine.internal.client;

/**
 * Accumulates 16-bit samples over one monitor interval and turns them into the contract's sound
 * level (§3.6): {@code clamp(20·log10(rms) + 100, 0, 100)}, with samples normalised to [-1, 1] by
 * dividing by 32768. No samples, or only zeros, give 0.
 *
 * <p>Voice activity is a plain energy threshold: an interval counts as voice ({@code vad} 1) when
 * its level is at least {@value #VAD_THRESHOLD_LEVEL}, that is an RMS of −40 dBFS (1 % of full
 * scale) or more. It cannot tell voice from loud noise; it is what "voice detected" means in the
 * reference engine.
 */
final class SoundLevelMeter {
  /** Level at and above which an interval counts as voice. */
  static final double VAD_THRESHOLD_LEVEL = 60.0;

  private static final double FULL_SCALE = 32768.0;

  private double sumSquares;
  private long samples;

  void add(short[] frame) {
    double sum = 0;
    for (short s : frame) {
      double x = s / FULL_SCALE;
      sum += x * x;
    }
    sumSquares += sum;
    samples += frame.length;
  }

  /** The level of the samples added since the last call; then starts a new interval. */
  double takeLevel() {
    double level = level(sumSquares, samples);
    sumSquares = 0;
    samples = 0;
    return level;
  }

  /**
   * The sound level of {@code samples} samples whose squares (normalised) sum to {@code
   * sumSquares}.
   */
  static double level(double sumSquares, long samples) {
    if (samples == 0 || !(sumSquares > 0)) {
      return 0.0;
    }
    double rms = Math.sqrt(sumSquares / samples);
    return Math.max(0.0, Math.min(100.0, 20.0 * Math.log10(rms) + 100.0));
  }

  /** 1 (voice) when {@code level} reaches the energy threshold, else 0. */
  static int voiceActivity(double level) {
    return level >= VAD_THRESHOLD_LEVEL ? 1 : 0;
  }
}
