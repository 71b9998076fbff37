package io.earshot.engine.internal.rtcp;

import java.util.List;

/**
 * Source Description (RFC 3550 §6.5), reduced to CNAME items.
 *
 * @param chunks at most 31 chunks, one per described source
 */
public record SourceDescription(List<SdesChunk> chunks) implements RtcpPacket {

  /** Copies the list and checks it fits the 5-bit source count. */
  public SourceDescription {
    chunks = List.copyOf(chunks);
    RtcpFields.count(chunks.size(), "SDES chunks");
  }

  /** The usual single-source SDES a compound packet carries. */
  public static SourceDescription cname(long ssrc, String cname) {
    return new SourceDescription(List.of(new SdesChunk(ssrc, cname)));
  }

  @Override
  public int packetType() {
    return SDES;
  }
}
