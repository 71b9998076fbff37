package io.earshot.engine.internal.media;

import io.earshot.engine.internal.rtp.RtpPacket;

/**
 * What the jitter buffer hands the playout clock for one 20 ms tick. Sealed so that the three
 * outcomes are the whole story; {@link #kind()} lets Java 17 code {@code switch} on them without
 * preview features.
 */
public sealed interface Playout permits Playout.NotStarted, Playout.Frame, Playout.Missing {

  /** The outcome's tag. */
  enum Kind {
    /** Still prebuffering before the first frame: play nothing (silence), conceal nothing. */
    NOT_STARTED,
    /** Decode this packet's payload. */
    FRAME,
    /** The frame for this tick is absent: run concealment. */
    MISSING
  }

  /** The outcome's tag. */
  Kind kind();

  /** The single "not started" value. */
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
   * @param extendedSequence the buffer's 64-bit index of the packet (wrap-free sequence number)
   * @param packet the packet as received
   */
  record Frame(long extendedSequence, RtpPacket packet) implements Playout {
    @Override
    public Kind kind() {
      return Kind.FRAME;
    }

    /** A copy of the payload to decode. */
    public byte[] payload() {
      return packet.payload();
    }

    /** The 16-bit RTP sequence number. */
    public int sequenceNumber() {
      return packet.sequenceNumber();
    }
  }

  /**
   * Nothing to decode for this tick: conceal.
   *
   * @param extendedSequence the slot that was expected (while rebuffering after an underrun, the
   *     slot that would have played had the buffer kept running)
   */
  record Missing(long extendedSequence) implements Playout {
    @Override
    public Kind kind() {
      return Kind.MISSING;
    }
  }
}
