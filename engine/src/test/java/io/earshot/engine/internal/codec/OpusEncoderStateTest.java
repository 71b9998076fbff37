package io.earshot.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.codec.AudioEncoder;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Saving and restoring libopus's encoder state: a restored encoder continues as if never moved. */
class OpusEncoderStateTest {
  private static final int N = AudioEncoder.FRAME_SAMPLES;
  private final OpusCodecFactory factory = new OpusCodecFactory();

  @Test
  void aRestoredEncoderEncodesExactlyAsOneThatNeverMovedOn() {
    try (AudioEncoder reference = factory.newEncoder();
        AudioEncoder guessing = factory.newEncoder()) {
      for (int f = 0; f < 100; f++) {
        short[] frame = noisyTone(f);
        byte[] expected = reference.encode(frame);
        assertTrue(guessing.saveState());
        byte[] wrongGuess = guessing.encode(noisyTone(f + 1000));
        assertFalse(Arrays.equals(expected, wrongGuess), "frame " + f + ": the guess differs");
        guessing.restoreState();
        assertArrayEquals(expected, guessing.encode(frame), "frame " + f);
      }
    }
  }

  @Test
  void settingsChangedAfterASaveAreUndoneByTheRestore() {
    try (AudioEncoder reference = factory.newEncoder();
        AudioEncoder other = factory.newEncoder()) {
      for (int f = 0; f < 10; f++) {
        reference.encode(noisyTone(f));
        other.encode(noisyTone(f));
      }
      assertTrue(other.saveState());
      other.protectAgainstLoss(true, 20);
      other.encode(noisyTone(10));
      other.restoreState();
      for (int f = 10; f < 20; f++) {
        assertArrayEquals(reference.encode(noisyTone(f)), other.encode(noisyTone(f)), "frame " + f);
      }
    }
  }

  @Test
  void restoringWithNothingSavedOrAfterCloseIsRefused() {
    AudioEncoder encoder = factory.newEncoder();
    IllegalStateException none = assertThrows(IllegalStateException.class, encoder::restoreState);
    assertTrue(none.getMessage().contains("found none saved"), none.getMessage());
    encoder.close();
    assertThrows(IllegalStateException.class, encoder::saveState);
    assertThrows(IllegalStateException.class, encoder::restoreState);
  }

  private static short[] noisyTone(int frame) {
    SplittableRandom random = new SplittableRandom(frame);
    short[] pcm = new short[N];
    for (int i = 0; i < N; i++) {
      double t = (frame * (double) N + i) / 48_000;
      pcm[i] = (short) (6000 * Math.sin(2 * Math.PI * 440 * t) + random.nextInt(-2000, 2000));
    }
    return pcm;
  }
}
