package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeechLatencyEstimatorTest {
  /** libopus's algorithmic delay at 48 kHz (2.5 ms look-ahead + 4 ms delay compensation). */
  static final double OPUS_DELAY_MS = 6.5;

  private final SpeechLatencyEstimator estimator =
      new SpeechLatencyEstimator(LatencySearch.defaults());

  /** All four fixtures back to back: 42 s of speech from four voices. */
  static short[] speechCall() {
    int total = 0;
    for (String name : SpeechFixtures.names()) {
      total += SpeechFixtures.load(name).length;
    }
    short[] out = new short[total];
    int at = 0;
    for (String name : SpeechFixtures.names()) {
      short[] s = SpeechFixtures.load(name);
      System.arraycopy(s, 0, out, at, s.length);
      at += s.length;
    }
    return out;
  }

  /**
   * {@code pcm} delayed by {@code samples48k} samples at 48 kHz, i.e. by fractions of a 16 kHz
   * sample.
   */
  static short[] delayed(short[] pcm, int samples48k) {
    short[] out = new short[pcm.length + samples48k];
    System.arraycopy(pcm, 0, out, samples48k, pcm.length);
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1_800, 4_801, 12_000, 12_000 + 2})
  void recoversAKnownDelayThroughOpusWithinOneMillisecond(int delay48k) {
    short[] sent = speechCall();
    short[] played = delayed(OpusLoopback.transcode(sent), delay48k);
    double expectedMs = delay48k / 48.0 + OPUS_DELAY_MS;

    LatencyEstimate estimate = estimator.estimate48k(sent, played);

    int windows = estimate.measurements().size() + estimate.gaps().size();
    assertTrue(
        estimate.measurements().size() >= windows * 0.6,
        estimate.measurements().size()
            + " of "
            + windows
            + " windows accepted; gaps "
            + estimate.gaps());
    for (LatencyEstimate.Measurement m : estimate.measurements()) {
      assertEquals(expectedMs, m.latencyMs(), 1.0, "window at " + m.timeSeconds() + " s");
    }
    assertEquals(expectedMs, estimate.percentileMs(50), 0.5);
  }

  @Test
  void reportsGapsWhereThePlayedAudioIsSilentAndNeverGuesses() {
    short[] sent = speechCall();
    int delay48k = 4_800; // 100 ms
    short[] played = delayed(OpusLoopback.transcode(sent), delay48k);
    // The listener hears nothing from 10 s to 17 s of the played audio.
    Arrays.fill(played, 10 * 48_000, 17 * 48_000, (short) 0);

    LatencyEstimate estimate = estimator.estimate48k(sent, played);

    double expectedMs = 100 + OPUS_DELAY_MS;
    for (LatencyEstimate.Measurement m : estimate.measurements()) {
      assertEquals(expectedMs, m.latencyMs(), 1.0, "window at " + m.timeSeconds() + " s");
    }
    // Windows whose played counterpart lies wholly in the silence (sent 9.9 s .. 14.9 s) are gaps.
    for (double t = 10.0; t + 2.0 + 0.1 <= 17.0; t += 0.5) {
      double start = t;
      assertTrue(
          estimate.gaps().stream().anyMatch(g -> Math.abs(g.timeSeconds() - start) < 1e-9),
          "expected a gap at " + start + " s; gaps: " + estimate.gaps());
    }
  }

  /** Noise correlates with itself at one lag only: the same estimator measures noise sources. */
  @Test
  void measuresNoiseSourcesToo() {
    Random random = new Random(11);
    short[] noise = new short[48_000 * 8];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (short) Math.round(random.nextGaussian() * 3_000);
    }
    short[] played = delayed(OpusLoopback.transcode(noise), 3_601);

    LatencyEstimate estimate = estimator.estimate48k(noise, played);

    assertEquals(13, estimate.measurements().size(), "gaps: " + estimate.gaps());
    for (LatencyEstimate.Measurement m : estimate.measurements()) {
      assertEquals(3_601 / 48.0 + OPUS_DELAY_MS, m.latencyMs(), 1.0);
    }
  }

  @Test
  void aSteadyToneIsAmbiguousNotMeasured() {
    float[] tone = ResamplerTest.tone(16_000, 440, 0.25, 16_000 * 10);
    float[] played = new float[tone.length + 1_600];
    System.arraycopy(tone, 0, played, 1_600, tone.length);

    LatencyEstimate estimate = estimator.estimate(tone, played);

    assertEquals(0, estimate.measurements().size());
    assertTrue(
        estimate.gaps().stream().allMatch(g -> g.reason() == LatencyEstimate.Reason.AMBIGUOUS),
        estimate.gaps().toString());
  }

  @Test
  void silentSentAudioAndMissingPlayedAudioAreGapsWithTheirReasons() {
    float[] sent = new float[16_000 * 6];
    float[] speech = MeasuredMosTest.to16k(SpeechFixtures.load("espeak-f"));
    System.arraycopy(speech, 16_000 * 2, sent, 0, 16_000 * 3); // speech for 3 s, then silence

    LatencyEstimate estimate = estimator.estimate(sent, new float[16_000 * 6]);

    assertEquals(0, estimate.measurements().size());
    assertTrue(
        estimate.gaps().stream().anyMatch(g -> g.reason() == LatencyEstimate.Reason.SILENT_SENT));
    assertTrue(
        estimate.gaps().stream().anyMatch(g -> g.reason() == LatencyEstimate.Reason.WEAK_PEAK));
  }

  @Test
  void theSearchIsValidated() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LatencySearch.builder().minLagMs(300).maxLagMs(200).build());
    assertTrue(e.getMessage().startsWith("expected a longest latency"), e.getMessage());
  }
}
