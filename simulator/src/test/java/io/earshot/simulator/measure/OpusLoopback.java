package io.earshot.simulator.measure;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import java.util.Random;

/**
 * Test audio through real libopus (the engine's codec at its defaults: 48 kbit/s, 20 ms frames),
 * with packets lost by a seeded pattern and concealed by the decoder, as a listener would hear it.
 */
final class OpusLoopback {
  private OpusLoopback() {}

  /**
   * Encodes and decodes 48 kHz audio frame by frame. Frame {@code i} is lost when {@code draws[i] <
   * lossRate}, so one set of draws gives nested loss patterns: every frame lost at 5 % is also lost
   * at 10 %.
   */
  static short[] transcode(short[] pcm48k, double lossRate, double[] draws) {
    int frames = pcm48k.length / AudioEncoder.FRAME_SAMPLES;
    short[] out = new short[frames * AudioEncoder.FRAME_SAMPLES];
    AudioCodecFactory opus = AudioCodecFactory.opus();
    try (AudioEncoder encoder = opus.newEncoder();
        AudioDecoder decoder = opus.newDecoder()) {
      short[] frame = new short[AudioEncoder.FRAME_SAMPLES];
      for (int i = 0; i < frames; i++) {
        System.arraycopy(pcm48k, i * frame.length, frame, 0, frame.length);
        byte[] packet = encoder.encode(frame);
        short[] decoded =
            draws[i % draws.length] < lossRate ? decoder.conceal() : decoder.decode(packet);
        System.arraycopy(decoded, 0, out, i * frame.length, frame.length);
      }
    } catch (CorruptPayloadException e) {
      throw new AssertionError("libopus rejected its own packet", e);
    }
    return out;
  }

  /** Lossless transcoding. */
  static short[] transcode(short[] pcm48k) {
    return transcode(pcm48k, 0, new double[] {1});
  }

  /** One uniform draw per 20 ms frame from a seeded generator. */
  static double[] draws(long seed, int frames) {
    Random random = new Random(seed);
    double[] out = new double[frames];
    for (int i = 0; i < frames; i++) {
      out[i] = random.nextDouble();
    }
    return out;
  }
}
