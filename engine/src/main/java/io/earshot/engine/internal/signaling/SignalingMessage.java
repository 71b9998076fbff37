package io.earshot.engine.internal.signaling;

import java.util.List;

/**
 * Every message of the signaling protocol (docs/protocol.md). Client requests carry a {@code seq}
 * that the server echoes in its answer. Records are immutable; lists are copied.
 */
public sealed interface SignalingMessage {
  /** The {@code type} field on the wire, from the one table of message types. */
  default String type() {
    return MessageTypes.of(this).wireName();
  }

  /** The request sequence number this message carries or answers; 0 for notifications. */
  default long seq() {
    return 0;
  }

  /** A user as it travels on the wire. */
  record WireUser(String id, String name) {}

  /** A stream as it travels on the wire. */
  record WireStream(String streamId, WireUser user, String extraInfo) {}

  /** Why a stream was deleted (contract §3.5 codes). */
  record DeleteReason(String streamId, int code) {}

  // ---- client to server ----

  /**
   * Log in to a room. {@code proof} is the AppSign proof (hex HMAC), {@code token} a Token04;
   * either may be empty. {@code resumeToken}: the media token of the session this login resumes
   * after a break (0: none); the login is verified as any other.
   */
  record Login(
      long seq,
      long appId,
      String roomId,
      WireUser user,
      int maxMemberCount,
      boolean userStatusNotify,
      String token,
      String proof,
      long resumeToken)
      implements SignalingMessage {
    /** A first login (no session to resume). */
    public Login(
        long seq,
        long appId,
        String roomId,
        WireUser user,
        int maxMemberCount,
        boolean userStatusNotify,
        String token,
        String proof) {
      this(seq, appId, roomId, user, maxMemberCount, userStatusNotify, token, proof, 0);
    }
  }

  record Logout(long seq) implements SignalingMessage {}

  record Heartbeat(long seq) implements SignalingMessage {}

  /**
   * Publish a stream whose RTP uses {@code ssrc}; {@code muted}: its audio starts muted (silence).
   */
  record Publish(long seq, String streamId, long ssrc, boolean muted) implements SignalingMessage {
    /** A publish whose audio is not muted. */
    public Publish(long seq, String streamId, long ssrc) {
      this(seq, streamId, ssrc, false);
    }
  }

  record StopPublish(long seq, String streamId) implements SignalingMessage {}

  /**
   * Play a stream; {@code muted}: the server withholds its media from this session until unmuted.
   */
  record Play(long seq, String streamId, boolean muted) implements SignalingMessage {
    /** A play that receives media. */
    public Play(long seq, String streamId) {
      this(seq, streamId, false);
    }
  }

  record StopPlay(long seq, String streamId) implements SignalingMessage {}

  /**
   * The audio of a stream this session publishes is now muted (silence) or not; players are told.
   */
  record StreamAudioState(long seq, String streamId, boolean muted) implements SignalingMessage {}

  /** Stop ({@code muted}) or resume forwarding a played stream's media to this session. */
  record PlayAudioState(long seq, String streamId, boolean muted) implements SignalingMessage {}

  /** Replace the login's token with a newer one (contract §8.5). */
  record RenewToken(long seq, String token) implements SignalingMessage {}

  // ---- server to client ----

  /** First message on every connection: the nonce the AppSign proof must cover. */
  record Hello(String nonce) implements SignalingMessage {}

  /**
   * Answer to {@link Login}: code 0 with the room's view, or a contract error code. {@code
   * resumed}: the session of the login's resume token was still there and continues.
   */
  record LoginResult(
      long seq,
      int code,
      String roomSessionId,
      long mediaToken,
      String mediaSecret,
      boolean resumed,
      List<WireUser> users,
      List<WireStream> streams)
      implements SignalingMessage {
    public LoginResult {
      users = List.copyOf(users);
      streams = List.copyOf(streams);
    }

    /** An answer to a first login. */
    public LoginResult(
        long seq,
        int code,
        String roomSessionId,
        long mediaToken,
        String mediaSecret,
        List<WireUser> users,
        List<WireStream> streams) {
      this(seq, code, roomSessionId, mediaToken, mediaSecret, false, users, streams);
    }

    /** An answer without a media secret (a refusal). */
    public LoginResult(
        long seq,
        int code,
        String roomSessionId,
        long mediaToken,
        List<WireUser> users,
        List<WireStream> streams) {
      this(seq, code, roomSessionId, mediaToken, "", false, users, streams);
    }
  }

  record LogoutResult(long seq) implements SignalingMessage {}

  record HeartbeatAck(long seq) implements SignalingMessage {}

  record PublishResult(long seq, String streamId, int code) implements SignalingMessage {}

  /** Answer to {@link Play}: accepted (code 0) or refused. */
  record PlayResult(long seq, String streamId, int code) implements SignalingMessage {}

  /**
   * A stream this session plays is being published now, with this SSRC; media follows. {@code
   * muted}: the publisher's audio is muted right now.
   */
  record StreamAvailable(String streamId, long ssrc, boolean muted) implements SignalingMessage {
    /** A stream whose publisher is not muted. */
    public StreamAvailable(String streamId, long ssrc) {
      this(streamId, ssrc, false);
    }
  }

  /** The publisher of a stream this session plays muted or unmuted its audio. */
  record RemoteMicState(String streamId, boolean muted) implements SignalingMessage {}

  /** The number of users in this session's room (itself included), after every join and leave. */
  record RoomUserCount(int count) implements SignalingMessage {}

  record UserUpdate(String updateType, List<WireUser> users) implements SignalingMessage {
    public UserUpdate {
      users = List.copyOf(users);
    }
  }

  record StreamUpdate(String updateType, List<WireStream> streams, List<DeleteReason> reasons)
      implements SignalingMessage {
    public StreamUpdate {
      streams = List.copyOf(streams);
      reasons = List.copyOf(reasons);
    }
  }

  /** Answer to {@link RenewToken}: 0, or the token's code (the old token stays in force). */
  record RenewTokenResult(long seq, int code) implements SignalingMessage {}

  /** The login's token expires in {@code remainSeconds}; sent once, 30 s before expiry. */
  record TokenWillExpire(int remainSeconds) implements SignalingMessage {}

  record KickOut(int code) implements SignalingMessage {}

  /** The server refused a message; {@code seq} is 0 when the message had none. */
  record Error(long seq, int code, String message) implements SignalingMessage {}
}
