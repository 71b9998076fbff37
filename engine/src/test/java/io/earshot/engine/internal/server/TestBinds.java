package io.earshot.engine.internal.server;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import java.util.HexFormat;

/** Builds the bind datagram a client sends, from what its login answer gave it. */
final class TestBinds {
  private TestBinds() {}

  static byte[] bind(long mediaToken, long counter, String secretHex) {
    return RtcpCompoundCodec.encode(
        BindPacket.encode(mediaToken, counter, HexFormat.of().parseHex(secretHex)));
  }
}
