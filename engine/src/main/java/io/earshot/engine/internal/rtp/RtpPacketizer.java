package io.earshot.engine.internal.rtp;

/**
 * Stamps one outgoing stream's Opus frames with RTP headers. The caller supplies the SSRC and the
 * initial sequence number and timestamp (RFC 3550 wants them random; Earshot draws them from the
 * scenario's seeded generator so runs reproduce). Every frame is 20 ms, so the timestamp advances
 * by {@link #TIMESTAMP_STEP} per frame on the 48 kHz Opus clock (RFC 7587), whether or not it is
 * sent. Single-threaded, like the encoder feeding it.
 */
public final class RtpPacketizer {
  /** RTP timestamp units per 20 ms frame: 48 000 Hz × 0.020 s. */
  public static final int TIMESTAMP_STEP = 960;

  private final long ssrc;
  private final int payloadType;
  private int sequenceNumber;
  private long timestamp;

  /**
   * @param ssrc unsigned 32-bit, 0..2^32-1
   * @param payloadType 0..127 (Earshot's Opus is dynamic type 111)
   * @param initialSequenceNumber 0..65535
   * @param initialTimestamp 0..2^32-1
   */
  public RtpPacketizer(
      long ssrc, int payloadType, int initialSequenceNumber, long initialTimestamp) {
    // Constructing a throwaway packet reuses the record's range checks, so there is one rule per
    // field.
    new RtpPacket(false, payloadType, initialSequenceNumber, initialTimestamp, ssrc, new byte[0]);
    this.ssrc = ssrc;
    this.payloadType = payloadType;
    this.sequenceNumber = initialSequenceNumber;
    this.timestamp = initialTimestamp;
  }

  /** Wraps one encoded 20 ms frame, then advances the sequence number (mod 2^16) and timestamp. */
  public RtpPacket next(byte[] opusPayload, boolean marker) {
    RtpPacket packet =
        new RtpPacket(marker, payloadType, sequenceNumber, timestamp, ssrc, opusPayload);
    sequenceNumber = SequenceNumbers.next(sequenceNumber);
    skipFrame();
    return packet;
  }

  /**
   * Accounts for a 20 ms frame that is not sent (DTX): the media clock runs on, the sequence number
   * does not, so the receiver sees no loss but a timestamp gap.
   */
  public void skipFrame() {
    timestamp = (timestamp + TIMESTAMP_STEP) & RtpPacket.MAX_UNSIGNED_32;
  }

  /** Sequence number the next packet will carry. */
  public int nextSequenceNumber() {
    return sequenceNumber;
  }

  /** Timestamp the next packet will carry. */
  public long nextTimestamp() {
    return timestamp;
  }

  /** This stream's SSRC. */
  public long ssrc() {
    return ssrc;
  }
}
