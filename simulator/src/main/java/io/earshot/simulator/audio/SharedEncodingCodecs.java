package io.earshot.simulator.audio;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import java.util.Objects;

/**
 * Encodes each distinct input once per run, for load runs (as LiveKit's load tester pre-encodes):
 * publishers that send the same audio with the same settings (every speaker of one speech fixture)
 * share the Opus payloads, each still with its own SSRC, sequence numbers and timestamps; every
 * listener still decodes. libopus costs about 200 µs per frame, most of a simulated run's CPU.
 *
 * <p>An encoder's output depends on everything it was fed, so payloads are keyed by a hash of the
 * whole input so far and the loss protection asked for ({@link EncodedHistory}). The first
 * publisher to reach a frame encodes it; the others take its payload without encoding. A publisher
 * whose input or settings part from every other's (a mute, its own loss protection), or that
 * reaches a frame nobody encoded while its own encoder has been idle, restarts its encoder: its
 * listeners hear one frame's discontinuity, as after an encoder reset. Decoders are untouched.
 */
public final class SharedEncodingCodecs implements AudioCodecFactory {
  private final AudioCodecFactory delegate;
  private final EncodedHistory encoded;

  /** Shares what {@code delegate}'s encoders make, keeping at most {@code maxFrames} payloads. */
  public SharedEncodingCodecs(AudioCodecFactory delegate, int maxFrames) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.encoded = new EncodedHistory(maxFrames);
  }

  /** Frames encoded by libopus, and frames taken from another publisher's encoding. */
  public long encodedFrames() {
    return encoded.misses();
  }

  public long sharedFrames() {
    return encoded.hits();
  }

  @Override
  public AudioEncoder newEncoder() {
    return new SharedEncoder();
  }

  @Override
  public AudioDecoder newDecoder() {
    return delegate.newDecoder();
  }

  /** One publisher's encoder: takes shared payloads while it can, encodes itself otherwise. */
  private final class SharedEncoder implements AudioEncoder {
    private long history = EncodedHistory.START;
    private long protection;
    private AudioEncoder own;
    private boolean fec;
    private int expectedLossPercent;

    /** Whether {@link #own} has encoded exactly the input {@link #history} stands for. */
    private boolean ownInStep = true;

    @Override
    public byte[] encode(short[] pcm960) {
      if (pcm960 == null || pcm960.length != FRAME_SAMPLES) {
        return own().encode(pcm960); // the real encoder says what is wrong
      }
      long next = EncodedHistory.next(history, pcm960, protection);
      byte[] shared = encoded.get(next);
      if (shared != null) {
        history = next;
        ownInStep = false;
        return shared.clone();
      }
      if (!ownInStep && own != null) {
        // Nobody encoded this continuation and this encoder skipped frames: start afresh.
        own.close();
        own = null;
      }
      byte[] payload = own().encode(pcm960);
      encoded.put(next, payload.clone());
      history = next;
      ownInStep = true;
      return payload;
    }

    private AudioEncoder own() {
      if (own == null) {
        own = delegate.newEncoder();
        if (fec || expectedLossPercent != 0) {
          own.protectAgainstLoss(fec, expectedLossPercent);
        }
      }
      return own;
    }

    @Override
    public void protectAgainstLoss(boolean fec, int expectedLossPercent) {
      this.fec = fec;
      this.expectedLossPercent = expectedLossPercent;
      this.protection = (fec ? 1L << 32 : 0) | (expectedLossPercent & 0xffffffffL);
      if (own != null) {
        own.protectAgainstLoss(fec, expectedLossPercent);
      }
    }

    @Override
    public void close() {
      if (own != null) {
        own.close();
      }
    }
  }
}
