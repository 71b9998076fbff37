package io.earshot.engine;

/**
 * Where a playing engine delivers decoded audio: one 20 ms frame (960 samples, 48 kHz mono) per
 * played stream on the playout clock, concealed frames included. Called on the engine's event loop.
 */
@FunctionalInterface
public interface AudioRenderSink {
  /**
   * @param streamID the played stream
   * @param frame 960 samples; the array is reused by the engine after the call returns
   * @param playoutNanos the scheduler time of this frame's playout
   */
  void render(String streamID, short[] frame, long playoutNanos);

  /** A sink that discards audio. */
  static AudioRenderSink discard() {
    return (streamID, frame, playoutNanos) -> {};
  }
}
