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

  /** Frees native state. Idempotent. */
  /**
   * Rebuilds a lost frame from the in-band FEC of the frame that follows it ({@code nextPayload});
   * a decoder without FEC conceals instead. Returns null when {@code nextPayload} carries no FEC.
   */
  default short[] decodeFromNext(byte[] nextPayload) {
    return null;
  }

  @Override
  void close();
}
