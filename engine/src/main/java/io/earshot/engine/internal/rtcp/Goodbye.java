package io.earshot.engine.internal.rtcp;

import java.util.List;

/**
 * Goodbye (RFC 3550 §6.6): the listed sources are leaving.
 *
 * @param ssrcs at most 31 unsigned 32-bit SSRCs
 * @param reason why they leave, at most 255 UTF-8 bytes; {@code ""} for no reason field
 */
public record Goodbye(List<Long> ssrcs, String reason) implements RtcpPacket {

  /** Validates every SSRC and the reason length, and copies the list. */
  public Goodbye {
    ssrcs = List.copyOf(ssrcs);
    RtcpFields.count(ssrcs.size(), "BYE sources");
    for (long ssrc : ssrcs) {
      RtcpFields.unsigned32(ssrc, "ssrc");
    }
    RtcpFields.shortText(reason, "reason");
  }

  @Override
  public int packetType() {
    return BYE;
  }
}
