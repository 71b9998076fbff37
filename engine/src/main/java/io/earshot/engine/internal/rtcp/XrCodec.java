package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of an XR packet (RFC 3611 §2): the originator's SSRC, then blocks of BT, type-specific byte
 * and a 16-bit length in words. RRTR and DLRR are parsed; other block types are length-checked and
 * skipped, as RFC 3611 §3 asks of receivers that do not implement them.
 */
final class XrCodec {
  private static final int RRTR_WORDS = 2;
  private static final int DLRR_ITEM_WORDS = 3;

  private XrCodec() {}

  static void write(ExtendedReport xr, RtcpWriter w) {
    w.u32(xr.senderSsrc());
    for (XrBlock block : xr.blocks()) {
      if (block instanceof ReceiverReferenceTime rrtr) {
        w.u8(XrBlock.RRTR).u8(0).u16(RRTR_WORDS).u64(rrtr.ntpTimestamp());
      } else if (block instanceof DlrrReport dlrr) {
        w.u8(XrBlock.DLRR).u8(0).u16(DLRR_ITEM_WORDS * dlrr.items().size());
        for (DlrrItem item : dlrr.items()) {
          w.u32(item.ssrc()).u32(item.lastReceiverReport());
          w.u32(item.delaySinceLastReceiverReport());
        }
      }
    }
  }

  static ExtendedReport read(RtcpReader r) throws MalformedPacketException {
    long ssrc = r.u32("the XR originator SSRC");
    List<XrBlock> blocks = new ArrayList<>();
    while (r.remaining() > 0) {
      int type = r.u8("an XR block type");
      r.u8("the XR type-specific byte");
      int words = r.u16("an XR block length");
      r.require(4 * words, "an XR block of type " + type + " with length " + words + " words");
      if (type == XrBlock.RRTR) {
        if (words != RRTR_WORDS) {
          throw r.malformed(
              "expected block length " + RRTR_WORDS + " for an RRTR block, found " + words);
        }
        blocks.add(new ReceiverReferenceTime(r.u64("the RRTR NTP timestamp")));
      } else if (type == XrBlock.DLRR) {
        blocks.add(readDlrr(words, r));
      } else {
        r.skip(4 * words, "an unknown XR block");
      }
    }
    return new ExtendedReport(ssrc, blocks);
  }

  private static DlrrReport readDlrr(int words, RtcpReader r) throws MalformedPacketException {
    if (words % DLRR_ITEM_WORDS != 0) {
      throw r.malformed(
          "expected a DLRR block length that is a multiple of 3 words, found " + words);
    }
    int count = words / DLRR_ITEM_WORDS;
    List<DlrrItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(new DlrrItem(r.u32("a DLRR SSRC"), r.u32("LRR"), r.u32("DLRR")));
    }
    return new DlrrReport(items);
  }
}
