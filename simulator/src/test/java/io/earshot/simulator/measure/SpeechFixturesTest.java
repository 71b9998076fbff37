package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeechFixturesTest {

  @Test
  void everyFixtureIsEightToTwelveSecondsOfSpeechWithHalfASecondOfSilenceAround() {
    for (String name : SpeechFixtures.names()) {
      short[] pcm = SpeechFixtures.load(name);
      double seconds = pcm.length / 48_000.0;
      assertTrue(seconds >= 9 && seconds <= 13, name + " lasts " + seconds + " s");
      assertEquals(0, peak(pcm, 0, 24_000 - 480), name + " starts with silence");
      assertEquals(0, peak(pcm, pcm.length - 24_000 + 480, pcm.length), name + " ends silent");
      assertTrue(peak(pcm, 24_000, pcm.length - 24_000) > 3_000, name + " holds speech");
    }
  }

  @Test
  void theActiveLevelIsAbout26DecibelsBelowOverload() {
    for (String name : SpeechFixtures.names()) {
      // RMS over 20 ms frames within 30 dB of the loudest: close to P.56's active level.
      float[] x = SpeechFixtures.loadUnit(name);
      double loudest = 0;
      double[] energy = new double[x.length / 960];
      for (int f = 0; f < energy.length; f++) {
        for (int i = f * 960; i < (f + 1) * 960; i++) {
          energy[f] += (double) x[i] * x[i];
        }
        loudest = Math.max(loudest, energy[f]);
      }
      double sum = 0;
      int active = 0;
      for (double e : energy) {
        if (e >= loudest / 1000) {
          sum += e;
          active++;
        }
      }
      double level = 10 * Math.log10(sum / (active * 960.0));
      assertEquals(-26.0, level, 2.0, name);
    }
  }

  @Test
  void publishersCycleThroughTheFixturesSoNeighboursSoundDifferent() {
    List<String> names = SpeechFixtures.names();
    Set<String> firstRound = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      firstRound.add(SpeechFixtures.forPublisher(i));
      assertEquals(SpeechFixtures.forPublisher(i), SpeechFixtures.forPublisher(i + names.size()));
    }
    assertEquals(names.size(), firstRound.size());
    assertTrue(names.size() >= 4);
  }

  @Test
  void loadsAreFreshCopies() {
    short[] a = SpeechFixtures.load("espeak-m");
    short original = a[30_000];
    a[30_000] = (short) (original + 1);
    short[] b = SpeechFixtures.load("espeak-m");
    assertNotSame(a, b);
    assertEquals(original, b[30_000]);
  }

  @Test
  void anUnknownNameSaysWhatExists() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpeechFixtures.load("nobody"));
    assertTrue(e.getMessage().contains("espeak-m") && e.getMessage().contains("'nobody'"));
    assertThrows(IllegalArgumentException.class, () -> SpeechFixtures.forPublisher(-1));
  }

  private static int peak(short[] pcm, int from, int to) {
    int peak = 0;
    for (int i = from; i < to; i++) {
      peak = Math.max(peak, Math.abs(pcm[i]));
    }
    return peak;
  }
}
