package io.earshot.engine.internal.media;

import io.earshot.engine.internal.rtp.RtpPacket;

/**
 * What the jitter buffer hands the playout clock for one 20 ms tick. Sealed so that the outcomes
 * are the whole story; {@link #kind()} lets Java 17 code {@code switch} on them.
 */
public sealed interface Playout permits Playout.NotStarted, Playout.Frame, Playout.Missing {

  /** The outcome's tag. */
  enum Kind {
    /** Still prebuffering before the first frame: play nothing (silence), conceal nothing. */
    NOT_STARTED,
    /** Decode this packet's payload. */
    FRAME,
    /** The frame for this tick is absent: recover it from the next one (FEC) or conceal. */
    MISSING
  }

  Kind kind();

  static Playout notStarted() {
    return NotStarted.INSTANCE;
  }

  /** Prebuffering: the stream has not begun playing. */
  record NotStarted() implements Playout {
    static final NotStarted INSTANCE = new NotStarted();

    @Override
    public Kind kind() {
      return Kind.NOT_STARTED;
    }
  }

  /**
   * A packet to decode.
   *
   * @param slot the frame's index on the stream's media clock (extended timestamp / 960)
   * @param packet the packet as received
   * @param ingestNanos when it entered the buffer
   */
  record Frame(long slot, RtpPacket packet, long ingestNanos) implements Playout {
    @Override
    public Kind kind() {
      return Kind.FRAME;
    }

    /** A copy of the payload to decode. */
    public byte[] payload() {
      return packet.payload();
    }
  }

  /**
   * Nothing to decode for this tick.
   *
   * @param slot the slot that was due
   * @param next the packet of the following slot when it is already buffered (its in-band FEC can
   *     rebuild this one), or null
   * @param held true when playout holds its place (the buffer ran dry: the frame may still come),
   *     false when the slot is given up
   */
  record Missing(long slot, RtpPacket next, boolean held) implements Playout {
    @Override
    public Kind kind() {
      return Kind.MISSING;
    }
  }
}
