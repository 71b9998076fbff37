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
}
