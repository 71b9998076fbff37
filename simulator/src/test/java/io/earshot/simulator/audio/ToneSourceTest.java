package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneSourceTest {

  private static final int ONE_SECOND_FRAMES = 50;

  @Test
  void levelIsThePeakAndTheRmsOfASineIsAbout3dBLower() {
    short[] second = play(new ToneSource(440, -12), ONE_SECOND_FRAMES);

    int peak = 0;
    double sumSquares = 0;
    for (short s : second) {
      peak = Math.max(peak, Math.abs(s));
      sumSquares += (double) s * s;
    }
    double expectedPeak = 32768 * Math.pow(10, -12 / 20.0);
    assertEquals(expectedPeak, peak, 1.0, "peak amplitude of a -12 dBFS tone");
    double rmsDbfs = 20 * Math.log10(Math.sqrt(sumSquares / second.length) / 32768);
    assertEquals(-12 - 3.0103, rmsDbfs, 0.01, "RMS level of a -12 dBFS (peak) sine");
  }

  @Test
  void zeroDbfsToneIsClippedToTheLargestPositiveSample() {
    short[] second = play(new ToneSource(1000, 0), ONE_SECOND_FRAMES);
    int max = Short.MIN_VALUE;
    for (short s : second) {
      max = Math.max(max, s);
    }
    assertEquals(Short.MAX_VALUE, max);
  }

  @Test
  void frequencyIsExactOverOneSecond() {
    short[] second = play(new ToneSource(440, -12), ONE_SECOND_FRAMES);
    int upwardZeroCrossings = 0;
    for (int i = 1; i < second.length; i++) {
      if (second[i - 1] < 0 && second[i] >= 0) {
        upwardZeroCrossings++;
      }
    }
    assertEquals(440, upwardZeroCrossings, 1);
  }

  @Test
  void phaseIsContinuousAcrossFrameBoundaries() {
    double frequency = 1234.5;
    ToneSource tone = new ToneSource(frequency, -6);
    double amplitude = 32768 * Math.pow(10, -6 / 20.0);
    // The steepest a sine can change between samples, plus one for rounding.
    double maxStep = amplitude * 2 * Math.PI * frequency / 48_000 + 1;

    short[] previous = new short[960];
    short[] current = new short[960];
    tone.nextFrame(previous);
    for (int frame = 1; frame < 100; frame++) {
      tone.nextFrame(current);
      int boundaryStep = Math.abs(current[0] - previous[959]);
      assertTrue(
          boundaryStep <= maxStep,
          "jump of " + boundaryStep + " at the start of frame " + frame + ", limit " + maxStep);
      short[] swap = previous;
      previous = current;
      current = swap;
    }
  }

  @Test
  void samplesFollowTheIdealSineWithoutDriftOverTenSeconds() {
    double frequency = 997;
    ToneSource tone = new ToneSource(frequency, -12);
    double amplitude = 32768 * Math.pow(10, -12 / 20.0);
    short[] frame = new short[960];
    long n = 0;
    int worst = 0;
    for (int f = 0; f < 500; f++) {
      tone.nextFrame(frame);
      for (short s : frame) {
        // Exact reference: reduce n·f/fs modulo 1 in integers (997 Hz is an integer).
        double cycles = (double) ((n * 997) % 48_000) / 48_000;
        long ideal = Math.round(amplitude * Math.sin(2 * Math.PI * cycles));
        worst = (int) Math.max(worst, Math.abs(s - ideal));
        n++;
      }
    }
    assertTrue(worst <= 1, "largest deviation from the ideal sine was " + worst + " LSB");
  }

  @Test
  void rejectsFrequenciesOutside20HzToNyquist() {
    for (double bad : new double[] {19.9, 24_000, 30_000, Double.NaN, -440}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new ToneSource(bad, -12));
      assertTrue(
          e.getMessage().contains("at least 20 Hz") && e.getMessage().contains("24000 Hz"),
          e.getMessage());
    }
    new ToneSource(20, -12);
    new ToneSource(23_999, -12);
  }

  @Test
  void rejectsLevelsAboveZeroDbfs() {
    for (double bad : new double[] {0.1, Double.NaN, Double.NEGATIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new ToneSource(440, bad));
      assertTrue(e.getMessage().contains("at most 0 dBFS"), e.getMessage());
    }
  }

  @Test
  void rejectsFramesThatAreNot960Samples() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ToneSource(440, -12).nextFrame(new short[480]));
    assertEquals(
        "expected a frame of 960 samples (20 ms at 48 kHz), got 480 samples", e.getMessage());
  }

  @Test
  void describesItself() {
    assertEquals("440 Hz tone at -12 dBFS peak", new ToneSource(440, -12).describe());
    assertEquals("1234.50 Hz tone at -6.50 dBFS peak", new ToneSource(1234.5, -6.5).describe());
  }

  @Test
  void silenceOverwritesTheWholeFrame() {
    short[] frame = play(new ToneSource(440, -12), 1);
    new SilenceSource().nextFrame(frame);
    for (short s : frame) {
      assertEquals(0, s);
    }
    assertEquals("silence", new SilenceSource().describe());
  }

  @Test
  void aWrongFrameIsRefusedEvenRightAfterAPeek() {
    ToneSource tone = new ToneSource(440, -12);
    tone.peekFrame(new short[960]);
    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> tone.nextFrame(new short[480]));
    assertTrue(wrong.getMessage().contains("got 480"), wrong.getMessage());
    assertThrows(IllegalArgumentException.class, () -> tone.nextFrame(null));
    assertThrows(IllegalArgumentException.class, () -> tone.peekFrame(new short[961]));
  }

  static short[] play(AudioSource source, int frames) {
    short[] all = new short[frames * 960];
    short[] frame = new short[960];
    for (int f = 0; f < frames; f++) {
      source.nextFrame(frame);
      System.arraycopy(frame, 0, all, f * 960, 960);
    }
    return all;
  }
}
