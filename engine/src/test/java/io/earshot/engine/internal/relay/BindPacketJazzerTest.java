package io.earshot.engine.internal.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz target for {@link BindPacket#decode}, which the relay runs on every RTCP APP packet from
 * anyone: it never throws; a bind it accepts carries a 16-byte proof that holds only if it is the
 * one {@link BindPacket#encode} makes for its token and counter with the secret; and the encoder's
 * packet for the same token and counter decodes back to them and is proven by that secret. Seeds:
 * {@code BindPacketJazzerTestInputs/decode/} (whole datagrams, read as an RTCP compound first).
 */
class BindPacketJazzerTest {
  private static final byte[] SECRET = new byte[BindPacket.SECRET_BYTES];

  static {
    Arrays.fill(SECRET, (byte) 0x5A);
  }

  @FuzzTest
  void decode(byte[] datagram) {
    List<RtcpPacket> packets;
    try {
      packets = RtcpCompoundCodec.decode(datagram);
    } catch (MalformedPacketException e) {
      return;
    }
    for (RtcpPacket packet : packets) {
      if (!(packet instanceof AppPacket app)) {
        continue;
      }
      Optional<BindPacket.Request> bind = BindPacket.decode(app);
      if (bind.isEmpty()) {
        continue;
      }
      BindPacket.Request r = bind.get();
      assertEquals(BindPacket.NAME, app.name());
      assertTrue(r.mediaToken() >= 0 && r.mediaToken() <= 0xFFFF_FFFFL);
      assertTrue(r.counter() >= 0 && r.counter() <= 0xFFFF_FFFFL);
      AppPacket genuine = BindPacket.encode(r.mediaToken(), r.counter(), SECRET);
      BindPacket.Request back = BindPacket.decode(genuine).orElseThrow();
      assertEquals(r.mediaToken(), back.mediaToken());
      assertEquals(r.counter(), back.counter());
      assertTrue(back.provenBy(SECRET), "the encoder's proof holds");
      boolean same = Arrays.equals(app.data(), genuine.data());
      assertEquals(same, r.provenBy(SECRET), "a proof holds exactly when it is the encoder's");
      assertFalse(back.provenBy(new byte[BindPacket.SECRET_BYTES]), "not for another secret");
    }
  }
}
