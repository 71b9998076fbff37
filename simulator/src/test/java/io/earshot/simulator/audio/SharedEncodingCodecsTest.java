package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import org.junit.jupiter.api.Test;

/** Publishers of the same input share one encoding; whoever parts from it encodes for itself. */
class SharedEncodingCodecsTest {
  private static short[] frame(int n) {
    short[] pcm = new short[AudioEncoder.FRAME_SAMPLES];
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * (n * 960 + i) / 48_000.0));
    }
    return pcm;
  }

  @Test
  void aFollowerTakesTheLeadersPayloadsWithoutEncoding() throws CorruptPayloadException {
    SharedEncodingCodecs codecs = new SharedEncodingCodecs(AudioCodecFactory.opus(), 10_000);
    AudioEncoder leader = codecs.newEncoder();
    AudioEncoder follower = codecs.newEncoder();
    AudioEncoder alone = AudioCodecFactory.opus().newEncoder();
    byte[][] led = new byte[50][];
    for (int n = 0; n < 50; n++) {
      led[n] = leader.encode(frame(n));
      assertArrayEquals(alone.encode(frame(n)), led[n], "the leader encodes as libopus does");
    }
    AudioDecoder decoder = codecs.newDecoder();
    for (int n = 0; n < 50; n++) {
      byte[] p = follower.encode(frame(n));
      assertArrayEquals(led[n], p, "frame " + n);
      assertEquals(AudioEncoder.FRAME_SAMPLES, decoder.decode(p).length);
    }
    assertEquals(50, codecs.encodedFrames());
    assertEquals(50, codecs.sharedFrames());
    leader.close();
    follower.close();
    alone.close();
  }

  @Test
  void partingInputOrProtectionEncodesItsOwnAndStaysDecodable() throws CorruptPayloadException {
    SharedEncodingCodecs codecs = new SharedEncodingCodecs(AudioCodecFactory.opus(), 10_000);
    AudioEncoder a = codecs.newEncoder();
    AudioEncoder b = codecs.newEncoder();
    AudioEncoder c = codecs.newEncoder();
    for (int n = 0; n < 10; n++) {
      a.encode(frame(n));
      b.encode(frame(n));
      c.encode(frame(n));
    }
    assertEquals(10, codecs.encodedFrames());
    b.encode(new short[AudioEncoder.FRAME_SAMPLES]); // b is muted for a frame: its own history
    c.protectAgainstLoss(true, 10); // c protects against loss: its own settings
    AudioDecoder decoder = codecs.newDecoder();
    for (int n = 10; n < 20; n++) {
      a.encode(frame(n));
      assertEquals(AudioEncoder.FRAME_SAMPLES, decoder.decode(b.encode(frame(n))).length);
      assertEquals(AudioEncoder.FRAME_SAMPLES, decoder.decode(c.encode(frame(n))).length);
    }
    // a: 10 more; b: the silent frame and 10 more; c: 10 more (each restarted its encoder once).
    assertEquals(10 + 10 + 11 + 10, codecs.encodedFrames());
    assertThrows(
        IllegalArgumentException.class,
        () -> new SharedEncodingCodecs(AudioCodecFactory.opus(), 0));
  }
}
