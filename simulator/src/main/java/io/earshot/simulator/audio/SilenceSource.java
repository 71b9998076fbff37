package io.earshot.simulator.audio;

import java.util.Arrays;

/** A source of digital silence: every sample is zero. */
public final class SilenceSource implements AudioSource {

  @Override
  public void nextFrame(short[] frame960) {
    PcmFormat.requireFrame(frame960);
    Arrays.fill(frame960, (short) 0);
  }

  @Override
  public boolean peekFrame(short[] frame960) {
    nextFrame(frame960);
    return true;
  }

  @Override
  public String describe() {
    return "silence";
  }

  @Override
  public String toString() {
    return describe();
  }
}
