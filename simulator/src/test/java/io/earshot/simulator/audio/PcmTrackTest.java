package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Clips are cut on the sample grid and clipped to what was recorded. */
class PcmTrackTest {
  @Test
  void aClipKeepsTheSamplesOfItsWindowOnly() {
    short[] samples = new short[48_000 * 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (i / 48);
    }
    PcmTrack track = new PcmTrack(1_000_000_000L, samples);
    assertEquals(3_000_000_000L, track.endNanos());
    PcmTrack clip = track.clip(1_500_000_000L, 2_000_000_000L);
    assertEquals(24_000, clip.samples().length);
    assertEquals(1_500_000_000L, clip.startNanos());
    assertEquals(500, clip.samples()[0]);
    assertEquals(48_000, track.clip(0, 2_000_000_000L).samples().length);
    assertEquals(0, track.clip(5_000_000_000L, 6_000_000_000L).samples().length);
  }

  @Test
  void recordedPcmKeepsCapturedAndPlayedFramesBackToBack() {
    RecordedPcm pcm = new RecordedPcm();
    short[] frame = new short[PcmFormat.FRAME_SAMPLES];
    pcm.played("bob", "s1", frame, 20_000_000L);
    pcm.played("bob", "s1", frame, 40_000_000L);
    assertEquals(
        2 * PcmFormat.FRAME_SAMPLES, pcm.played("bob", "s1").orElseThrow().samples().length);
    assertEquals(20_000_000L, pcm.played("bob", "s1").orElseThrow().startNanos());
    assertEquals(true, pcm.sent("alice").isEmpty());
    // Played again after a pause of one second: the pause is silence, so later times still line up.
    pcm.played("bob", "s1", frame, 1_060_000_000L);
    PcmTrack track = pcm.played("bob", "s1").orElseThrow();
    assertEquals(1_080_000_000L, track.endNanos());
  }
}
