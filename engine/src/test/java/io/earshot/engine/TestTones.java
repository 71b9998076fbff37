package io.earshot.engine;

/** Capture sources with known levels for sound-level and mute tests. */
final class TestTones {
  private TestTones() {}

  /**
   * A 1 kHz sine of amplitude 0.5 (16384 of 32768): 20 whole cycles per 20 ms frame, so every
   * frame's RMS is 0.5/√2 and its sound level 20·log10(0.35355) + 100 ≈ 90.97.
   */
  static AudioCaptureSource halfScaleSine() {
    return new AudioCaptureSource() {
      private long n;

      @Override
      public void capture(short[] frame) {
        for (int i = 0; i < frame.length; i++) {
          frame[i] = (short) Math.round(16384 * Math.sin(2 * Math.PI * 1000 * (n++ % 48) / 48_000));
        }
      }
    };
  }
}
