package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage.DeleteReason;
import io.earshot.engine.internal.signaling.SignalingMessage.RemoteMicState;
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
 * Who publishes which stream and who plays it. Stream IDs are unique per app (contract §6.2); a
 * player may ask for a stream before anyone publishes it and is told when it appears. It also keeps
 * the two mute states: a publication's (told to its players) and a player's receive mute (obeyed by
 * the relay).
 */
final class StreamDirectory {
  private final RelayControl relay;

  /** "appId/streamId" → publishing session. */
  private final Map<String, ServerSession> publishers = new HashMap<>();

  /** "appId/streamId" → playing sessions. */
  private final Map<String, Set<ServerSession>> players = new HashMap<>();

  StreamDirectory(RelayControl relay) {
    this.relay = relay;
  }

  ServerSession publisherOf(long appId, String streamId) {
    return publishers.get(appId + "/" + streamId);
  }

  void publish(ServerSession session, String streamId, long ssrc, boolean muted) {
    String key = session.appId + "/" + streamId;
    session.publications.put(streamId, ssrc);
    if (muted) {
      session.mutedPublications.add(streamId);
    }
    publishers.put(key, session);
    relay.publish(session.mediaToken, ssrc, key);
    WireStream stream = new WireStream(streamId, session.user, "");
    for (ServerSession member : session.room.members.values()) {
      if (member != session) {
        member.send(new StreamUpdate("ADD", List.of(stream), List.of()));
      }
    }
    for (ServerSession player : players.getOrDefault(key, Set.of())) {
      player.send(new StreamAvailable(streamId, ssrc, muted));
    }
  }

  /**
   * Mutes or unmutes the audio of a stream the session publishes and tells its players if that
   * changed. Returns false if the session does not publish {@code streamId}.
   */
  boolean setPublishMuted(ServerSession session, String streamId, boolean muted) {
    if (!session.publications.containsKey(streamId)) {
      return false;
    }
    boolean changed =
        muted
            ? session.mutedPublications.add(streamId)
            : session.mutedPublications.remove(streamId);
    if (changed) {
      for (ServerSession player : players.getOrDefault(session.appId + "/" + streamId, Set.of())) {
        player.send(new RemoteMicState(streamId, muted));
      }
    }
    return true;
  }

  /**
   * Withholds ({@code muted}) or resumes a played stream's media; false if the session does not
   * play it.
   */
  boolean setReceiveMuted(ServerSession session, String streamId, boolean muted) {
    if (!session.plays.contains(streamId)) {
      return false;
    }
    relay.setReceiveMuted(session.mediaToken, session.appId + "/" + streamId, muted);
    return true;
  }

  void unpublish(ServerSession session, String streamId, int deleteCode) {
    Long ssrc = session.publications.remove(streamId);
    if (ssrc == null) {
      return;
    }
    String key = session.appId + "/" + streamId;
    session.mutedPublications.remove(streamId);
    publishers.remove(key, session);
    relay.unpublish(session.mediaToken, ssrc);
    WireStream stream = new WireStream(streamId, session.user, "");
    for (ServerSession member : session.room.members.values()) {
      if (member != session) {
        member.send(
            new StreamUpdate(
                "DELETE", List.of(stream), List.of(new DeleteReason(streamId, deleteCode))));
      }
    }
  }

  void play(ServerSession session, String streamId, boolean receiveMuted) {
    String key = session.appId + "/" + streamId;
    if (session.plays.add(streamId)) {
      relay.play(session.mediaToken, key, receiveMuted);
      players.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(session);
    }
    // A repeated play (a resumed session asking again) is told about the publisher again too.
    ServerSession publisher = publishers.get(key);
    if (publisher != null) {
      session.send(
          new StreamAvailable(
              streamId,
              publisher.publications.get(streamId),
              publisher.mutedPublications.contains(streamId)));
    }
  }

  void stopPlay(ServerSession session, String streamId) {
    if (!session.plays.remove(streamId)) {
      return;
    }
    String key = session.appId + "/" + streamId;
    relay.stopPlay(session.mediaToken, key);
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
}
