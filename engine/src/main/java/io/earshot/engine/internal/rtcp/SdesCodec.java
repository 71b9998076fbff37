package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of an SDES packet (RFC 3550 §6.5): chunks of SSRC + items, each chunk ended by a null octet
 * and null-padded to a word. Items other than CNAME are length-checked and skipped; the first CNAME
 * of a chunk is kept.
 */
final class SdesCodec {
  private static final int END = 0;
  private static final int CNAME = 1;

  private SdesCodec() {}

  static void write(SourceDescription sdes, RtcpWriter w) {
    for (SdesChunk chunk : sdes.chunks()) {
      w.u32(chunk.ssrc());
      if (!chunk.cname().isEmpty()) {
        byte[] text = chunk.cname().getBytes(StandardCharsets.UTF_8);
        w.u8(CNAME).u8(text.length).bytes(text);
      }
      // The item list ends with at least one null octet, then nulls up to the word boundary.
      w.u8(END).padToWord();
    }
  }

  static SourceDescription read(int sourceCount, RtcpReader r) throws MalformedPacketException {
    List<SdesChunk> chunks = new ArrayList<>(Math.min(sourceCount, r.remaining() / 8));
    for (int i = 0; i < sourceCount; i++) {
      chunks.add(readChunk(r, i, sourceCount));
    }
    r.requireEnd(sourceCount + " SDES chunks (SC=" + sourceCount + ")");
    return new SourceDescription(chunks);
  }

  private static SdesChunk readChunk(RtcpReader r, int index, int sourceCount)
      throws MalformedPacketException {
    String chunkName = "SDES chunk " + (index + 1) + " of " + sourceCount;
    long ssrc = r.u32("the SSRC of " + chunkName);
    int consumed = 0;
    String cname = null;
    while (true) {
      int type = r.u8("an item type in " + chunkName);
      consumed++;
      if (type == END) {
        break;
      }
      int length = r.u8("an item length in " + chunkName);
      String what = "a " + length + "-byte item in " + chunkName;
      if (type == CNAME && cname == null) {
        cname = r.utf8(length, what);
      } else {
        r.skip(length, what);
      }
      consumed += 1 + length;
    }
    for (; consumed % 4 != 0; consumed++) {
      if (r.u8("null padding of " + chunkName) != 0) {
        throw r.malformed(
            "expected null padding after the items of " + chunkName + ", found a non-zero byte");
      }
    }
    return new SdesChunk(ssrc, cname == null ? "" : cname);
  }
}
