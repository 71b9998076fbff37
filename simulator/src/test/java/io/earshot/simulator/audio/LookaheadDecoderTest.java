package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.engine.codec.ForwardingAudioDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Decoding ahead never changes a frame: right hints, wrong hints, concealment, FEC and corrupt
 * payloads after a hint all give exactly what one decoder fed in order gives.
 */
class LookaheadDecoderTest {
  private static final AudioCodecFactory OPUS = AudioCodecFactory.opus();
  private final WorkerFirst worker = new WorkerFirst();

  @AfterEach
  void stop() {
    worker.close();
  }

  private static List<byte[]> payloads(int frames) {
    NoiseSource noise = new NoiseSource(5, -20);
    short[] pcm = new short[AudioEncoder.FRAME_SAMPLES];
    List<byte[]> out = new ArrayList<>();
    try (AudioEncoder encoder = OPUS.newEncoder()) {
      encoder.protectAgainstLoss(true, 10); // FEC in every packet, for decodeFromNext
      for (int i = 0; i < frames; i++) {
        noise.nextFrame(pcm);
        out.add(encoder.encode(pcm));
      }
    }
    return out;
  }

  /**
   * The script of calls: mostly the hinted payload, sometimes another (every 5th), a concealment
   * (every 7th), an FEC recovery (every 11th) or a corrupt payload (every 13th).
   */
  private static List<short[]> play(AudioDecoder decoder, List<byte[]> packets) {
    List<short[]> heard = new ArrayList<>();
    for (int i = 0; i + 2 < packets.size(); i++) {
      byte[] asked = i % 5 == 4 ? packets.get(i + 1) : packets.get(i);
      try {
        if (i % 7 == 6) {
          heard.add(decoder.conceal());
        } else if (i % 11 == 10) {
          heard.add(decoder.decodeFromNext(packets.get(i + 1)));
        } else if (i % 13 == 12) {
          heard.add(decoder.decode(new byte[] {(byte) 0xff}));
        } else {
          heard.add(decoder.decode(asked));
        }
      } catch (CorruptPayloadException e) {
        heard.add(new short[] {-1});
      }
      decoder.upcoming(packets.get(i + 1));
    }
    return heard;
  }

  @Test
  void everyFrameEqualsDecodingInOrder() {
    List<byte[]> packets = payloads(120);
    List<short[]> inOrder;
    try (AudioDecoder plain = OPUS.newDecoder()) {
      inOrder = play(plain, packets);
    }
    AtomicInteger onWorker = new AtomicInteger();
    Thread caller = Thread.currentThread();
    AudioDecoder counted =
        new ForwardingAudioDecoder(OPUS.newDecoder(), true) {
          @Override
          public short[] decode(byte[] payload) throws CorruptPayloadException {
            if (Thread.currentThread() != caller) {
              onWorker.incrementAndGet();
            }
            return delegate.decode(payload);
          }
        };
    List<short[]> ahead;
    try (AudioDecoder lookahead = new LookaheadDecoder(counted, worker)) {
      ahead = play(lookahead, packets);
    }
    assertEquals(inOrder.size(), ahead.size());
    for (int i = 0; i < inOrder.size(); i++) {
      assertArrayEquals(inOrder.get(i), ahead.get(i), "frame " + i);
    }
    assertTrue(onWorker.get() > 30, "frames decoded on the worker: " + onWorker.get());
  }

  @Test
  void aDecoderThatCannotSaveIsUsedInOrder() {
    AtomicInteger calls = new AtomicInteger();
    AudioDecoder unsaveable =
        new ForwardingAudioDecoder(OPUS.newDecoder()) {
          @Override
          public short[] decode(byte[] payload) throws CorruptPayloadException {
            calls.incrementAndGet();
            return delegate.decode(payload);
          }
        };
    List<byte[]> packets = payloads(10);
    try (AudioDecoder lookahead = new LookaheadDecoder(unsaveable, worker)) {
      for (int i = 0; i + 1 < packets.size(); i++) {
        lookahead.decode(packets.get(i));
        lookahead.upcoming(packets.get(i + 1));
      }
    } catch (CorruptPayloadException e) {
      throw new AssertionError(e);
    }
    assertEquals(9, calls.get(), "each frame decoded once, by the caller");
  }

  @Test
  void aClosedDecoderRefusesWork() {
    AudioDecoder lookahead = new LookaheadDecoder(OPUS.newDecoder(), worker);
    lookahead.upcoming(payloads(1).get(0));
    lookahead.close();
    assertThrows(IllegalStateException.class, lookahead::conceal);
  }
}
