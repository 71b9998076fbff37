package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of a BYE packet (RFC 3550 §6.6): SC SSRCs, then optionally a length-prefixed reason padded
 * with nulls to a word.
 */
final class ByeCodec {
  private ByeCodec() {}

  static void write(Goodbye bye, RtcpWriter w) {
    for (long ssrc : bye.ssrcs()) {
      w.u32(ssrc);
    }
    if (!bye.reason().isEmpty()) {
      byte[] text = bye.reason().getBytes(StandardCharsets.UTF_8);
      w.u8(text.length).bytes(text).padToWord();
    }
  }

  static Goodbye read(int sourceCount, RtcpReader r) throws MalformedPacketException {
    r.require(4 * sourceCount, sourceCount + " SSRCs (SC=" + sourceCount + ")");
    List<Long> ssrcs = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      ssrcs.add(r.u32("an SSRC"));
    }
    if (r.remaining() == 0) {
      return new Goodbye(ssrcs, "");
    }
    int length = r.u8("the reason length");
    String reason = r.utf8(length, "a " + length + "-byte reason");
    int padding = r.remaining();
    // A decoder must not accept a reason that leaves more than the word's padding unexplained.
    if (padding > 3) {
      throw r.malformed(
          "expected at most 3 bytes of padding after the reason, found " + padding + " bytes");
    }
    r.skip(padding, "the reason padding");
    return new Goodbye(ssrcs, reason);
  }
}
