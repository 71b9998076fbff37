package io.earshot.engine.internal.server;

import io.earshot.engine.internal.relay.LevelReport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The relay's view of one logged-in session: its media token and secret, where its signaling comes
 * from, the media address it proved, the streams it publishes (one {@link Uplink} per SSRC) and
 * plays (one {@link PlayerLeg} per stream) with their receive mutes, and what it last said about
 * itself (its round-trip reference time for XR, its network levels, its last heartbeat). Confined
 * to the media scheduler.
 */
final class MediaSession {
  final long token;
  final byte[] secret;

  /** The signaling connection's IP; binds must come from it (null: an in-memory test peer). */
  final InetAddress signalingIp;

  InetSocketAddress mediaAddress;
  long lastBindCounter = -1;

  /** Published SSRC → the stream as received. */
  final Map<Long, Uplink> published = new HashMap<>();

  /** Played stream key → the leg to this session. */
  final Map<String, PlayerLeg> legs = new HashMap<>();

  /** Keys of played streams whose media this session does not want. */
  final Set<String> receiveMuted = new HashSet<>();

  /** The session's RTCP SSRC and its last XR receiver reference time (64-bit NTP), if any. */
  long clientSsrc;

  boolean hasReference;
  long lastReferenceNtp;
  long lastReferenceArrivalNanos;

  LevelReport levels = LevelReport.UNKNOWN;
  long lastHeartbeatNanos;

  MediaSession(long token, byte[] secret, InetAddress signalingIp, long nowNanos) {
    this.token = token;
    this.secret = secret.clone();
    this.signalingIp = signalingIp;
    this.lastHeartbeatNanos = nowNanos;
  }

  /** The leg carrying SSRC {@code ssrc} to this session, or null. */
  PlayerLeg legOf(long ssrc) {
    for (PlayerLeg leg : legs.values()) {
      if (leg.ssrc() == ssrc) {
        return leg;
      }
    }
    return null;
  }
}
