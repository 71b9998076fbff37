package io.earshot.engine;

import java.util.Arrays;

/**
 * Where a publishing engine's audio comes from: 48 kHz mono 16-bit PCM in 20 ms frames (960
 * samples). Called on the engine's event loop once per frame; must not block.
 */
@FunctionalInterface
public interface AudioCaptureSource {
  /** Number of samples in one frame. */
  int FRAME_SAMPLES = 960;

  /** Fills {@code frame} (length {@link #FRAME_SAMPLES}) with the next 20 ms of audio. */
  void capture(short[] frame);

  /** A source of silence. */
  static AudioCaptureSource silence() {
    return frame -> Arrays.fill(frame, (short) 0);
  }
}
