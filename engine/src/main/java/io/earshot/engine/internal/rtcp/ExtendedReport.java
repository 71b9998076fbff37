package io.earshot.engine.internal.rtcp;

import java.util.List;

/**
 * Extended Report (RFC 3611, PT 207) carrying RRTR and DLRR blocks.
 *
 * @param senderSsrc SSRC of the originator of this XR, unsigned 32-bit
 * @param blocks the report blocks, in wire order
 */
public record ExtendedReport(long senderSsrc, List<XrBlock> blocks) implements RtcpPacket {

  /** Validates the SSRC, copies the list and checks the packet fits the 16-bit length field. */
  public ExtendedReport {
    RtcpFields.unsigned32(senderSsrc, "senderSsrc");
    blocks = List.copyOf(blocks);
    long words = 2;
    for (XrBlock block : blocks) {
      words += 1 + (block instanceof DlrrReport d ? 3L * d.items().size() : 2);
    }
    if (words > 0x1_0000) {
      throw new IllegalArgumentException(
          "an XR packet holds at most 65536 words, these blocks need " + words);
    }
  }

  @Override
  public int packetType() {
    return XR;
  }
}
