package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.quality.SourceCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every source can tell its next frame without moving on, and tells it right. */
class PeekFrameTest {
  private static final int N = PcmFormat.FRAME_SAMPLES;

  @Test
  void aPeekedFrameIsTheNextFrameAndPeekingDoesNotMoveOn() {
    List<AudioSource> sources =
        List.of(
            new SilenceSource(),
            new ToneSource(440, -12),
            SourceCatalog.tone(1000),
            SourceCatalog.whiteNoise(9),
            SourceCatalog.speech(1));
    for (AudioSource source : sources) {
      short[] peeked = new short[N];
      short[] again = new short[N];
      short[] next = new short[N];
      for (int f = 0; f < 120; f++) {
        assertTrue(source.peekFrame(peeked), source.describe());
        assertTrue(source.peekFrame(again), source.describe());
        source.nextFrame(next);
        assertArrayEquals(peeked, again, source.describe() + ", frame " + f);
        assertArrayEquals(peeked, next, source.describe() + ", frame " + f);
      }
    }
  }

  @Test
  void peekingNowAndThenGivesTheSameFramesAsNeverPeeking() {
    List<AudioSource> peekedAt = List.of(new ToneSource(440, -12), SourceCatalog.tone(1000));
    List<AudioSource> never = List.of(new ToneSource(440, -12), SourceCatalog.tone(1000));
    for (int s = 0; s < peekedAt.size(); s++) {
      AudioSource source = peekedAt.get(s);
      short[] peeked = new short[N];
      short[] next = new short[N];
      short[] expected = new short[N];
      for (int f = 0; f < 120; f++) {
        if (f % 3 == 0) {
          source.peekFrame(peeked);
        }
        source.nextFrame(next);
        never.get(s).nextFrame(expected);
        assertArrayEquals(expected, next, source.describe() + ", frame " + f);
      }
    }
  }
}
