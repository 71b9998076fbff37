package io.earshot.engine.internal.signaling;

import static io.earshot.engine.internal.signaling.MessageType.client;
import static io.earshot.engine.internal.signaling.MessageType.server;

import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.internal.signaling.SignalingMessage.Heartbeat;
import io.earshot.engine.internal.signaling.SignalingMessage.HeartbeatAck;
import io.earshot.engine.internal.signaling.SignalingMessage.Hello;
import io.earshot.engine.internal.signaling.SignalingMessage.KickOut;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Logout;
import io.earshot.engine.internal.signaling.SignalingMessage.LogoutResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Play;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayAudioState;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.PublishResult;
import io.earshot.engine.internal.signaling.SignalingMessage.RemoteMicState;
import io.earshot.engine.internal.signaling.SignalingMessage.RenewToken;
import io.earshot.engine.internal.signaling.SignalingMessage.RenewTokenResult;
import io.earshot.engine.internal.signaling.SignalingMessage.RoomUserCount;
import io.earshot.engine.internal.signaling.SignalingMessage.StopPlay;
import io.earshot.engine.internal.signaling.SignalingMessage.StopPublish;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAudioState;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAvailable;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.TokenWillExpire;
import io.earshot.engine.internal.signaling.SignalingMessage.UserUpdate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signaling protocol as one table (docs/protocol.md): every message type with its wire name,
 * its sender and its fields. Encoding, decoding and routing read this table; nothing else spells a
 * wire name.
 */
