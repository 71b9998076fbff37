package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {

  @Test
  void fortyEightToSixteenAndBackReturnsTheSignal() {
    float[] x = tone(48_000, 1_000, 0.5, 48_000);
    float[] back = Resampler.of(16_000, 48_000).resample(Resampler.of(48_000, 16_000).resample(x));
    assertEquals(x.length, back.length);
    double worst = 0;
    for (int i = 2_000; i < x.length - 2_000; i++) {
      worst = Math.max(worst, Math.abs(back[i] - x[i]));
    }
    assertTrue(worst < 1e-3, "worst error " + worst);
  }

  /**
   * Decimation works on tiles of outputs; each output must still come from the same inputs and taps
   * in the same order wherever the tile edges fall, so delaying the input by {@code 3·d} samples
   * delays the output by exactly {@code d}, bit for bit.
   */
  @ParameterizedTest
  @CsvSource({"1", "700", "1024", "1500", "3000"})
  void decimationIsTheSameWhereverTheTileEdgesFall(int delay) {
    Random random = new Random(delay);
    float[] x = new float[3 * 4_100 + 2];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (random.nextGaussian() * 3_000);
    }
    float[] delayed = new float[x.length + 3 * delay];
    System.arraycopy(x, 0, delayed, 3 * delay, x.length);
    Resampler down = Resampler.of(48_000, 16_000);
    float[] y = down.resample(x);
    float[] z = down.resample(delayed);
    for (int n = 0; n < y.length; n++) {
      assertEquals(Float.floatToIntBits(y[n]), Float.floatToIntBits(z[n + delay]), "output " + n);
    }
  }

  @Test
  void theHotPairIsShared() {
    assertSame(Resampler.of(48_000, 16_000), Resampler.of(48_000, 16_000));
    assertSame(Resampler.of(16_000, 48_000), Resampler.of(16_000, 48_000));
  }

  @Test
  void anImpulseStaysAtTheSameTime() {
    float[] x = new float[4_800];
    x[1_500] = 1;
    float[] y = Resampler.of(48_000, 16_000).resample(x);
    assertEquals(500, argMax(y));
    float[] z = Resampler.of(16_000, 48_000).resample(y);
    assertEquals(1_500, argMax(z));
  }

  /** Passband to 7 kHz within 0.1 dB; components above the output's Nyquist 80 dB down. */
  @ParameterizedTest
  @CsvSource({"300, 0", "3000, 0", "6900, 0", "9000, -80", "12000, -80", "20000, -80"})
  void passesTheBandAndRejectsAliases(double hz, double maxGainDb) {
    float[] y = Resampler.of(48_000, 16_000).resample(tone(48_000, hz, 0.5, 48_000));
    double gainDb = 20 * Math.log10(rms(y, 1_000, y.length - 1_000) / (0.5 / Math.sqrt(2)));
    if (maxGainDb == 0) {
      assertEquals(0, gainDb, 0.1, hz + " Hz");
    } else {
      assertTrue(gainDb < maxGainDb, hz + " Hz came through at " + gainDb + " dB");
    }
  }

  @ParameterizedTest
  @CsvSource({"44100, 16000", "8000, 48000", "22050, 16000", "96000, 48000", "16000, 11025"})
  void anyCommonPairKeepsPitchAndLevel(int from, int to) {
    double hz = 440;
    float[] y = Resampler.of(from, to).resample(tone(from, hz, 0.25, from));
    assertEquals((int) Math.ceil(from * (double) to / from), y.length, 1);
    double amplitude = goertzelAmplitude(y, 2_000, y.length - 2_000, to, hz);
    assertEquals(0.25, amplitude, 0.0025, from + " -> " + to);
  }

  @Test
  void sixteenBitInputIsRoundedAndClipped() {
    short[] loud = new short[4_800];
    for (int i = 0; i < loud.length; i++) {
      loud[i] = (i / 24) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE; // 1 kHz square wave
    }
    short[] y = Resampler.of(48_000, 16_000).resample(loud);
    assertEquals(1_600, y.length);
  }

  @Test
  void badRatesAreRefusedWithTheReason() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Resampler.of(0, 16_000));
    assertTrue(e.getMessage().contains("expected positive sample rates"), e.getMessage());
    IllegalArgumentException odd =
        assertThrows(IllegalArgumentException.class, () -> Resampler.of(48_000, 44_101));
    assertTrue(odd.getMessage().contains("phases"), odd.getMessage());
  }

  static float[] tone(int rate, double hz, double amplitude, int samples) {
    float[] x = new float[samples];
    for (int i = 0; i < samples; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return x;
  }

  private static double rms(float[] x, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += (double) x[i] * x[i];
    }
    return Math.sqrt(sum / (to - from));
  }

  private static double goertzelAmplitude(float[] x, int from, int to, int rate, double hz) {
    double re = 0;
    double im = 0;
    for (int i = from; i < to; i++) {
      re += x[i] * Math.cos(2 * Math.PI * hz * i / rate);
      im += x[i] * Math.sin(2 * Math.PI * hz * i / rate);
    }
    return 2 * Math.hypot(re, im) / (to - from);
  }

  private static int argMax(float[] y) {
    int best = 0;
    for (int i = 0; i < y.length; i++) {
      if (y[i] > y[best]) {
        best = i;
      }
    }
    return best;
  }
}
