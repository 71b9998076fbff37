package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.awaitCounter;
import static io.earshot.engine.abuse.AbuseServers.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Play;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAvailable;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 1 (critical): an attacker that never logs in read the generator's state from hello
 * nonces, bound a victim's media token from its own address and received the victim's audio, then
 * injected RTP with the victim's SSRC. Against a fresh standalone server it now receives nothing
 * and nothing it sends is played, while an ordinary call goes on.
 */
class MediaHijackAbuseTest {
  private EarshotServer server;
  private OrdinaryCall call;

  @BeforeEach
  void start() throws InterruptedException {
    server = AbuseServers.start(ServerConfig.defaults());
    call = OrdinaryCall.start(server);
  }

  @AfterEach
  void stop() {
    call.close();
    server.close();
  }

  @Test
  void anAttackerThatNeverLogsInReceivesNothingAndInjectsNothing() throws Exception {
    // 1. The attacker reads hello nonces: 128 random bits each, all different.
    List<RawWebSocket> peeks = new ArrayList<>();
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      RawWebSocket ws =
          RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
      peeks.add(ws);
      assertTrue(ws.nonce().matches("[0-9a-f]{32}"), "nonce " + ws.nonce());
      nonces.add(ws.nonce());
    }
    assertEquals(20, nonces.size(), "hello nonces repeat: " + nonces);

