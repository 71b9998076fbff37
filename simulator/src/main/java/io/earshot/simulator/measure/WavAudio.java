package io.earshot.simulator.measure;

/**
 * Audio read from a WAV file, mixed to mono.
 *
 * @param format what the file declared
 * @param mono the channels averaged, full scale ±1.0 (16-bit sample {@code s} becomes {@code
 *     s/32768})
 */
public record WavAudio(WavFormat format, float[] mono) {

  /** Samples per second. */
  public int sampleRateHz() {
    return format.sampleRateHz();
  }

  /** Duration in seconds. */
  public double durationSeconds() {
    return mono.length / (double) format.sampleRateHz();
  }

  /** The mono samples as 16-bit PCM, rounded and clipped to the 16-bit range. */
  public short[] toPcm16() {
    short[] out = new short[mono.length];
    for (int i = 0; i < mono.length; i++) {
      out[i] = Pcm16.toShort(mono[i] * 32768.0);
    }
    return out;
  }
}
