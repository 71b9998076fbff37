package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.SilenceSource;
import io.earshot.simulator.audio.ToneSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChirpLatencyEstimatorTest {
  private static final int SECONDS = 12;

  static short[] render(AudioSource source, int seconds) {
    short[] out = new short[seconds * 48_000];
    short[] frame = new short[960];
    for (int f = 0; f < out.length / 960; f++) {
      source.nextFrame(frame);
      System.arraycopy(frame, 0, out, f * 960, 960);
    }
    return out;
  }

  static AudioSource markedTone(double hz) {
    return new MarkedSource(new ToneSource(hz, -12), ChirpMarker.belowSource(-12));
  }

  static AudioSource markedSilence() {
    return new MarkedSource(new SilenceSource(), ChirpMarker.atPeak(-24));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1_800, 4_801, 12_000, 12_002, 72_000})
  void findsEveryMarkerInSilenceThroughOpusWithinOneMillisecond(int delay48k) {
    assertAllMarkersAt(markedSilence(), delay48k);
  }

  /** A 440 Hz tone sits below the band; 1 and 2.5 kHz sit in it and are whitened away. */
  @ParameterizedTest
  @CsvSource({"440, 4801", "1000, 4801", "2500, 12002", "1000, 0"})
  void findsEveryMarkerUnderATwelveDecibelLouderToneThroughOpus(double hz, int delay48k) {
    assertAllMarkersAt(markedTone(hz), delay48k);
  }

  private static void assertAllMarkersAt(AudioSource source, int delay48k) {
    short[] sent = render(source, SECONDS);
    short[] played = SpeechLatencyEstimatorTest.delayed(OpusLoopback.transcode(sent), delay48k);
    double expectedMs = delay48k / 48.0 + SpeechLatencyEstimatorTest.OPUS_DELAY_MS;

    LatencyEstimate estimate = ChirpLatencyEstimator.withDefaults().estimate48k(played, SECONDS);

    assertEquals(SECONDS, estimate.measurements().size(), "gaps: " + estimate.gaps());
    for (LatencyEstimate.Measurement m : estimate.measurements()) {
      assertEquals(expectedMs, m.latencyMs(), 1.0, "marker at " + m.timeSeconds() + " s");
    }
  }

  @Test
  void reportsGapsWhereThePlayedAudioIsSilent() {
    short[] sent = render(markedTone(440), SECONDS);
    short[] played = SpeechLatencyEstimatorTest.delayed(OpusLoopback.transcode(sent), 4_800);
    Arrays.fill(played, 3 * 48_000, 7 * 48_000, (short) 0); // nothing heard 3..7 s

    LatencyEstimate estimate = ChirpLatencyEstimator.withDefaults().estimate48k(played, SECONDS);

    // Markers sent at 3..6 s arrive at 3.1..6.1 s: inside the silence.
    for (int k = 3; k <= 6; k++) {
      double t = k;
      assertTrue(
          estimate.gaps().stream().anyMatch(g -> g.timeSeconds() == t),
          "marker " + k + " should be a gap: " + estimate.gaps());
    }
    assertEquals(SECONDS - 4, estimate.measurements().size());
    for (LatencyEstimate.Measurement m : estimate.measurements()) {
      assertEquals(100 + SpeechLatencyEstimatorTest.OPUS_DELAY_MS, m.latencyMs(), 1.0);
    }
  }

  @Test
  void markersAreMixedDeterministicallyOncePerSecondTwelveDecibelsBelowTheSource() {
    short[] a = render(markedSilence(), 3);
    short[] b = render(markedSilence(), 3);
    assertArrayEquals(a, b);
    for (int k = 0; k < 3; k++) {
      int start = k * 48_000;
      assertEquals(0, a[start], "a marker starts at phase 0");
      assertTrue(peak(a, start, start + 1_920) > 0, "marker " + k);
      assertEquals(0, peak(a, start + 1_920, start + 48_000), "silence after marker " + k);
    }
    double markerPeakDb = 20 * Math.log10(peak(a, 0, 1_920) / 32768.0);
    assertEquals(-24, markerPeakDb, 0.1);
    short[] tone = render(new ToneSource(440, -12), 1);
    short[] marked = render(markedTone(440), 1);
    double added = 0;
    for (int i = 0; i < 1_920; i++) {
      added = Math.max(added, Math.abs(marked[i] - tone[i]));
    }
    assertEquals(-24, 20 * Math.log10(added / 32768.0), 0.1);
    assertTrue(ChirpMarker.rises(0) && !ChirpMarker.rises(1));
  }

  @Test
  void aLagRangeThatWouldConfuseMarkersIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ChirpLatencyEstimator(LatencySearch.builder().maxLagMs(2_000).build()));
    assertTrue(
        e.getMessage().startsWith("expected a longest latency of at most 1960"), e.getMessage());
  }

  private static int peak(short[] x, int from, int to) {
    int p = 0;
    for (int i = from; i < to; i++) {
      p = Math.max(p, Math.abs(x[i]));
    }
    return p;
  }
}
