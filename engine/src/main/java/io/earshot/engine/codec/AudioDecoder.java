package io.earshot.engine.codec;

/**
 * Turns one received payload into 20 ms of 48 kHz mono 16-bit PCM, or synthesises 20 ms when a
 * payload is missing. An interface so that callers can wrap it (CPU-time measurement, fakes).
 * Instances hold decoder history, are used from one thread (one per received stream), and must be
 * closed.
 */
public interface AudioDecoder extends AutoCloseable {
  /** Samples per call: 20 ms at 48 kHz. */
  int FRAME_SAMPLES = 960;

  /**
   * Decodes one payload from the network. A {@code null} payload means "lost" and is the same as
   * {@link #conceal()}.
   *
   * @return a fresh array of {@link #FRAME_SAMPLES} samples
   * @throws CorruptPayloadException if the payload cannot be decoded as one 20 ms frame; the caller
   *     should count it and {@link #conceal()} instead
   * @throws IllegalStateException after {@link #close()}
   */
  short[] decode(byte[] payload) throws CorruptPayloadException;

  /**
   * Packet loss concealment: 20 ms extrapolated from the decoder's history (fading towards
   * silence).
   *
   * @return a fresh array of {@link #FRAME_SAMPLES} samples
   * @throws IllegalStateException after {@link #close()}
   */
  short[] conceal();

  /**
   * Rebuilds a lost frame from the in-band FEC of the frame that follows it ({@code nextPayload});
   * a decoder without FEC conceals instead. Returns null when {@code nextPayload} carries no FEC.
   */
  default short[] decodeFromNext(byte[] nextPayload) {
    return null;
  }

  /**
   * A hint that the next call will probably be {@link #decode} of {@code payload} (the jitter
   * buffer holds it and nothing else is due first). A harness may decode it ahead on another
   * thread; what every call returns must be the same with or without hints. Ignored by default.
   */
  default void upcoming(byte[] payload) {}

  /**
   * Whether {@link #upcoming} does anything; asked once, so that a player whose decoder ignores
   * hints does not look up and copy the next payload for every frame. False by default.
   */
  default boolean takesHints() {
    return false;
  }

  /**
   * Saves this decoder's whole history, replacing what was saved before, so that {@link
   * #restoreState} can go back to it: a harness that decodes an upcoming payload ahead takes the
   * guess back when something else was asked. Returns false, having saved nothing, when the decoder
   * cannot; that is the default, and a wrapper with state of its own must save that state too.
   */
  default boolean saveState() {
    return false;
  }

  /**
   * Goes back to the history saved last, as if nothing had been decoded since.
   *
   * @throws IllegalStateException if no state was saved
   */
  default void restoreState() {
    throw new IllegalStateException(
        "expected a decoder that saves its state, found one that cannot");
  }

  /** Frees native state. Idempotent. */
  @Override
  void close();
}
