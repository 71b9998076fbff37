package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.simulator.audio.ToneSource;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MeasuredBreakDetectorTest {
  private final MeasuredBreakDetector detector =
      new MeasuredBreakDetector(BreakCriteria.defaults());

  private static short[] tone(int seconds) {
    return ChirpLatencyEstimatorTest.render(new ToneSource(440, -12), seconds);
  }

  @Test
  void aFiveSecondHoleInAToneIsExactlyOneBreakOfFiveSeconds() {
    short[] sent = tone(20);
    short[] played = SpeechLatencyEstimatorTest.delayed(sent, 4_800);
    Arrays.fill(played, 4_800 + 6 * 48_000, 4_800 + 11 * 48_000, (short) 0);

    List<MeasuredBreak> breaks = detector.detect48k(sent, played, 100);

    assertEquals(1, breaks.size(), breaks.toString());
    assertEquals(6.0, breaks.get(0).startSeconds(), 0.1);
    assertEquals(5.0, breaks.get(0).durationSeconds(), 0.1);
  }

  /**
   * Real libopus losing 5 s of packets, played as the engine plays them: the decoder's concealment
   * for 10 frames (200 ms), then silence until packets return. libopus continues a steady tone so
   * faithfully that its 200 ms of concealment is not audible as a break: the measured break starts
   * when the silence does and ends when the packets return.
   */
  @Test
  void fiveSecondsOfLostOpusPacketsAreOneBreakEndingWhenPacketsReturn() {
    short[] sent = tone(20);
    short[] played = transcodeLosing(sent, 6 * 50, 11 * 50);

    List<MeasuredBreak> breaks =
        detector.detect48k(sent, played, SpeechLatencyEstimatorTest.OPUS_DELAY_MS);

    assertEquals(1, breaks.size(), breaks.toString());
    MeasuredBreak b = breaks.get(0);
    assertTrue(b.startSeconds() >= 5.95 && b.startSeconds() <= 6.25, b.toString());
    assertEquals(11.0, b.startSeconds() + b.durationSeconds(), 0.1, b.toString());
  }

  @Test
  void shortGapsOfSixtyMillisecondsAreNoBreak() {
    short[] sent = tone(10);
    short[] played = sent.clone();
    for (int s = 1; s < 9; s++) {
      Arrays.fill(played, s * 48_000, s * 48_000 + 60 * 48, (short) 0);
    }
    assertEquals(List.of(), detector.detect48k(sent, played, 0));
    // The same through libopus, three lost packets at a time.
    short[] coded = transcodeLosing(sent, 100, 103);
    assertEquals(
        List.of(), detector.detect48k(sent, coded, SpeechLatencyEstimatorTest.OPUS_DELAY_MS));
  }

  @Test
  void codedSpeechWithScatteredPacketLossHasNoBreak() {
    short[] sent = SpeechFixtures.load("espeak-m");
    short[] played = OpusLoopback.transcode(sent, 0.05, OpusLoopback.draws(3, sent.length / 960));
    assertEquals(
        List.of(), detector.detect48k(sent, played, SpeechLatencyEstimatorTest.OPUS_DELAY_MS));
  }

  @Test
  void aQuieterButFaithfulPlayoutIsNoBreak() {
    short[] sent = tone(5);
    short[] played = new short[sent.length];
    for (int i = 0; i < sent.length; i++) {
      played[i] = (short) (sent[i] / 8); // -18 dB
    }
    assertEquals(List.of(), detector.detect48k(sent, played, 0));
  }

  @Test
  void noiseInsteadOfTheSourceIsABreakEvenAtFullLevel() {
    short[] sent = tone(6);
    short[] played = sent.clone();
    Random random = new Random(5);
    double rms = 32768 * Math.pow(10, -15 / 20.0); // the tone's RMS: -12 dBFS peak
    for (int i = 2 * 48_000; i < 3 * 48_000; i++) {
      played[i] = (short) Math.round(random.nextGaussian() * rms);
    }

    List<MeasuredBreak> breaks = detector.detect48k(sent, played, 0);

    assertEquals(1, breaks.size(), breaks.toString());
    assertEquals(1.0, breaks.get(0).durationSeconds(), 0.05);
  }

  @Test
  void anOutageInSpeechSpanningPausesIsOneBreak() {
    short[] sent = SpeechFixtures.load("flite-rms");
    short[] played = OpusLoopback.transcode(sent);
    Arrays.fill(played, 3 * 48_000, 5 * 48_000, (short) 0); // 2 s silent

    List<MeasuredBreak> breaks =
        detector.detect48k(sent, played, SpeechLatencyEstimatorTest.OPUS_DELAY_MS);

    assertEquals(1, breaks.size(), breaks.toString());
    assertTrue(
        breaks.get(0).startSeconds() >= 2.9 && breaks.get(0).startSeconds() < 3.3,
        breaks.toString());
    double end = breaks.get(0).startSeconds() + breaks.get(0).durationSeconds();
    assertTrue(end > 4.7 && end <= 5.1, breaks.toString());
  }

  @Test
  void criteriaAreValidated() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new BreakCriteria(10, 30, 20, 15, 5));
    assertTrue(e.getMessage().startsWith("expected a minimum break"), e.getMessage());
  }

  /**
   * Encodes everything; packets {@code from} (inclusive) to {@code to} are lost. Like the engine's
   * player, the decoder conceals at most 10 frames in a row and silence follows.
   */
  private static short[] transcodeLosing(short[] pcm, int from, int to) {
    short[] out = new short[pcm.length];
    try (AudioEncoder encoder = AudioCodecFactory.opus().newEncoder();
        AudioDecoder decoder = AudioCodecFactory.opus().newDecoder()) {
      short[] frame = new short[960];
      for (int f = 0; f < pcm.length / 960; f++) {
        System.arraycopy(pcm, f * 960, frame, 0, 960);
        byte[] packet = encoder.encode(frame);
        boolean lost = f >= from && f < to;
        short[] decoded =
            !lost ? decoder.decode(packet) : f - from < 10 ? decoder.conceal() : new short[960];
        System.arraycopy(decoded, 0, out, f * 960, 960);
      }
    } catch (CorruptPayloadException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