public final class MessageTypes {
  /** Every message type, client requests first. */
  public static final List<MessageType<?>> ALL =
      List.of(
          client(
              "login",
              Login.class,
              (m, n) -> {
                n.put("seq", m.seq()).put("appId", m.appId()).put("roomId", m.roomId());
                JsonWriting.user(n, "user", m.user());
                n.put("maxMemberCount", m.maxMemberCount());
                n.put("userStatusNotify", m.userStatusNotify());
                n.put("token", m.token()).put("proof", m.proof());
                if (m.resumeToken() != 0) {
                  n.put("resumeToken", m.resumeToken());
                }
              },
              f ->
                  new Login(
                      f.seq(),
                      f.uint32("appId"),
                      f.string("roomId"),
                      f.user("user"),
                      f.integer("maxMemberCount"),
                      f.bool("userStatusNotify"),
                      f.string("token"),
                      f.string("proof"),
                      f.optionalUint32("resumeToken"))),
          client("logout", Logout.class, (m, n) -> n.put("seq", m.seq()), f -> new Logout(f.seq())),
          client(
              "heartbeat",
              Heartbeat.class,
              (m, n) -> n.put("seq", m.seq()),
              f -> new Heartbeat(f.seq())),
          client(
              "publish",
              Publish.class,
              (m, n) ->
                  n.put("seq", m.seq())
                      .put("streamId", m.streamId())
                      .put("ssrc", m.ssrc())
                      .put("muted", m.muted()),
              f ->
                  new Publish(
                      f.seq(), f.string("streamId"), f.uint32("ssrc"), f.optionalBool("muted"))),
          client(
              "stop_publish",
              StopPublish.class,
              (m, n) -> n.put("seq", m.seq()).put("streamId", m.streamId()),
              f -> new StopPublish(f.seq(), f.string("streamId"))),
          client(
              "play",
              Play.class,
              (m, n) -> n.put("seq", m.seq()).put("streamId", m.streamId()).put("muted", m.muted()),
              f -> new Play(f.seq(), f.string("streamId"), f.optionalBool("muted"))),
          client(
              "stop_play",
              StopPlay.class,
              (m, n) -> n.put("seq", m.seq()).put("streamId", m.streamId()),
              f -> new StopPlay(f.seq(), f.string("streamId"))),
          client(
              "stream_audio_state",
              StreamAudioState.class,
              (m, n) -> n.put("seq", m.seq()).put("streamId", m.streamId()).put("muted", m.muted()),
              f -> new StreamAudioState(f.seq(), f.string("streamId"), f.bool("muted"))),
          client(
              "play_audio_state",
              PlayAudioState.class,
              (m, n) -> n.put("seq", m.seq()).put("streamId", m.streamId()).put("muted", m.muted()),
              f -> new PlayAudioState(f.seq(), f.string("streamId"), f.bool("muted"))),
          client(
              "renew_token",
              RenewToken.class,
              (m, n) -> n.put("seq", m.seq()).put("token", m.token()),
              f -> new RenewToken(f.seq(), f.string("token"))),
          server(
              "hello",
              Hello.class,
              (m, n) -> n.put("nonce", m.nonce()),
              f -> new Hello(f.string("nonce"))),
          server(
              "login_result",
              LoginResult.class,
              (m, n) -> {
                n.put("seq", m.seq()).put("code", m.code()).put("roomSessionId", m.roomSessionId());
                n.put("mediaToken", m.mediaToken()).put("mediaSecret", m.mediaSecret());
                if (m.resumed()) {
                  n.put("resumed", true);
                }
                JsonWriting.users(n, "users", m.users());
                JsonWriting.streams(n, "streams", m.streams());
              },
              f ->
                  new LoginResult(
                      f.seq(),
                      f.integer("code"),
                      f.string("roomSessionId"),
                      f.uint32("mediaToken"),
                      f.hex("mediaSecret"),
                      f.optionalBool("resumed"),
                      f.users("users"),
                      f.streams("streams"))),
          server(
              "logout_result",
              LogoutResult.class,
              (m, n) -> n.put("seq", m.seq()),
              f -> new LogoutResult(f.seq())),
          server(
              "heartbeat_ack",
              HeartbeatAck.class,
              (m, n) -> n.put("seq", m.seq()),
              f -> new HeartbeatAck(f.seq())),
          server(
              "publish_result",
              PublishResult.class,
              (m, n) -> n.put("seq", m.seq()).put("streamId", m.streamId()).put("code", m.code()),
              f -> new PublishResult(f.seq(), f.string("streamId"), f.integer("code"))),
          server(
              "play_result",
              PlayResult.class,
              (m, n) -> n.put("seq", m.seq()).put("streamId", m.streamId()).put("code", m.code()),
              f -> new PlayResult(f.seq(), f.string("streamId"), f.integer("code"))),
          server(
              "stream_available",
              StreamAvailable.class,
              (m, n) ->
                  n.put("streamId", m.streamId()).put("ssrc", m.ssrc()).put("muted", m.muted()),
              f ->
                  new StreamAvailable(
                      f.string("streamId"), f.uint32("ssrc"), f.optionalBool("muted"))),
          server(
              "remote_mic_state",
              RemoteMicState.class,
              (m, n) -> n.put("streamId", m.streamId()).put("muted", m.muted()),
              f -> new RemoteMicState(f.string("streamId"), f.bool("muted"))),
          server(
              "room_user_count",
              RoomUserCount.class,
              (m, n) -> n.put("count", m.count()),
              f -> new RoomUserCount(f.nonNegative("count"))),
          server(
              "user_update",
              UserUpdate.class,
              (m, n) -> {
                n.put("updateType", m.updateType());
                JsonWriting.users(n, "users", m.users());
              },
              f -> new UserUpdate(f.updateType(), f.users("users"))),
          server(
              "stream_update",
              StreamUpdate.class,
              (m, n) -> {
                n.put("updateType", m.updateType());
                JsonWriting.streams(n, "streams", m.streams());
                JsonWriting.reasons(n, "reasons", m.reasons());
              },
              f -> new StreamUpdate(f.updateType(), f.streams("streams"), f.reasons("reasons"))),
          server(
              "renew_token_result",
              RenewTokenResult.class,
              (m, n) -> n.put("seq", m.seq()).put("code", m.code()),
              f -> new RenewTokenResult(f.seq(), f.integer("code"))),
          server(
              "token_will_expire",
              TokenWillExpire.class,
              (m, n) -> n.put("remainSeconds", m.remainSeconds()),
              f -> new TokenWillExpire(f.integer("remainSeconds"))),
          server(
              "kick_out",
              KickOut.class,
              (m, n) -> n.put("code", m.code()),
              f -> new KickOut(f.integer("code"))),
          server(
              "error",
              Error.class,
              (m, n) -> n.put("seq", m.seq()).put("code", m.code()).put("message", m.message()),
              f -> new Error(f.seq(), f.integer("code"), f.string("message"))));

  private static final Map<String, MessageType<?>> BY_NAME = new HashMap<>();
  private static final Map<Class<?>, MessageType<?>> BY_RECORD = new HashMap<>();

  static {
    for (MessageType<?> t : ALL) {
      if (BY_NAME.put(t.wireName(), t) != null || BY_RECORD.put(t.recordType(), t) != null) {
        throw new ExceptionInInitializerError("message type listed twice: " + t.wireName());
      }
    }
  }

  private MessageTypes() {}

  /** The row of {@code message}'s record type. */
  public static MessageType<?> of(SignalingMessage message) {
    return BY_RECORD.get(message.getClass());
  }

  /** The row of a record type. */
  public static MessageType<?> of(Class<? extends SignalingMessage> recordType) {
    return BY_RECORD.get(recordType);
  }

  /** The row with this wire name, or null. */
  static MessageType<?> named(String wireName) {
    return BY_NAME.get(wireName);
  }
}
