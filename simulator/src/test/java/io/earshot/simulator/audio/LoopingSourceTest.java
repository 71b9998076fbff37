package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LoopingSourceTest {
  private static short[] ramp(int n) {
    short[] s = new short[n];
    for (int i = 0; i < n; i++) {
      s[i] = (short) i;
    }
    return s;
  }

  /** Frame {@code k} of a loop of {@code n} samples, by the definition: sample i is i mod n. */
  private static short[] expected(int n, int k) {
    short[] f = new short[960];
    for (int i = 0; i < 960; i++) {
      f[i] = (short) ((k * 960L + i) % n);
    }
    return f;
  }

  @Test
  void framesWrapAroundTheEndOfTheRecording() {
    for (int n : new int[] {1, 3, 959, 960, 961, 1500, 48_000}) {
      LoopingSource source = new LoopingSource(ramp(n), "ramp", false);
      short[] frame = new short[960];
      short[] peeked = new short[960];
      for (int k = 0; k < 5; k++) {
        source.peekFrame(peeked);
        source.nextFrame(frame);
        assertArrayEquals(expected(n, k), frame, "recording of " + n + " samples, frame " + k);
        assertArrayEquals(frame, peeked, "peek gives the next frame, n=" + n + ", frame " + k);
      }
    }
  }

  @Test
  void anEmptyRecordingIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LoopingSource(new short[0], "x", true));
  }
}
