package io.earshot.simulator.measure;

/**
 * The sample format a WAV file declared.
 *
 * @param encoding integer PCM or IEEE float
 * @param sampleRateHz samples per second per channel
 * @param channels interleaved channels, 1..8
 * @param bitsPerSample container bits per sample: 8, 16, 24 or 32
 */
public record WavFormat(Encoding encoding, int sampleRateHz, int channels, int bitsPerSample) {

  /** How samples are stored. */
  public enum Encoding {
    /** Signed little-endian integers (unsigned for 8-bit). */
    PCM,
    /** IEEE 754 single-precision floats, full scale ±1.0. */
    FLOAT
  }

  /** Bytes per interleaved frame (one sample of every channel). */
  public int blockAlign() {
    return channels * bitsPerSample / 8;
  }

  @Override
  public String toString() {
    return sampleRateHz
        + " Hz, "
        + channels
        + (channels == 1 ? " channel, " : " channels, ")
        + bitsPerSample
        + "-bit "
        + (encoding == Encoding.PCM ? "PCM" : "float");
  }
}
