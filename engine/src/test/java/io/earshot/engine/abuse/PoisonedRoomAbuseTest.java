package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.ExpressEngine;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.User;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.PublishResult;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.WireStream;
import io.earshot.engine.server.EarshotServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Finding 4 (high): login_result listed every stream of the room without a cap and a session could
 * publish any number of streams, so about 200 long stream IDs made a joiner's answer exceed the
 * client's 64 KiB and nobody could join. Now a session publishes at most 4 streams, and a joiner of
 * a room with 201 streams of 255-character IDs gets them in pages that each fit.
 */
class PoisonedRoomAbuseTest {
  private static final int POISONERS = 50;
  private static final int STREAMS_EACH = 4;
  private static final int ALL_STREAMS = POISONERS * STREAMS_EACH + 1; // and alice's voice

  private static String longId(int session, int k) {
    String head = "p" + session + "_" + k + "_";
    return head + "x".repeat(255 - head.length());
  }

  @Test
  void aJoinerOfAPoisonedRoomGetsEveryStreamInPagesThatFit() throws Exception {
    try (EarshotServer server = AbuseServers.start(l -> l.set("loginsPerAddressPerSecond", 1_000));
        OrdinaryCall call = OrdinaryCall.start(server)) {
      List<RawWebSocket> poisoners = new ArrayList<>();
      try {
        for (int i = 0; i < POISONERS; i++) {
          RawWebSocket ws =
              RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
          poisoners.add(ws);
          String user = "poisoner" + i + "_" + "u".repeat(40);
          assertEquals(0, ws.login(OrdinaryCall.ROOM, user).code());
          for (int k = 0; k <= STREAMS_EACH; k++) {
            ws.send(new Publish(ws.nextSeq(), longId(i, k), 1_000L * i + k));
            PublishResult r = (PublishResult) ws.next(PublishResult.class::isInstance, 5_000);
            // The fifth is one more than the session's publish channels allow.
            assertEquals(k < STREAMS_EACH ? 0 : ErrorCode.PUBLISHER_ERROR_SERVER_FORBID, r.code());
          }
        }
        assertEquals(POISONERS, counter(server, "limits.refused.streams_per_session"));

        // A raw joiner: every message fits the client's limit, and together they list everything.
        try (RawWebSocket joiner =
            RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain())) {
          joiner.send(joiner.loginMessage(OrdinaryCall.ROOM, "raw-joiner"));
          Set<String> streams = new HashSet<>();
          int largest = 0;
          int messages = 0;
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
          while (streams.size() < ALL_STREAMS && System.nanoTime() < deadline) {
            String text = joiner.readText(5_000);
            assertTrue(text != null, "the joiner was disconnected");
            largest = Math.max(largest, text.getBytes(StandardCharsets.UTF_8).length);
            SignalingMessage m = RawWebSocket.decode(text);
            List<WireStream> listed =
                m instanceof LoginResult r
                    ? r.streams()
                    : m instanceof StreamUpdate u && u.updateType().equals("ADD")
                        ? u.streams()
                        : List.of();
            if (m instanceof LoginResult r) {
              assertEquals(0, r.code());
            }
            listed.forEach(s -> streams.add(s.streamId()));
            messages++;
          }
          System.out.printf(
              "poisoned room: %d streams in %d messages, the largest %d bytes%n",
              streams.size(), messages, largest);
          assertEquals(ALL_STREAMS, streams.size());
          assertTrue(largest <= SignalingCodec.MAX_MESSAGE_BYTES, "a message of " + largest);
        }

        // A real engine joins too: LOGINED, and every stream across its ADD callbacks.
        Recorder carolLog = new Recorder();
        ExpressEngine carol = call.newEngine(carolLog, 3);
        try {
          assertEquals(
              0, carol.loginRoom(OrdinaryCall.ROOM, User.of("carol"), RoomConfig.defaults()));
          carolLog.await("onRoomStateChanged LOGINED 0", 5, TimeUnit.SECONDS);
          assertEquals(ALL_STREAMS, carolLog.awaitStreams(ALL_STREAMS, 5, TimeUnit.SECONDS));
          assertTrue(carolLog.streamAddCallbacks() >= 2, "one callback for 201 streams?");
          assertEquals(0L, carol.counters().get("signaling.malformed"));
        } finally {
          carol.destroyEngine();
        }
        call.assertFlowing("in the poisoned room");
      } finally {
        poisoners.forEach(RawWebSocket::close);
      }
    }
  }
}
