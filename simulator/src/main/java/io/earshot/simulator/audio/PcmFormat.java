package io.earshot.simulator.audio;

/**
 * The one audio format Earshot's media path uses: 48 kHz, mono, 16-bit signed PCM, carried in 20 ms
 * frames of 960 samples.
 *
 * <p>Levels are in dBFS relative to {@link #FULL_SCALE} (32768), without the AES17 +3.01 dB sine
 * correction: a full-scale sine has a peak of 0 dBFS and an RMS of about -3.01 dBFS. This matches
 * how webrtc-stats computes {@code totalAudioEnergy} ({@code (x/32768)²}).
 */
public final class PcmFormat {

  /** Samples per second. */
  public static final int SAMPLE_RATE_HZ = 48_000;

  /** Samples in one 20 ms frame. */
  public static final int FRAME_SAMPLES = 960;

  /** Duration of one frame in nanoseconds. */
  public static final long FRAME_NANOS = 20_000_000L;

  /** The reference for dBFS: the magnitude of the most negative 16-bit sample. */
  public static final double FULL_SCALE = 32_768.0;

  /** The Nyquist frequency; no tone can be represented at or above it. */
  public static final double NYQUIST_HZ = SAMPLE_RATE_HZ / 2.0;

  private PcmFormat() {}

  /**
   * Checks that {@code frame} is one 20 ms frame.
   *
   * @throws IllegalArgumentException if it is null or not 960 samples long
   */
  public static void requireFrame(short[] frame) {
    if (frame == null) {
      throw new IllegalArgumentException(
          "expected a frame of " + FRAME_SAMPLES + " samples (20 ms at 48 kHz), got null");
    }
    if (frame.length != FRAME_SAMPLES) {
      throw new IllegalArgumentException(
          "expected a frame of "
              + FRAME_SAMPLES
              + " samples (20 ms at 48 kHz), got "
              + frame.length
              + " samples");
    }
  }
}
