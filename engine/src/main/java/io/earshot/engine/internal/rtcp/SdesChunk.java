package io.earshot.engine.internal.rtcp;

/**
 * One chunk of an SDES packet: a source and its canonical name. Only CNAME is modelled because it
 * is the item RFC 3550 requires in every compound packet; the decoder skips other items.
 *
 * @param ssrc the described source, unsigned 32-bit
 * @param cname the CNAME, at most 255 UTF-8 bytes; {@code ""} for a chunk that carried no CNAME
 *     item (the encoder then writes an empty item list)
 */
public record SdesChunk(long ssrc, String cname) {

  /** Validates the SSRC and the CNAME length. */
  public SdesChunk {
    RtcpFields.unsigned32(ssrc, "ssrc");
    RtcpFields.shortText(cname, "cname");
  }
}
