package io.earshot.simulator.audio;

/**
 * The start of the media path: produces the audio a simulated publisher captures, one 20 ms frame
 * at a time (see {@link PcmFormat}).
 *
 * <p>A source is a deterministic function of how many frames it has produced: it reads no clock and
 * no unseeded randomness, so a scenario replays sample for sample. Sources are used from one thread
 * (the engine's loop) and are not thread-safe.
 */
public interface AudioSource {

  /**
   * Fills {@code frame960} with the next 20 ms of audio, overwriting every sample.
   *
   * @param frame960 the frame to fill; must be exactly {@link PcmFormat#FRAME_SAMPLES} long
   * @throws IllegalArgumentException if the frame has the wrong length
   */
  void nextFrame(short[] frame960);

  /**
   * Fills {@code frame960} with the frame that {@link #nextFrame} will give next, without moving
   * on, and returns true; or returns false, touching nothing, when the source cannot tell (the
   * default). A simulation encodes the peeked frame ahead on another core.
   *
   * @param frame960 the frame to fill; must be exactly {@link PcmFormat#FRAME_SAMPLES} long
   */
  default boolean peekFrame(short[] frame960) {
    return false;
  }

  /**
   * A short human-readable description for reports and failure messages, e.g. "440 Hz tone at -12
   * dBFS peak".
   */
  String describe();
}
