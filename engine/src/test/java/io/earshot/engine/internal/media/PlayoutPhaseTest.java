package io.earshot.engine.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The longest wait of a window of a steady path (the fastest packets') is brought to the reference,
 * at most 15 ms at a time.
 */
class PlayoutPhaseTest {
  private static final long MS = 1_000_000L;
  private static final long REFERENCE = 60 * MS;

  /** A window whose fastest packet waited {@code longest}, the others less. */
  private static int correctionAfter(PlayoutPhase phase, long longest) {
    for (int i = 0; i < PlayoutPhase.WINDOW_FRAMES; i++) {
      phase.played(i == 17 ? longest : longest - (i % 7) * MS, true);
    }
    return phase.correctionSamples();
  }

  private static int correctionFor(long longest) {
    return correctionAfter(new PlayoutPhase(REFERENCE), longest);
  }

  @Test
  void aStartAsPlannedIsNeverTouched() {
    assertEquals(0, correctionFor(60 * MS));
    assertEquals(0, correctionFor(60 * MS + 900_000), "within the 1 ms tolerance");
  }

  @Test
  void aLongerWaitIsCutAndAShorterOneLengthenedAtMostThreeQuartersOfAFrameAtATime() {
    assertEquals(-336, correctionFor(67 * MS), "7 ms cut: 336 samples at 48 kHz");
    assertEquals(96, correctionFor(58 * MS), "2 ms short: lengthened");
    assertEquals(-720, correctionFor(80 * MS), "a frame held too many: 15 ms now, the rest next");
    assertEquals(720, correctionFor(40 * MS));
  }

  @Test
  void nothingIsDueBeforeAWindowAndEachAnswerStartsANewOne() {
    PlayoutPhase phase = new PlayoutPhase(REFERENCE);
    for (int i = 0; i < PlayoutPhase.WINDOW_FRAMES - 1; i++) {
      phase.played(70 * MS, true);
    }
    assertEquals(0, phase.correctionSamples(), "not yet a second");
    phase.played(70 * MS, true);
    assertEquals(-480, phase.correctionSamples());
    assertEquals(0, phase.correctionSamples(), "a new window has begun");
    assertEquals(0, correctionAfter(phase, 60 * MS), "the old longest wait is forgotten");
  }

  @Test
  void anUnsteadyPathIsLeftAloneAndStartsTheWatchOver() {
    PlayoutPhase phase = new PlayoutPhase(REFERENCE);
    for (int i = 0; i < PlayoutPhase.WINDOW_FRAMES - 1; i++) {
      phase.played(70 * MS, true);
    }
    phase.played(70 * MS, false);
    assertEquals(0, phase.correctionSamples(), "the target rose: jitter, not a phase");
    for (int i = 0; i < PlayoutPhase.WINDOW_FRAMES - 1; i++) {
      phase.played(70 * MS, true);
    }
    assertEquals(0, phase.correctionSamples(), "a whole steady window again first");
    phase.played(70 * MS, true);
    assertEquals(-480, phase.correctionSamples());
  }
}
