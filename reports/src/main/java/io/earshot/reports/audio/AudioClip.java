package io.earshot.reports.audio;

import io.earshot.simulator.audio.PcmTrack;

/**
 * One clip to attach: a label ("bob played s1, 3.0–13.0 s") and its audio.
 *
 * @param label how the report names it
 * @param track the samples and when they start
 */
public record AudioClip(String label, PcmTrack track) {
  /** The clip as a WAV file. */
  public byte[] wav() {
    return WavWriter.wav(track.samples(), WavWriter.MONO_48K);
  }
}
