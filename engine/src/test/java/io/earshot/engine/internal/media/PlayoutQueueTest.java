package io.earshot.engine.internal.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frames go in whole, shortened or lengthened at their end; the device takes them contiguous. */
class PlayoutQueueTest {
  private static final int N = PlayoutQueue.FRAME_SAMPLES;

  private static short[] frame(int value) {
    short[] f = new short[N];
    Arrays.fill(f, (short) value);
    return f;
  }

  @Test
  void anUnshiftedFramePassesStraightThrough() {
    PlayoutQueue queue = new PlayoutQueue();
    assertTrue(queue.needsFrame());
    queue.append(frame(3), 0);
    assertFalse(queue.needsFrame());
    short[] out = new short[N];
    queue.take(out);
    assertArrayEquals(frame(3), out);
    assertEquals(0, queue.size());
  }

  @Test
  void aShortenedFrameLetsTheNextOneStartEarlier() {
    PlayoutQueue queue = new PlayoutQueue();
    queue.append(frame(1), -100);
    assertTrue(queue.needsFrame(), "860 samples are not a device frame");
    queue.append(frame(2), 0);
    short[] out = new short[N];
    queue.take(out);
    assertEquals(1, out[N - 101]);
    assertEquals(2, out[N - 100], "the second frame follows the cut at once");
    assertEquals(N - 100, queue.size(), "the rest of the second frame plays on the next tick");
    queue.append(frame(3), 0);
    queue.take(out);
    assertEquals(2, out[N - 101]);
    assertEquals(3, out[N - 100]);
  }

  @Test
  void aLengthenedFrameEndsInSilenceAndDelaysTheNext() {
    PlayoutQueue queue = new PlayoutQueue();
    queue.append(frame(1), 240);
    short[] out = new short[N];
    queue.take(out);
    assertArrayEquals(frame(1), out);
    assertEquals(240, queue.size());
    queue.append(frame(2), 0);
    queue.take(out);
    assertEquals(0, out[0]);
    assertEquals(0, out[239]);
    assertEquals(2, out[240]);
  }

  @Test
  void misuseIsRefusedWithWhatWasFound() {
    PlayoutQueue queue = new PlayoutQueue();
    IllegalArgumentException shift =
        assertThrows(IllegalArgumentException.class, () -> queue.append(frame(1), N));
    assertTrue(shift.getMessage().contains("found 960"), shift.getMessage());
    short[] out = new short[N];
    IllegalStateException empty = assertThrows(IllegalStateException.class, () -> queue.take(out));
    assertTrue(empty.getMessage().contains("holds 0 samples"), empty.getMessage());
    queue.append(frame(1), 0);
    assertThrows(IllegalStateException.class, () -> queue.append(frame(2), 0));
  }
}
