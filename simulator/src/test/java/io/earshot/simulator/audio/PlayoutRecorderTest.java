package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlayoutRecorderTest {

  private static final long FRAME = PcmFormat.FRAME_NANOS;
  private static final long MS = 1_000_000L;

  private final PlayoutRecorder recorder = new PlayoutRecorder();
  private final short[] frame = new short[960];
  private long clock;

  @Test
  void tellsA440HzToneFromA1000HzTone() {
    play(new ToneSource(440, -12), 50);
    play(new ToneSource(1000, -12), 50);

    assertEquals(OptionalLong.of(0), recorder.toneHeardSinceNanos(440, 5, 0));
    assertEquals(OptionalLong.of(1000 * MS), recorder.toneHeardSinceNanos(1000, 5, 0));
    assertEquals(OptionalLong.empty(), recorder.toneHeardSinceNanos(440, 5, 1000 * MS));
    assertEquals(440, recorder.dominantFrequencyHz(0, 1000 * MS), 5);
    assertEquals(1000, recorder.dominantFrequencyHz(1000 * MS, 2000 * MS), 5);
  }

  @ParameterizedTest(name = "{0} Hz")
  @ValueSource(doubles = {100, 440, 3000, 8000})
  void estimatesToneFrequencies(double frequency) {
    play(new ToneSource(frequency, -20), 25);

    assertEquals(frequency, recorder.dominantFrequencyHz(0, clock), 5);
    assertEquals(OptionalLong.of(0), recorder.toneHeardSinceNanos(frequency, 5, 0));
  }

  @Test
  void findsTheOnsetOfAToneThatStartsMidFrameAfter310MsOfSilence() {
    ToneSource tone = new ToneSource(440, -12);
    short[] samples = ToneSourceTest.play(tone, 50);
    Arrays.fill(samples, 0, 310 * 48, (short) 0);
    for (int f = 0; f < 50; f++) {
      System.arraycopy(samples, f * 960, frame, 0, 960);
      recorder.onFrame(frame, f * FRAME);
    }

    long onset = recorder.toneHeardSinceNanos(440, 5, 0).orElseThrow();
    assertTrue(
        Math.abs(onset - 310 * MS) <= FRAME,
        "onset at " + onset / MS + " ms, expected 310 ms ± 20");
    long firstAudible = recorder.firstAudibleNanos().orElseThrow();
    assertTrue(
        Math.abs(firstAudible - 310 * MS) <= FRAME, "audible at " + firstAudible / MS + " ms");
    assertTrue(recorder.heardNothing(0, 300 * MS));
    assertFalse(recorder.heardNothing(0, 320 * MS));
  }

  @Test
  void noiseIsAudibleButIsNotA440HzTone() {
    SplittableRandom random = new SplittableRandom(7);
    for (int f = 0; f < 100; f++) {
      for (int i = 0; i < 960; i++) {
        frame[i] = (short) random.nextInt(-3000, 3001);
      }
      recorder.onFrame(frame, clock);
      clock += FRAME;
    }

    assertEquals(OptionalLong.empty(), recorder.toneHeardSinceNanos(440, 5, 0));
    assertEquals(OptionalLong.of(0), recorder.firstAudibleNanos());
    assertFalse(recorder.heardNothing(0, clock));
  }

  /**
   * Concealment gap: a run of zeroed frames breaks a run of tone frames. The tone stays heard from
   * its first 100 ms run; asking from inside the gap finds the first frame after it.
   */
  @Test
  void concealmentGapSplitsTheToneButDoesNotUnhearIt() {
    ToneSource tone = new ToneSource(440, -12);
    play(tone, 20); // 0–400 ms tone
    play(new SilenceSource(), 3); // 400–460 ms zeroed (concealment gap)
    play(tone, 27); // 460–1000 ms tone

    assertEquals(OptionalLong.of(0), recorder.toneHeardSinceNanos(440, 5, 0));
    assertTrue(recorder.heardNothing(400 * MS, 460 * MS));
    assertFalse(recorder.heardNothing(380 * MS, 460 * MS));
    assertEquals(OptionalLong.of(460 * MS), recorder.toneHeardSinceNanos(440, 5, 400 * MS));
    assertEquals(OptionalLong.of(460 * MS), recorder.toneHeardSinceNanos(440, 5, 320 * MS + 1));
    assertEquals(440, recorder.dominantFrequencyHz(0, clock), 1);
  }

  @Test
  void runShorterThan100MsBeforeAGapIsNotHeard() {
    ToneSource tone = new ToneSource(440, -12);
    play(tone, 4); // 0–80 ms: one frame short of the minimum run
    play(new SilenceSource(), 2); // 80–120 ms gap
    play(tone, 10); // 120–320 ms

    assertEquals(OptionalLong.of(120 * MS), recorder.toneHeardSinceNanos(440, 5, 0));
  }

  @Test
  void toneNotYetHeardUntilTheMinimumRunIsComplete() {
    play(new ToneSource(440, -12), 4);
    assertEquals(OptionalLong.empty(), recorder.toneHeardSinceNanos(440, 5, 0));
    play(new ToneSource(440, -12), 1);
    assertEquals(OptionalLong.of(0), recorder.toneHeardSinceNanos(440, 5, 0));
  }

  @Test
  void quietToneIsBelowAStricterThreshold() {
    play(new ToneSource(440, -40), 10); // RMS about -43 dBFS
    assertEquals(OptionalLong.of(0), recorder.firstAudibleNanos());
    assertEquals(OptionalLong.empty(), recorder.firstAudibleNanos(-30));
  }

  @Test
  void silenceOnlyGivesEmptyAnswersAndNaNFrequency() {
    play(new SilenceSource(), 10);
    assertEquals(OptionalLong.empty(), recorder.firstAudibleNanos());
    assertEquals(OptionalLong.empty(), recorder.toneHeardSinceNanos(440, 5, 0));
    assertTrue(recorder.heardNothing(0, clock));
    assertTrue(Double.isNaN(recorder.dominantFrequencyHz(0, clock)));
    assertTrue(
        recorder.heardNothing(clock, clock + 1000 * MS), "a window with no frames heard nothing");
  }

  @Test
  void summaryNamesCountsFirstAudibleTimeAndFrequency() {
    assertEquals("no frames played", recorder.summary());
    play(new SilenceSource(), 15);
    play(new ToneSource(440, -12), 35);

    assertEquals(
        "50 frames played (0.000 s to 1.000 s), 35 audible (above -50.0 dBFS),"
            + " first audible at 0.300 s, median dominant frequency 440.0 Hz,"
            + " median audible level -15.0 dBFS",
        recorder.summary());
    assertEquals(50, recorder.frameCount());
  }

  @Test
  void rejectsTimeGoingBackwardsAndBadArguments() {
    recorder.onFrame(frame, 100 * MS);
    IllegalArgumentException backwards =
        assertThrows(IllegalArgumentException.class, () -> recorder.onFrame(frame, 80 * MS));
    assertEquals(
        "playout times must not go backwards: got 80000000 ns after a frame at 100000000 ns",
        backwards.getMessage());
    assertThrows(IllegalArgumentException.class, () -> recorder.onFrame(new short[961], 200 * MS));
    assertThrows(IllegalArgumentException.class, () -> recorder.heardNothing(10, 5));
    assertThrows(IllegalArgumentException.class, () -> recorder.toneHeardSinceNanos(440, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new PlayoutRecorder(-50, 0));
    assertThrows(IllegalArgumentException.class, () -> new PlayoutRecorder(3, 5));
  }

  private void play(AudioSource source, int frames) {
    for (int f = 0; f < frames; f++) {
      source.nextFrame(frame);
      recorder.onFrame(frame, clock);
      clock += FRAME;
    }
  }

  @Test
  void tellsWhenAudioStoppedAndWhenItCameBackForAWhile() {
    PlayoutRecorder r = new PlayoutRecorder();
    short[] loud = new short[960];
    Arrays.fill(loud, (short) 8000);
    short[] quiet = new short[960];
    long t = 0;
    for (int i = 0; i < 10; i++, t += FRAME) {
      r.onFrame(loud, t);
    }
    for (int i = 0; i < 10; i++, t += FRAME) {
      r.onFrame(quiet, t);
    }
    for (int i = 0; i < 3; i++, t += FRAME) {
      r.onFrame(loud, t);
    }
    r.onFrame(quiet, t);
    t += FRAME;
    for (int i = 0; i < 5; i++, t += FRAME) {
      r.onFrame(loud, t);
    }
    assertEquals(OptionalLong.of(10 * FRAME), r.firstInaudibleSinceNanos(0));
    assertEquals(OptionalLong.empty(), r.firstInaudibleSinceNanos(24 * FRAME));
    assertEquals(
        OptionalLong.of(24 * FRAME),
        r.audibleRunSinceNanos(10 * FRAME, 5),
        "a 60 ms burst is not a 100 ms run");
    assertEquals(OptionalLong.of(20 * FRAME), r.audibleRunSinceNanos(10 * FRAME, 3));
    assertTrue(r.coversNanos(0, 28 * FRAME));
    assertFalse(r.coversNanos(0, 29 * FRAME));
    assertThrows(IllegalArgumentException.class, () -> r.audibleRunSinceNanos(0, 0));
  }
}
