package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import org.junit.jupiter.api.Test;

/** Long digital silence stops reaching the codec; anything else always does. */
class SteadySilenceCodecsTest {
  private static final int FRAME = 960;
  private int encodes;
  private int conceals;
  private int decodes;
  private short concealedLevel;
  private String protection = "";
  private int fecDecodes;

  private final AudioCodecFactory counting =
      new AudioCodecFactory() {
        @Override
        public AudioEncoder newEncoder() {
          return new AudioEncoder() {
            @Override
            public byte[] encode(short[] pcm960) {
              return new byte[] {(byte) ++encodes};
            }

            @Override
            public void protectAgainstLoss(boolean fec, int expectedLossPercent) {
              protection = fec + " " + expectedLossPercent;
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
              decodes++;
              return new short[FRAME_SAMPLES];
            }

            @Override
            public short[] conceal() {
              conceals++;
              short[] out = new short[FRAME_SAMPLES];
              out[0] = concealedLevel;
              return out;
            }

            @Override
            public short[] decodeFromNext(byte[] nextPayload) {
              fecDecodes++;
              return new short[FRAME_SAMPLES];
            }

            @Override
            public void close() {}
          };
        }
      };

  @Test
  void lossProtectionAndFecRecoveryReachTheCodec() {
    SteadySilenceCodecs codecs = new SteadySilenceCodecs(counting);
    codecs.newEncoder().protectAgainstLoss(true, 7);
    assertEquals("true 7", protection, "the encoder was not told to protect against loss");
    assertEquals(FRAME, codecs.newDecoder().decodeFromNext(new byte[] {1}).length);
    assertEquals(1, fecDecodes, "the decoder was not asked to recover from FEC");
  }

  @Test
  void anEncoderRepeatsItsLastSilencePacketAfterTenSecondsOfSilence() {
    AudioEncoder encoder = new SteadySilenceCodecs(counting).newEncoder();
    short[] silence = new short[960];
    short[] tone = new short[960];
    tone[5] = 1000;
    for (int i = 0; i < SteadySilenceCodecs.STEADY_FRAMES; i++) {
      encoder.encode(silence);
    }
    assertEquals(SteadySilenceCodecs.STEADY_FRAMES, encodes);
    for (int i = 0; i < 1000; i++) {
      assertArrayEquals(
          new byte[] {(byte) SteadySilenceCodecs.STEADY_FRAMES}, encoder.encode(silence));
    }
    assertEquals(SteadySilenceCodecs.STEADY_FRAMES, encodes, "the codec was not asked again");
    encoder.encode(tone);
    encoder.encode(silence);
    assertEquals(SteadySilenceCodecs.STEADY_FRAMES + 2, encodes, "sound resets the count");
  }

  @Test
  void aDecoderConcealsWithSilenceOnlyAfterItsConcealmentWasSilentForTenSeconds() throws Exception {
    AudioDecoder decoder = new SteadySilenceCodecs(counting).newDecoder();
    concealedLevel = 3;
    for (int i = 0; i < 1000; i++) {
      decoder.conceal();
    }
    assertEquals(1000, conceals, "audible concealment always reaches the codec");
    concealedLevel = 0;
    for (int i = 0; i < 2000; i++) {
      decoder.conceal();
    }
    assertEquals(1000 + SteadySilenceCodecs.STEADY_FRAMES, conceals);
    decoder.decode(new byte[] {1});
    decoder.conceal();
    assertEquals(1, decodes);
    assertEquals(1001 + SteadySilenceCodecs.STEADY_FRAMES, conceals, "a payload resets the count");
  }
}
