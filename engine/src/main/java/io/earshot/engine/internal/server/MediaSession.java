package io.earshot.engine.internal.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The relay's view of one logged-in session: its media token and secret, where its signaling comes
 * from, the media address it proved, the SSRCs it publishes and the streams it plays with their
 * receive mutes. Confined to the media scheduler.
 */
final class MediaSession {
  final long token;
  final byte[] secret;

  /** The signaling connection's IP; binds must come from it (null: an in-memory test peer). */
  final InetAddress signalingIp;

  InetSocketAddress mediaAddress;
  long lastBindCounter = -1;

  /** Published SSRC → stream key. */
  final Map<Long, String> published = new HashMap<>();

  /** Keys of played streams whose media this session does not want. */
  final Set<String> receiveMuted = new HashSet<>();

  MediaSession(long token, byte[] secret, InetAddress signalingIp) {
    this.token = token;
    this.secret = secret.clone();
    this.signalingIp = signalingIp;
  }
}
