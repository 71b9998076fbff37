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
    // At most a few copies (one at the loop's end, more only for a recording shorter than a frame).
    int from = (int) (position % samples.length);
    for (int done = 0; done < frame960.length; ) {
      int n = Math.min(frame960.length - done, samples.length - from);
      System.arraycopy(samples, from, frame960, done, n);
      done += n;
      from = 0;
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
