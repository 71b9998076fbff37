package io.earshot.engine.codec;

/**
 * Turns 20 ms of 48 kHz mono 16-bit PCM into one codec payload. An interface so that callers can
 * wrap it (a benchmark measures time spent inside the codec; a test substitutes a fake). Instances
 * hold native state, are used from one thread, and must be closed.
 */
public interface AudioEncoder extends AutoCloseable {
  /** Samples per call: 20 ms at 48 kHz. */
  int FRAME_SAMPLES = 960;

  /**
   * Encodes exactly {@link #FRAME_SAMPLES} samples.
   *
   * @return a fresh array holding one payload
   * @throws IllegalArgumentException if {@code pcm960} is null or not 960 samples long
   * @throws IllegalStateException after {@link #close()}
   */
  byte[] encode(short[] pcm960);

  /**
   * Sets the loss the encoder should protect against: in-band FEC on with {@code
   * expectedLossPercent} (0–100) when {@code fec}, off otherwise. Encoders without FEC ignore it.
   */
  default void protectAgainstLoss(boolean fec, int expectedLossPercent) {}

  /**
   * Saves this encoder's whole state, replacing what was saved before, so that {@link
   * #restoreState} can go back to it: a harness that encodes a guessed frame ahead on another
   * thread takes the guess back when it was wrong. Returns false, having saved nothing, when the
   * encoder cannot; that is the default, and a wrapper with state of its own must save that state
   * too.
   */
  default boolean saveState() {
    return false;
  }

  /**
   * Goes back to the state saved last, as if nothing had been encoded or set since.
   *
   * @throws IllegalStateException if no state was saved
   */
  default void restoreState() {
    throw new IllegalStateException(
        "expected an encoder with a saved state, found one that saves none");
  }

  /** Frees native state. Idempotent. */
  @Override
  void close();
}
