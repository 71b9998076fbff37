package io.earshot.engine;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;

/**
 * A stand-in codec for tests about signaling and state, where only packets matter: a frame becomes
 * a 4-byte payload and decodes to silence. Twenty minutes of virtual call cost no Opus.
 */
final class CheapCodecs implements AudioCodecFactory {
  @Override
  public AudioEncoder newEncoder() {
    return new AudioEncoder() {
      @Override
      public byte[] encode(short[] pcm960) {
        return new byte[] {1, 2, 3, 4};
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public AudioDecoder newDecoder() {
    return new AudioDecoder() {
      @Override
      public short[] decode(byte[] payload) {
        return new short[FRAME_SAMPLES];
      }

      @Override
      public short[] conceal() {
        return new short[FRAME_SAMPLES];
      }

      @Override
      public void close() {}
    };
  }
}
