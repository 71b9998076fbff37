package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.awaitCounter;
import static io.earshot.engine.abuse.AbuseServers.counter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Play;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.PublishResult;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAvailable;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The finding on the relay: it forwarded malformed RTP from a bound publisher (a CSRC count or an
 * extension length past the packet, padding past the payload) and truncated datagrams at 2,048
 * bytes. Now each malformed packet is dropped and counted, and a valid 60,000-byte RTP datagram
 * reaches the player whole, while an ordinary call goes on.
 */
class MalformedRtpAbuseTest {
  private static final long SSRC = 0xABCD_EF01L;

  @Test
  void malformedRtpIsDroppedAndALargeDatagramIsForwardedWhole() throws Exception {
    try (EarshotServer server = AbuseServers.start(ServerConfig.defaults());
        OrdinaryCall call = OrdinaryCall.start(server);
        RawWebSocket publisher =
            RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
        RawWebSocket player =
            RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
        RawMedia publisherMedia = new RawMedia(server.mediaAddress());
        RawMedia playerMedia = new RawMedia(server.mediaAddress())) {
      long bound = counter(server, "media.bound");
      LoginResult p = publisher.login("rtp", "publisher");
      publisher.send(new Publish(publisher.nextSeq(), "raw", SSRC));
      assertEquals(
          0, ((PublishResult) publisher.next(PublishResult.class::isInstance, 5_000)).code());
      publisherMedia.bindTo(p.mediaToken(), p.mediaSecret());
      LoginResult q = player.login("rtp", "player");
      player.send(new Play(player.nextSeq(), "raw", false));
      player.next(StreamAvailable.class::isInstance, 5_000);
      playerMedia.bindTo(q.mediaToken(), q.mediaSecret());
      awaitCounter(server, "media.bound", bound + 2, 5_000);

      byte[] valid = RawMedia.rtp(SSRC, 1, 960, 80);
      publisherMedia.send(valid);
      assertArrayEquals(
          valid, playerMedia.receiveRtp(2_000), "the path does not work (the leg starts at 1)");

      Map<String, byte[]> malformed = new LinkedHashMap<>();
      byte[] csrc = RawMedia.rtp(SSRC, 2, 1920, 8);
      csrc[0] = (byte) 0x8F; // 15 CSRCs need 72 header bytes; the packet has 20
      malformed.put("CSRC count past the packet", csrc);
      byte[] extension = RawMedia.rtp(SSRC, 3, 2880, 8);
      extension[0] = (byte) 0x90;
      extension[14] = 0x03; // extension of 0x03E8 words
      extension[15] = (byte) 0xE8;
      malformed.put("extension length past the packet", extension);
      byte[] padding = RawMedia.rtp(SSRC, 4, 3840, 8);
      padding[0] = (byte) 0xA0;
      padding[padding.length - 1] = (byte) 200; // 200 bytes of padding in an 8-byte payload
      malformed.put("padding past the payload", padding);
      byte[] zeroPadding = RawMedia.rtp(SSRC, 5, 4800, 8);
      zeroPadding[0] = (byte) 0xA0;
      zeroPadding[zeroPadding.length - 1] = 0;
      malformed.put("a padding count of zero", zeroPadding);
      byte[] truncatedHeader = Arrays.copyOf(valid, 11);
      malformed.put("shorter than the fixed header", truncatedHeader);

      long malformedBefore = counter(server, "datagrams.malformed");
      int n = 0;
      for (Map.Entry<String, byte[]> e : malformed.entrySet()) {
        publisherMedia.send(e.getValue());
        awaitCounter(server, "datagrams.malformed", malformedBefore + ++n, 2_000);
        assertNull(playerMedia.receiveRtp(200), "forwarded: " + e.getKey());
      }

      byte[] large = RawMedia.rtp(SSRC, 6, 5760, 60_000 - 12);
      publisherMedia.send(large);
      byte[] got = playerMedia.receiveRtp(2_000);
      assertNotNull(got, "the 60,000-byte datagram was not forwarded");
      assertEquals(60_000, got.length);
      assertArrayEquals(
          RawMedia.withoutSequence(large),
          RawMedia.withoutSequence(got),
          "whole and unchanged but for the leg's sequence number");
      call.assertFlowing("after the malformed RTP");
      System.out.println("malformed RTP: " + server.counters());
    }
  }
}
