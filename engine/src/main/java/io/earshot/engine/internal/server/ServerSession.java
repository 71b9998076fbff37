package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.server.SignalingPeer;
import io.earshot.engine.token.TokenPrivileges;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The server's view of one client connection and, once logged in, of that user in its room. */
final class ServerSession {
  enum Phase {
    CONNECTED,
    LOGGED_IN,
    GONE
  }

  final long id;
  final SignalingPeer peer;
  final String nonce;
  Phase phase = Phase.CONNECTED;
  boolean connectionOpen = true;
  long lastHeardNanos;

  /** What this connection may still ask this second (RequestLimits). */
  final RateBudget requests = new RateBudget();

  final RateBudget logins = new RateBudget();

  /** Requests refused for the rate; more than ten times the budget in a second is a flood. */
  final RateBudget refusals = new RateBudget();

  long appId;
  WireUser user;
  Room room;
  boolean userStatusNotify;

  /** The session's media token (its ID on the media path) and the secret its binds prove. */
  long mediaToken;

  byte[] mediaSecret;

  /** What the login's token allows; null for an AppSign login without a token (no restriction). */
  TokenPrivileges tokenPrivileges;

  /** Expiry of the login's token in Unix seconds; 0 without a token. */
  long tokenExpireEpochSeconds;

  /** The will-expire notice and the expiry kick-out, cancelled on renewal and on leaving. */
  Cancellable tokenTimers = Cancellable.NONE;

  /** Published stream ID → SSRC. */
  final Map<String, Long> publications = new LinkedHashMap<>();

  /** Stream IDs this session plays. */
  final Set<String> plays = new LinkedHashSet<>();

  /** Published stream IDs whose audio the publisher muted. */
  final Set<String> mutedPublications = new HashSet<>();

  /**
   * Keys ("appId/streamId") of played streams whose media the relay withholds from this session.
   */
  final Set<String> receiveMutedKeys = new HashSet<>();

  ServerSession(long id, SignalingPeer peer, String nonce, long nowNanos) {
    this.id = id;
    this.peer = peer;
    this.nonce = nonce;
    this.lastHeardNanos = nowNanos;
  }

  void send(SignalingMessage message) {
    if (connectionOpen) {
      peer.send(SignalingCodec.encode(message));
    }
  }

  String userKey() {
    return appId + "/" + user.id();
  }

  @Override
  public String toString() {
    return "session "
        + id
        + (user == null ? "" : " (" + user.id() + ")")
        + " from "
        + peer.describe();
  }
}