    // 2. Media tokens are session numbers, so guessable: the attacker binds every small token with
    // guessed proofs (random, zeros, bytes of the nonces it saw) from its own address.
    long boundBefore = counter(server, "media.bound");
    int binds = 0;
    try (RawMedia attacker = new RawMedia(server.mediaAddress())) {
      List<byte[]> guesses = new ArrayList<>();
      guesses.add(new byte[16]);
      for (String nonce : nonces) {
        guesses.add(Arrays.copyOf(HexFormat.of().parseHex(nonce), 16));
      }
      LongSupplier refused =
          () ->
              counter(server, "binds.refused.bad_proof")
                  + counter(server, "binds.refused.unknown_token");
      for (long token = 1; token <= 40; token++) {
        List<byte[]> batch = new ArrayList<>();
        for (byte[] mac : guesses) {
          batch.add(RawMedia.forgedBind(token, 1_000 + binds + batch.size(), mac));
        }
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        batch.add(RawMedia.forgedBind(token, 1, random));
        // A "proof" keyed with a nonce, as if secrets came from the nonces' generator.
        batch.add(RawMedia.bind(token, 2, peeks.get(0).nonce()));
        for (byte[] d : batch) {
          attacker.send(d);
        }
        binds += batch.size();
        // Paced, so that the relay's socket buffer never overflows and every bind is counted.
        AbuseServers.awaitAtLeast("refused binds", refused, binds, 5_000);
      }
      assertTrue(counter(server, "binds.refused.bad_proof") > 0, "no token was a live one");
      assertEquals(boundBefore, counter(server, "media.bound"), "a forged bind was accepted");

      // 3. It listens: nothing of the call reaches it, while bob keeps hearing alice.
      call.assertFlowing("while the attacker binds");
      assertEquals(0, attacker.drain(1_000), "the attacker received media");

      // 4. It injects RTP with the victim's SSRC, continuing its sequence, from its own address.
      long ssrc = call.voiceSsrc();
      int seq = (int) (long) call.bob.counters().get("play." + OrdinaryCall.STREAM + ".seq_last");
      long unknownBefore = counter(server, "datagrams.unknown_source");
      long relayedBefore = counter(server, "rtp.received");
      long bobBefore = call.bobReceived();
      int injected = 500;
      for (int i = 1; i <= injected; i++) {
        attacker.send(RawMedia.rtp(ssrc, seq + i, 960L * i, 80));
        if (i % 50 == 0) {
          awaitCounter(server, "datagrams.unknown_source", unknownBefore + i, 5_000);
        }
      }
      call.assertFlowing("while the attacker injects");
      long relayed = counter(server, "rtp.received") - relayedBefore;
      long bobGot = call.bobReceived() - bobBefore;
      // Bob is the only player: what he got is what the relay took from alice (give or take the
      // packets in flight when the counters were read), not the attacker's 500.
      assertTrue(
          bobGot <= relayed + 5 && relayed < injected,
          "bob received " + bobGot + " packets while the relay took " + relayed + " from alice");
      assertEquals(0, attacker.drain(200), "the attacker received media");
    } finally {
      peeks.forEach(RawWebSocket::close);
    }
    System.out.println(
        "hijack: " + binds + " forged binds, 500 injected packets; " + server.counters());
    // Read as one snapshot, once no packet is between being received and being forwarded; a packet
    // that came before bob's play reached nobody (rtp.unheard).
    AbuseServers.awaitAtLeast(
        "every accepted packet went to bob, and only those: " + server.counters(),
        () -> {
          Map<String, Long> c = server.counters();
          long received = c.getOrDefault("rtp.received", 0L);
          long sent =
              c.getOrDefault("rtp.forwarded", 0L)
                  + c.getOrDefault("rtp.withheld_receive_muted", 0L)
                  + c.getOrDefault("rtp.unheard", 0L);
          return received == sent ? 1 : 0;
        },
        1,
        5_000);
  }

  @Test
  void aCapturedBindIsUselessFromAnotherSocketOrAddress() throws Exception {
    // A victim on raw sockets logs in, plays the call's stream and binds its media socket.
    try (RawWebSocket victim =
            RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
        RawMedia victimMedia = new RawMedia(server.mediaAddress());
        RawMedia attacker = new RawMedia(server.mediaAddress());
        RawMedia elsewhere = new RawMedia(server.mediaAddress(), "127.0.0.2")) {
      LoginResult login = victim.login(OrdinaryCall.ROOM, "victim");
      assertEquals(0, login.code());
      victim.send(new Play(victim.nextSeq(), OrdinaryCall.STREAM, false));
      assertInstanceOf(
          StreamAvailable.class, victim.next(StreamAvailable.class::isInstance, 5_000));
      byte[] first = RawMedia.bind(login.mediaToken(), 1, login.mediaSecret());
      long bound = counter(server, "media.bound");
      victimMedia.send(first);
      awaitCounter(server, "media.bound", bound + 1, 5_000);
      byte[] rtp = victimMedia.receiveRtp(3_000);
      assertEquals(call.voiceSsrc(), RtpPacketCodec.decode(rtp, 0, rtp.length).ssrc());

      // The attacker replays the captured bind from its own socket: refused as a replay.
      attacker.send(first);
      awaitCounter(server, "binds.refused.replayed", 1, 5_000);
      // It captures the next bind in flight and delivers it first, from another host.
      byte[] second = RawMedia.bind(login.mediaToken(), 2, login.mediaSecret());
      elsewhere.send(second);
      awaitCounter(server, "binds.refused.wrong_address", 1, 5_000);
      // It tries the victim's token with a proof of its own, and a counter far ahead.
      attacker.send(RawMedia.forgedBind(login.mediaToken(), 1L << 31, new byte[16]));
      awaitCounter(server, "binds.refused.bad_proof", 1, 5_000);

      assertNull(attacker.receive(500), "the replaying attacker received media");
      assertNull(elsewhere.receive(100), "the other host received media");
      assertEquals(bound + 1, counter(server, "media.bound"));
      // The victim still receives, and its own next bind still works.
      victimMedia.drain(100);
      assertTrue(victimMedia.receiveRtp(2_000) != null, "the victim lost its media");
      victimMedia.send(RawMedia.bind(login.mediaToken(), 3, login.mediaSecret()));
      call.assertFlowing("after the bind attacks");
      System.out.println("captured bind: " + server.counters());
      assertEquals(BindPacket.SECRET_BYTES * 2, login.mediaSecret().length());
    }
  }
}
