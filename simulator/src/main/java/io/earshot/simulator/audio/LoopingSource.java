package io.earshot.simulator.audio;

/**
 * A recording played in a loop, frame after frame: a speech fixture or an audio file, already at 48
 * kHz mono 16-bit. A pure function of how many frames it has produced, like every source.
 */
public final class LoopingSource implements AudioSource {
  private final short[] samples;
  private final String description;
  private final boolean speech;
  private long position;

  /**
   * @param samples48k the recording, at least one sample (copied)
   * @param description what it is, for reports ("speech (espeak-m)", "the audio file x.wav")
   * @param speech whether it is speech, which measured MOS can score
   * @throws IllegalArgumentException if the recording is empty
   */
  public LoopingSource(short[] samples48k, String description, boolean speech) {
    if (samples48k.length == 0) {
      throw new IllegalArgumentException(
          "expected a recording of at least one sample for " + description + ", found none");
    }
    this.samples = samples48k.clone();
    this.description = description;
    this.speech = speech;
  }

  @Override
  public void nextFrame(short[] frame960) {
    peekFrame(frame960);
    position += frame960.length;
  }

  @Override
  public boolean peekFrame(short[] frame960) {
    PcmFormat.requireFrame(frame960);
    for (int i = 0; i < frame960.length; i++) {
      frame960[i] = samples[(int) ((position + i) % samples.length)];
    }
    return true;
  }

  /** Whether the recording is speech (measured MOS is only meaningful on speech). */
  public boolean speech() {
    return speech;
  }

  /** Length of one pass, in seconds. */
  public double loopSeconds() {
    return samples.length / (double) PcmFormat.SAMPLE_RATE_HZ;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public String toString() {
    return describe();
  }
}
