package io.earshot.engine.internal.rtp;

/**
 * A datagram from the network is not a valid RTP packet. Checked on purpose: every caller that
 * parses network bytes must decide what to do with garbage (count it, drop it) rather than let it
 * escape. The message says what was expected and what was found.
 */
public final class MalformedPacketException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was expected and what was found
   */
  public MalformedPacketException(String message) {
    super(message);
  }
}
