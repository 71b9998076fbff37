package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MeasuredMosTest {
  private static final double[] LOSS_RATES = {0, 0.02, 0.05, 0.10, 0.20};

  static List<String> fixtures() {
    return SpeechFixtures.names();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aCleanCopyScoresAtLeast4point4(String fixture) {
    float[] ref = to16k(SpeechFixtures.load(fixture));

    MeasuredMosScore score = MeasuredMos.score(ref, ref.clone());

    assertTrue(score.mos() >= 4.4, fixture + ": " + score);
    assertEquals(0.0, score.diagnostics().delayMs(), 1e-9);
    assertEquals(0.0, score.diagnostics().levelDifferenceDb(), 0.01);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void anUnknownPureDelayOf150msChangesTheScoreByAtMost0point05(String fixture) {
    short[] sent = SpeechFixtures.load(fixture);
    float[] ref = to16k(sent);
    float[] coded = to16k(OpusLoopback.transcode(sent));
    float[] delayed = delay(coded, 2400);

    MeasuredMosScore direct = MeasuredMos.score(ref, coded);
    MeasuredMosScore late = MeasuredMos.score(ref, delayed);
    MeasuredMosScore cleanLate = MeasuredMos.score(ref, delay(ref, 2400));

    assertEquals(direct.mos(), late.mos(), 0.05, direct + " / " + late);
    assertEquals(4.644, cleanLate.mos(), 0.05, cleanLate.toString());
    assertEquals(150.0, late.diagnostics().delayMs() - direct.diagnostics().delayMs(), 0.07);
  }

  /**
   * A jitter buffer that grows mid-call shifts the rest of the audio by a few milliseconds. NSIM
   * reads a 10 ms misalignment as heavy degradation (about 0.90, MOS below 2 if it lasted), so
   * patches are realigned to the sample; what remains is the one patch that straddles the jump
   * (about 0.4 MOS).
   */
  @ParameterizedTest
  @MethodSource("fixtures")
  void aPlayoutDelayThatJumpsMidWayBarelyChangesTheScore(String fixture) {
    float[] ref = to16k(SpeechFixtures.load(fixture));
    for (int jump : new int[] {80, 160, 240}) {
      float[] deg = new float[ref.length + jump];
      int cut = ref.length / 2;
      System.arraycopy(ref, 0, deg, 0, cut);
      System.arraycopy(ref, cut, deg, cut + jump, ref.length - cut);

      MeasuredMosScore score = MeasuredMos.score(ref, deg);

      assertTrue(score.mos() >= 4.0, fixture + ", " + jump / 16.0 + " ms jump: " + score);
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void tenDecibelsQuieterChangesTheScoreByAtMost0point1(String fixture) {
    short[] sent = SpeechFixtures.load(fixture);
    float[] ref = to16k(sent);
    float[] coded = to16k(OpusLoopback.transcode(sent));
    float[] quiet = coded.clone();
    for (int i = 0; i < quiet.length; i++) {
      quiet[i] *= (float) Math.pow(10, -10 / 20.0);
    }

    MeasuredMosScore normal = MeasuredMos.score(ref, coded);
    MeasuredMosScore lower = MeasuredMos.score(ref, quiet);

    assertEquals(normal.mos(), lower.mos(), 0.1, normal + " / " + lower);
    assertEquals(
        -10.0,
        lower.diagnostics().levelDifferenceDb() - normal.diagnostics().levelDifferenceDb(),
        0.05);
  }

  /** Real libopus at 48 kbit/s with its own concealment, nested seeded loss patterns. */
  @ParameterizedTest
  @MethodSource("fixtures")
  void theScoreNeverRisesAsOpusPacketLossGrows(String fixture) {
    short[] sent = SpeechFixtures.load(fixture);
    float[] ref = to16k(sent);
    double[] draws = OpusLoopback.draws(fixture.hashCode(), sent.length / 960);
    List<MeasuredMosScore> scores = new ArrayList<>();
    for (double rate : LOSS_RATES) {
      scores.add(MeasuredMos.score(ref, to16k(OpusLoopback.transcode(sent, rate, draws))));
    }

    for (int i = 1; i < scores.size(); i++) {
      assertTrue(
          scores.get(i).mos() <= scores.get(i - 1).mos(),
          fixture
              + " at "
              + LOSS_RATES[i]
              + " loss: "
              + scores.get(i)
              + " but at "
              + LOSS_RATES[i - 1]
              + ": "
              + scores.get(i - 1));
    }
    assertTrue(scores.get(0).mos() >= 3.8, "lossless Opus 48 kbit/s: " + scores.get(0));
    assertTrue(scores.get(4).mos() <= 3.0, "20 % loss: " + scores.get(4));
    assertTrue(
        scores.get(4).diagnostics().disruptedFrameRatio()
            > scores.get(0).diagnostics().disruptedFrameRatio(),
        "disruption should grow with loss");
  }

  /** The simplest concealment: lost 20 ms frames replaced by silence. */
  @Test
  void theScoreNeverRisesAsMoreFramesAreZeroed() {
    float[] ref = to16k(SpeechFixtures.load("flite-rms"));
    double[] draws = OpusLoopback.draws(7, ref.length / 320);
    double previous = Double.POSITIVE_INFINITY;
    for (double rate : LOSS_RATES) {
      float[] deg = ref.clone();
      for (int f = 0; f < draws.length; f++) {
        if (draws[f] < rate) {
          Arrays.fill(deg, f * 320, (f + 1) * 320, 0f);
        }
      }
      double mos = MeasuredMos.score(ref, deg).mos();
      assertTrue(mos <= previous, "at " + rate + " zeroed: " + mos + " after " + previous);
      previous = mos;
    }
  }

  @Test
  void narrowbandSpeechShowsItsBandwidthAndLosesLessThanItsNsimSuggests() {
    float[] ref = to16k(SpeechFixtures.load("espeak-f"));
    Resampler down = Resampler.of(16_000, 8_000);
    Resampler up = Resampler.of(8_000, 16_000);
    float[] narrow = up.resample(down.resample(ref));

    MeasuredMosScore score = MeasuredMos.score(ref, narrow);

    assertTrue(score.diagnostics().bandwidthHz() < 4_000, score.toString());
    assertTrue(score.diagnostics().referenceBandwidthHz() > 6_500, score.toString());
    assertTrue(score.nsimWideband() < 0.5, score.toString());
    assertTrue(score.mos() > 2.5 && score.mos() < 4.2, score.toString());
  }

  @Test
  void hearingNothingScoresTheFloor() {
    float[] ref = to16k(SpeechFixtures.load("espeak-f"));

    MeasuredMosScore score = MeasuredMos.score(ref, new float[ref.length]);

    assertTrue(score.mos() <= 1.2, score.toString());
    assertEquals(-120.0, score.diagnostics().levelDifferenceDb(), 1e-9);
  }

  @Test
  void differentSpeechScoresLow() {
    float[] a = to16k(SpeechFixtures.load("espeak-m"));
    float[] b = to16k(SpeechFixtures.load("flite-slt"));

    assertTrue(MeasuredMos.score(a, b).mos() < 2.0);
  }

  @Test
  void aReferenceWithoutSpeechIsRefusedWithAReason() {
    float[] silence = new float[16_000 * 3];

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MeasuredMos.score(silence, silence));
    assertTrue(e.getMessage().contains("expected speech"), e.getMessage());
  }

  static float[] to16k(short[] pcm48k) {
    float[] out = Resampler.of(48_000, 16_000).resample(Pcm16.toUnit(pcm48k));
    return out;
  }

  static float[] delay(float[] x, int samples) {
    float[] out = new float[x.length];
    System.arraycopy(x, 0, out, samples, x.length - samples);
    return out;
  }
}
