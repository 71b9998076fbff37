package io.earshot.engine.internal.rtcp;

/**
 * One report block of an Extended Report (RFC 3611 §3). Only the two blocks Earshot uses for a
 * receiver's round-trip time are modelled; the decoder skips other block types, as RFC 3611 asks of
 * receivers that do not understand them.
 */
public sealed interface XrBlock permits ReceiverReferenceTime, DlrrReport {

  /** Block type of the Receiver Reference Time block. */
  int RRTR = 4;

  /** Block type of the DLRR block. */
  int DLRR = 5;

  /** The BT field. */
  int blockType();
}
