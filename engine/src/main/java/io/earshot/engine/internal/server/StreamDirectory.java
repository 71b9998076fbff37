package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage.DeleteReason;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamAvailable;
import io.earshot.engine.internal.signaling.SignalingMessage.StreamUpdate;
import io.earshot.engine.internal.signaling.SignalingMessage.WireStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who publishes which stream and who plays it. Stream IDs are unique per app (contract §6.2); a player
 * may ask for a stream before anyone publishes it and is told when it appears.
 */
final class StreamDirectory {
  private final MediaRelay relay;
  /** "appId/streamId" → publishing session. */
  private final Map<String, ServerSession> publishers = new HashMap<>();
  /** "appId/streamId" → playing sessions. */
  private final Map<String, Set<ServerSession>> players = new HashMap<>();

  StreamDirectory(MediaRelay relay) {
    this.relay = relay;
  }

  ServerSession publisherOf(long appId, String streamId) {
    return publishers.get(appId + "/" + streamId);
  }

  void publish(ServerSession session, String streamId, long ssrc) {
    String key = session.appId + "/" + streamId;
    session.publications.put(streamId, ssrc);
    publishers.put(key, session);
    relay.route(session, ssrc, key);
    WireStream stream = new WireStream(streamId, session.user, "");
    for (ServerSession member : session.room.members.values()) {
      if (member != session) {
        member.send(new StreamUpdate("ADD", List.of(stream), List.of()));
      }
    }
    for (ServerSession player : players.getOrDefault(key, Set.of())) {
      player.send(new StreamAvailable(streamId, ssrc));
    }
  }

  void unpublish(ServerSession session, String streamId, int deleteCode) {
    Long ssrc = session.publications.remove(streamId);
    if (ssrc == null) {
      return;
    }
    String key = session.appId + "/" + streamId;
    publishers.remove(key, session);
    relay.unroute(session, ssrc);
    WireStream stream = new WireStream(streamId, session.user, "");
    for (ServerSession member : session.room.members.values()) {
      if (member != session) {
        member.send(new StreamUpdate("DELETE", List.of(stream), List.of(new DeleteReason(streamId, deleteCode))));
      }
    }
  }

  void play(ServerSession session, String streamId) {
    String key = session.appId + "/" + streamId;
    if (!session.plays.add(streamId)) {
      return;
    }
    players.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(session);
    ServerSession publisher = publishers.get(key);
    if (publisher != null) {
      session.send(new StreamAvailable(streamId, publisher.publications.get(streamId)));
    }
  }

  void stopPlay(ServerSession session, String streamId) {
    if (!session.plays.remove(streamId)) {
      return;
    }
    String key = session.appId + "/" + streamId;
    Set<ServerSession> set = players.get(key);
    if (set != null) {
      set.remove(session);
      if (set.isEmpty()) {
        players.remove(key);
      }
    }
  }

  /** Removes everything the session publishes (with one DELETE per stream) and plays. */
  void removeAll(ServerSession session, int deleteCode) {
    for (String streamId : List.copyOf(session.publications.keySet())) {
      unpublish(session, streamId, deleteCode);
    }
    for (String streamId : List.copyOf(session.plays)) {
      stopPlay(session, streamId);
    }
  }

  /** The streams published in a room, except those of {@code exclude}. */
  List<WireStream> streamsIn(Room room, ServerSession exclude) {
    List<WireStream> out = new ArrayList<>();
    for (ServerSession member : room.members.values()) {
      if (member != exclude) {
        member.publications.keySet().forEach(id -> out.add(new WireStream(id, member.user, "")));
      }
    }
    return out;
  }

  /** Sessions playing a stream key, for the relay. */
  Set<ServerSession> playersOf(String key) {
    return players.getOrDefault(key, Set.of());
  }
}
