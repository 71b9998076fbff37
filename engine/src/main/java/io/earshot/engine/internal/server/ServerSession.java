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

  /** The connection this session talks through; a resumed session moves to the new one. */
  SignalingPeer peer;

  final String nonce;

  /** The session this connection's login resumed: its messages go there from now on. */
  ServerSession successor;

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

  /** The session this connection's messages belong to (itself, unless its login resumed one). */
  ServerSession current() {
    ServerSession s = this;
    while (s.successor != null) {
      s = s.successor;
    }
    return s;
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
