package io.earshot.engine.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's side of the mute controls and the online user count (docs/protocol.md §1.2, §1.3):
 * {@code stream_audio_state}, {@code play_audio_state}, {@code remote_mic_state}, the {@code muted}
 * fields of {@code publish}, {@code play} and {@code stream_available}, and {@code
 * room_user_count}.
 */
class MediaStateServerTest {
  private record Sent(InetSocketAddress to, byte[] datagram) {}

  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final List<Sent> output = new ArrayList<>();
  private EarshotServer server;
  private int nextHost = 1;

  @BeforeEach
  void start() {
    server =
        EarshotServer.inMemory(
            ServerConfig.defaults(), scheduler, (to, d) -> output.add(new Sent(to, d)));
  }

  private FakePeer peer(String name, String room) {
    return new FakePeer(server, name, nextHost++).in(room);
  }

  private long counter(String name) {
    return server.counters().getOrDefault(name, 0L);
  }

  private static byte[] rtp(long ssrc, int sequence) {
    ByteBuffer b = ByteBuffer.allocate(32);
    b.put((byte) 0x80)
        .put((byte) 111)
        .putShort((short) sequence)
        .putInt(sequence * 960)
        .putInt((int) ssrc);
    return b.array();
  }

  private long sentTo(FakePeer p) {
    return output.stream().filter(s -> s.to().equals(p.mediaAddress)).count();
  }

  // ---- publisher mute ----

  @Test
  void publisherMuteReachesEveryPlayerOnceAndNotThePublisherOrOthers() {
    FakePeer alice = peer("alice", "room1");
    FakePeer bob = peer("bob", "room1");
    FakePeer carol = peer("carol", "room1");
    FakePeer dave = peer("dave", "room1");
    alice.send(new Publish(alice.seq++, "s1", 11));
    bob.send(new Play(bob.seq++, "s1"));
    carol.send(new Play(carol.seq++, "s1"));
    assertEquals(new StreamAvailable("s1", 11, false), bob.last(StreamAvailable.class));
    alice.inbox.clear();
    bob.inbox.clear();
    carol.inbox.clear();
    dave.inbox.clear();

    alice.send(new StreamAudioState(alice.seq++, "s1", true));
    alice.send(new StreamAudioState(alice.seq++, "s1", true));
    assertEquals(List.of(new RemoteMicState("s1", true)), bob.inbox, "once, though asked twice");
    assertEquals(List.of(new RemoteMicState("s1", true)), carol.inbox);
    assertEquals(List.of(), alice.inbox, "the publisher is not told, and success has no answer");
    assertEquals(List.of(), dave.inbox, "a member who does not play s1 is not told");

    alice.send(new StreamAudioState(alice.seq++, "s1", false));
    assertEquals(
        List.of(new RemoteMicState("s1", true), new RemoteMicState("s1", false)), bob.inbox);
  }

  @Test
  void aNewPlayerLearnsTheCurrentMuteWithStreamAvailable() {
    FakePeer alice = peer("alice", "room1");
    FakePeer bob = peer("bob", "room1");
    alice.send(new Publish(alice.seq++, "s1", 11));
    alice.send(new StreamAudioState(alice.seq++, "s1", true));
    bob.send(new Play(bob.seq++, "s1"));
    assertEquals(new StreamAvailable("s1", 11, true), bob.last(StreamAvailable.class));
    assertTrue(
        bob.all(RemoteMicState.class).isEmpty(),
        "stream_available carries it; no extra notification");
  }

  @Test
  void publishCarriesTheInitialMuteToWaitingPlayersAndStopPublishForgetsIt() {
    FakePeer alice = peer("alice", "room1");
    FakePeer bob = peer("bob", "room1");
    bob.send(new Play(bob.seq++, "s1"));
    alice.send(new Publish(alice.seq++, "s1", 11, true));
    assertEquals(
        new StreamAvailable("s1", 11, true), bob.last(StreamAvailable.class), "a waiting player");
    alice.send(new StopPublish(alice.seq++, "s1"));
    alice.send(new Publish(alice.seq++, "s1", 12));
    assertEquals(
        new StreamAvailable("s1", 12, false),
        bob.last(StreamAvailable.class),
        "the new publication's state");
  }

  // ---- receive mute ----

  @Test
  void receiveMuteWithholdsTheStreamFromThatPlayerOnly() {
    FakePeer alice = peer("alice", "room1");
    FakePeer bob = peer("bob", "room1");
    FakePeer carol = peer("carol", "room1");
    alice.send(new Publish(alice.seq++, "s1", 11));
    bob.send(new Play(bob.seq++, "s1"));
    carol.send(new Play(carol.seq++, "s1"));
    server.onDatagram(alice.mediaAddress, rtp(11, 1));
    assertEquals(1, sentTo(bob));

    bob.send(new PlayAudioState(bob.seq++, "s1", true));
    server.onDatagram(alice.mediaAddress, rtp(11, 2));
    server.onDatagram(alice.mediaAddress, rtp(11, 3));
    assertEquals(1, sentTo(bob), "nothing while muted");
    assertEquals(3, sentTo(carol), "carol unaffected");
    assertEquals(2, counter("rtp.withheld_receive_muted"));
    assertTrue(bob.all(SignalingMessage.Error.class).isEmpty());

    bob.send(new PlayAudioState(bob.seq++, "s1", false));
    server.onDatagram(alice.mediaAddress, rtp(11, 4));
    assertEquals(2, sentTo(bob), "forwarding resumes");
  }

