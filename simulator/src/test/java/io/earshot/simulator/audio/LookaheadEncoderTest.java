package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.ForwardingAudioEncoder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Encoding ahead never changes a payload: right guesses, wrong guesses, unknown next frames and
 * settings changed between frames all give exactly what one encoder fed in order gives.
 */
class LookaheadEncoderTest {
  private static final int N = AudioEncoder.FRAME_SAMPLES;
  private static final AudioCodecFactory OPUS = AudioCodecFactory.opus();
  private final WorkerFirst worker = new WorkerFirst();

  @AfterEach
  void stop() {
    worker.close();
  }

  /** A source that is sometimes mispredicted: every 7th frame differs from what was peeked. */
  private static final class Script implements LookaheadCodecs.Upcoming {
    private final NoiseSource noise = new NoiseSource(3, -20);
    private int frame;

    short[] next() {
      short[] pcm = new short[N];
      noise.nextFrame(pcm);
      if (frame++ % 7 == 6) {
        pcm[100] ^= 1; // not what was peeked
      }
      return pcm;
    }

    @Override
    public boolean peekFrame(short[] frame960) {
      return frame % 11 != 10 && noise.peekFrame(frame960); // sometimes unknown
    }
  }

  @Test
  void everyPayloadEqualsEncodingInOrder() {
    Script script = new Script();
    AtomicInteger onWorker = new AtomicInteger();
    Thread caller = Thread.currentThread();
    AudioEncoder counted =
        new ForwardingAudioEncoder(OPUS.newEncoder(), true) {
          @Override
          public byte[] encode(short[] pcm960) {
            if (Thread.currentThread() != caller) {
              onWorker.incrementAndGet();
            }
            return delegate.encode(pcm960);
          }
        };
    try (AudioEncoder reference = OPUS.newEncoder();
        AudioEncoder ahead = new LookaheadEncoder(counted, script, worker)) {
      for (int f = 0; f < 300; f++) {
        if (f % 13 == 12) {
          boolean fec = f % 26 == 25;
          reference.protectAgainstLoss(fec, 10);
          ahead.protectAgainstLoss(fec, 10);
        }
        short[] pcm = script.next();
        assertArrayEquals(reference.encode(pcm), ahead.encode(pcm), "frame " + f);
      }
    }
    assertTrue(onWorker.get() > 200, "frames encoded ahead: " + onWorker.get());
  }

  @Test
  void anEncoderThatCannotSaveIsUsedAsItIs() {
    Script script = new Script();
    AtomicInteger saves = new AtomicInteger();
    AudioEncoder cannotSave =
        new ForwardingAudioEncoder(OPUS.newEncoder()) {
          @Override
          public boolean saveState() {
            saves.incrementAndGet();
            return false;
          }
        };
    try (AudioEncoder reference = OPUS.newEncoder();
        AudioEncoder ahead = new LookaheadEncoder(cannotSave, script, worker)) {
      for (int f = 0; f < 50; f++) {
        short[] pcm = script.next();
        assertArrayEquals(reference.encode(pcm), ahead.encode(pcm), "frame " + f);
      }
    }
    assertEquals(1, saves.get(), "asked once, then never again");
  }

  @Test
  void aWrongFrameIsStillRefusedByTheEncoder() {
    Script script = new Script();
    try (AudioEncoder ahead = new LookaheadEncoder(OPUS.newEncoder(), script, worker)) {
      ahead.encode(script.next());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ahead.encode(new short[10]));
      assertTrue(e.getMessage().contains("found 10"), e.getMessage());
    }
  }
}
