package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of a generic NACK (RFC 4585 §6.1, §6.2.1): packet sender SSRC, media source SSRC, then one
 * or more 4-byte FCI entries of PID and BLP.
 */
final class FeedbackCodec {
  private FeedbackCodec() {}

  static void write(GenericNack nack, RtcpWriter w) {
    w.u32(nack.senderSsrc()).u32(nack.mediaSsrc());
    for (NackItem item : nack.items()) {
      w.u16(item.packetId()).u16(item.lostBitmask());
    }
  }

  static GenericNack read(RtcpReader r) throws MalformedPacketException {
    long sender = r.u32("the packet sender SSRC");
    long media = r.u32("the media source SSRC");
    if (r.remaining() == 0) {
      throw r.malformed("expected at least one 4-byte NACK item, found none");
    }
    List<NackItem> items = new ArrayList<>(r.remaining() / 4);
    while (r.remaining() > 0) {
      items.add(new NackItem(r.u16("a NACK PID"), r.u16("a NACK BLP")));
    }
    return new GenericNack(sender, media, items);
  }
}