  @Test
  void playMutedFromTheStartAndStopPlayResetsTheMute() {
    FakePeer alice = peer("alice", "room1");
    FakePeer bob = peer("bob", "room1");
    alice.send(new Publish(alice.seq++, "s1", 11));
    bob.send(new Play(bob.seq++, "s1", true));
    assertEquals(
        new StreamAvailable("s1", 11, false),
        bob.last(StreamAvailable.class),
        "the player state goes on");
    server.onDatagram(alice.mediaAddress, rtp(11, 1));
    assertEquals(0, sentTo(bob));
    bob.send(new StopPlay(bob.seq++, "s1"));
    bob.send(new Play(bob.seq++, "s1"));
    server.onDatagram(alice.mediaAddress, rtp(11, 2));
    assertEquals(1, sentTo(bob), "a new play starts unmuted");
  }

  // ---- refusals ----

  @Test
  void malformedOrMisdirectedMuteRequestsAreRefusedCountedAndDisturbNobody() {
    FakePeer alice = peer("alice", "room1");
    FakePeer bob = peer("bob", "room1");
    alice.send(new Publish(alice.seq++, "s1", 11));
    bob.send(new Play(bob.seq++, "s1"));
    alice.inbox.clear();
    bob.inbox.clear();

    bob.send(new StreamAudioState(40, "s1", true));
    assertEquals(404, bob.last(SignalingMessage.Error.class).code(), "bob does not publish s1");
    assertEquals(40, bob.last(SignalingMessage.Error.class).seq());
    alice.send(new PlayAudioState(41, "s1", true));
    assertEquals(404, alice.last(SignalingMessage.Error.class).code(), "alice does not play s1");
    alice.send(new StreamAudioState(42, "bad id!", true));
    SignalingMessage.Error invalid = alice.last(SignalingMessage.Error.class);
    assertEquals(400, invalid.code());
    assertTrue(invalid.message().contains("COMMON_STREAM_ID_INVALID_CHARACTER"), invalid.message());
    bob.send(new PlayAudioState(43, "", true));
    assertEquals(400, bob.last(SignalingMessage.Error.class).code());
    bob.send(new PlayAudioState(44, "s".repeat(256), true));
    assertEquals(400, bob.last(SignalingMessage.Error.class).code());
    alice.sendText(
        "{\"type\":\"stream_audio_state\",\"seq\":45,\"streamId\":\"s1\",\"muted\":\"yes\"}");
    assertEquals(400, alice.last(SignalingMessage.Error.class).code());
    bob.sendText("{\"type\":\"play_audio_state\",\"seq\":46,\"streamId\":\"s1\"}");
    assertEquals(400, bob.last(SignalingMessage.Error.class).code());
    alice.send(new RemoteMicState("s1", true));
    assertEquals(400, alice.last(SignalingMessage.Error.class).code(), "a server-only message");
    FakePeer stranger = new FakePeer(server, "eve", nextHost++);
    stranger.send(new StreamAudioState(47, "s1", true));
    assertEquals(401, stranger.last(SignalingMessage.Error.class).code());

    assertEquals(1, counter("messages.not_publishing"));
    assertEquals(1, counter("messages.not_playing"));
    assertEquals(3, counter("messages.invalid_stream_id"));
    assertEquals(2, counter("messages.malformed"));
    assertEquals(1, counter("messages.unexpected"));
    assertEquals(1, counter("messages.before_login"));
    assertTrue(bob.all(RemoteMicState.class).isEmpty(), "no refused request changed s1's state");
    server.onDatagram(alice.mediaAddress, rtp(11, 1));
    assertEquals(1, sentTo(bob), "bob still receives s1");
    alice.send(new StreamAudioState(alice.seq++, "s1", true));
    assertEquals(
        List.of(new RemoteMicState("s1", true)),
        bob.all(RemoteMicState.class),
        "and alice can still mute");
  }

  // ---- online user count ----

  @Test
  void everyJoinAndLeaveAnnouncesTheRoomSizeToEveryMember() {
    FakePeer alice = new FakePeer(server, "alice", nextHost++);
    alice.login("room1");
    assertEquals(
        List.of(LoginResult.class, RoomUserCount.class),
        alice.inbox.stream().map(Object::getClass).toList(),
        "the joiner learns the count right after its login result");
    assertEquals(new RoomUserCount(1), alice.last(RoomUserCount.class));
    FakePeer bob = peer("bob", "room1");
    assertEquals(new RoomUserCount(2), alice.last(RoomUserCount.class));
    FakePeer other = peer("olga", "room2");
    alice.inbox.clear();
    bob.inbox.clear();
    peer("carol", "room1");
    assertEquals(List.of(new RoomUserCount(3)), alice.all(RoomUserCount.class));
    assertEquals(List.of(new RoomUserCount(3)), bob.all(RoomUserCount.class));
    bob.send(new Logout(bob.seq++));
    assertEquals(new RoomUserCount(2), alice.last(RoomUserCount.class));
    assertTrue(other.all(RoomUserCount.class).isEmpty(), "another room hears nothing");
  }
}
