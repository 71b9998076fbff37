package io.earshot.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OpusCodecTest {
  private static final int N = AudioEncoder.FRAME_SAMPLES;
  private static final double TONE_HZ = 440;
  private static final double AMPLITUDE = 8000;
  private static final int FRAMES = 25;
  private static final int WARM_UP_FRAMES = 2; // codec delay (6.5 ms) and encoder start-up

  private final OpusCodecFactory factory = new OpusCodecFactory();

  @Test
  void sineSurvivesEncodeDecode() throws Exception {
    short[] decoded = new short[(FRAMES - WARM_UP_FRAMES) * N];
    try (AudioEncoder encoder = factory.newEncoder();
        AudioDecoder decoder = factory.newDecoder()) {
      for (int f = 0; f < FRAMES; f++) {
        byte[] payload = encoder.encode(sineFrame(f));
        assertTrue(payload.length > 0 && payload.length <= 1275, "payload " + payload.length);
        short[] pcm = decoder.decode(payload);
        assertEquals(N, pcm.length);
        if (f >= WARM_UP_FRAMES) {
          System.arraycopy(pcm, 0, decoded, (f - WARM_UP_FRAMES) * N, N);
        }
      }
    }
    double toneShare = toneEnergyShare(decoded, TONE_HZ);
    assertTrue(toneShare > 0.8, "share of energy at 440 Hz was " + toneShare);
    double inputRms = AMPLITUDE / Math.sqrt(2);
    double gainDb = 20 * Math.log10(rms(decoded) / inputRms);
    assertTrue(Math.abs(gainDb) < 3, "decoded level differs from input by " + gainDb + " dB");
  }

  @Test
  void concealmentAndNullPayloadYieldAFullFrame() throws Exception {
    try (AudioEncoder encoder = factory.newEncoder();
        AudioDecoder decoder = factory.newDecoder()) {
      for (int f = 0; f < 5; f++) {
        decoder.decode(encoder.encode(sineFrame(f)));
      }
      short[] plc = decoder.conceal();
      assertEquals(N, plc.length);
      assertTrue(rms(plc) > 0, "PLC right after a tone should extrapolate it, not be silent");
      assertEquals(N, decoder.decode(null).length);
    }
  }

  @Test
  void emptyPayloadIsRejectedSoTheCallerConcealsExplicitly() {
    try (AudioDecoder decoder = factory.newDecoder()) {
      CorruptPayloadException e =
          assertThrows(CorruptPayloadException.class, () -> decoder.decode(new byte[0]));
      assertTrue(e.getMessage().contains("empty payload"), e.getMessage());
    }
  }

  @Test
  void invalidPacketIsACorruptPayload() {
    try (AudioDecoder decoder = factory.newDecoder()) {
      // TOC config 18 (CELT, 10 ms) code 1: two equal frames, 960 samples in all, but the 3 bytes
      // after the TOC cannot split evenly, which RFC 6716 §3.2.3 makes invalid.
      byte twoEqualTenMsFrames = (byte) ((18 << 3) | 1);
      CorruptPayloadException e =
          assertThrows(
              CorruptPayloadException.class,
              () -> decoder.decode(new byte[] {twoEqualTenMsFrames, 0, 0, 0}));
      assertTrue(e.getMessage().contains("libopus rejects"), e.getMessage());
    }
  }

  @Test
  void packetOfAnotherDurationIsACorruptPayload() {
    try (AudioDecoder decoder = factory.newDecoder()) {
      // TOC config 18 (CELT, 10 ms; RFC 6716 Table 2), code 0: one frame of 480 samples, not 960.
      byte tenMsCelt = (byte) (18 << 3);
      CorruptPayloadException e =
          assertThrows(
              CorruptPayloadException.class, () -> decoder.decode(new byte[] {tenMsCelt, 0, 0}));
      assertTrue(e.getMessage().contains("found one of 480 samples"), e.getMessage());
      // Code 3 with a frame count of 0: parses, but holds no audio at all.
      assertThrows(
          CorruptPayloadException.class, () -> decoder.decode(new byte[] {(byte) 0xFB, 0}));
    }
  }

  @Test
  void randomGarbageEitherDecodesOrIsCorrupt() {
    SplittableRandom random = new SplittableRandom(7);
    int corrupt = 0;
    try (AudioDecoder decoder = factory.newDecoder()) {
      for (int i = 0; i < 500; i++) {
        byte[] garbage = new byte[random.nextInt(1, 200)];
        random.nextBytes(garbage);
        try {
          assertEquals(N, decoder.decode(garbage).length);
        } catch (CorruptPayloadException e) {
          corrupt++;
        } catch (RuntimeException e) {
          fail("garbage made the decoder throw " + e);
        }
      }
      assertEquals(N, decoder.conceal().length, "decoder still usable after garbage");
    }
    assertTrue(corrupt > 0, "some garbage must be rejected");
  }

  @Test
  void encoderRejectsWrongFrameSize() {
    try (AudioEncoder encoder = factory.newEncoder()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> encoder.encode(new short[480]));
      assertTrue(e.getMessage().contains("found 480"), e.getMessage());
    }
  }

  @Test
  void closeIsIdempotentAndUseAfterCloseThrows() {
    AudioEncoder encoder = factory.newEncoder();
    AudioDecoder decoder = factory.newDecoder();
    encoder.close();
    decoder.close();
    assertDoesNotThrow(encoder::close);
    assertDoesNotThrow(decoder::close);
    assertThrows(IllegalStateException.class, () -> encoder.encode(new short[N]));
    assertThrows(IllegalStateException.class, () -> decoder.decode(new byte[] {0x78}));
    assertThrows(IllegalStateException.class, decoder::conceal);
  }

  @Test
  void loaderIsIdempotent() {
    assertSame(OpusNativeLoader.ensureLoaded(), OpusNativeLoader.ensureLoaded());
  }

  @Test
  void configValidatesRanges() {
    assertEquals(new OpusCodecConfig(48_000, 5), OpusCodecConfig.defaults());
    assertThrows(
        IllegalArgumentException.class, () -> OpusCodecConfig.builder().complexity(11).build());
    assertThrows(
        IllegalArgumentException.class, () -> OpusCodecConfig.builder().bitrateBps(100).build());
    try (AudioEncoder e =
        new OpusCodecFactory(OpusCodecConfig.builder().complexity(10).build()).newEncoder()) {
      assertTrue(e.encode(sineFrame(0)).length > 0);
    }
  }

  static short[] sineFrame(int frameIndex) {
    short[] out = new short[N];
    for (int i = 0; i < N; i++) {
      long t = (long) frameIndex * N + i;
      out[i] = (short) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * TONE_HZ * t / 48_000.0));
    }
    return out;
  }

  /**
   * Share of the signal's energy captured by the best least-squares fit a·cos + b·sin at {@code
   * hz}.
   */
  static double toneEnergyShare(short[] x, double hz) {
    double cc = 0, ss = 0, cs = 0, xc = 0, xs = 0, xx = 0;
    for (int i = 0; i < x.length; i++) {
      double w = 2 * Math.PI * hz * i / 48_000.0;
      double c = Math.cos(w), s = Math.sin(w);
      cc += c * c;
      ss += s * s;
      cs += c * s;
      xc += x[i] * c;
      xs += x[i] * s;
      xx += (double) x[i] * x[i];
    }
    double det = cc * ss - cs * cs;
    double a = (xc * ss - xs * cs) / det;
    double b = (xs * cc - xc * cs) / det;
    double fitted = a * a * cc + 2 * a * b * cs + b * b * ss;
    return fitted / xx;
  }

  static double rms(short[] x) {
    double sum = 0;
    for (short v : x) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum / x.length);
  }
}
