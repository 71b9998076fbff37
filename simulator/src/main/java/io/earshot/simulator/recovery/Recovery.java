package io.earshot.simulator.recovery;

import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.PlayoutRecorder;
import io.earshot.simulator.timeline.CallbackEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How the call came back after one ended outage, read from the timelines and the playout recorders:
 * for each affected user, whether and when it got {@code RECONNECTED}; for each affected pair of
 * listener and stream (the streams an affected user publishes, at each user who plays them, and the
 * streams an affected user plays), when the listener heard audio again: the start of the first run
 * of 100 ms of frames above -50 dBFS that begins after the outage's end and after the audio stopped
 * (its first frame at or below -50 dBFS since the outage began). Audio that did not stop from the
 * outage's start to 1 s past its end counts as heard at the end. Each figure looks no further than
 * the next outage that affects the user or listener.
 */
public final class Recovery {
  private static final int RUN_FRAMES = PlayoutRecorder.DEFAULT_MIN_TONE_FRAMES;

  /** Audio still playing this long after an outage's end is taken as never stopped. */
  static final long STOP_WINDOW_NANOS = 1_000_000_000L;

  /** How a user's room session came through the outage. */
  public enum Status {
    /** No RECONNECTING since the outage started. */
    NO_RECONNECTING,
    RECONNECTED,
    STILL_RECONNECTING,
    /** RECONNECT_FAILED, KICK_OUT or LOGOUT after RECONNECTING. */
    ENDED
  }

  /**
   * A user's room session after the outage; {@code atNanos} and {@code how} for RECONNECTED and
   * ENDED.
   */
  public record Session(String user, Status status, long atNanos, String how) {}

  /**
   * When a listener heard a stream again, if it did; {@code stopped}: the audio stopped at all
   * (false: it played on through the outage, and {@code heardAtNanos} is the outage's end).
   */
  public record Audio(String listener, String stream, OptionalLong heardAtNanos, boolean stopped) {}

  private final Outage outage;
  private final List<Session> sessions;
  private final List<Audio> audio;

  private Recovery(Outage outage, List<Session> sessions, List<Audio> audio) {
    this.outage = outage;
    this.sessions = sessions;
    this.audio = audio;
  }

  /**
   * The figures of an ended outage for the users it affected, or only for {@code only} if not null.
   */
  public static Recovery of(Outage outage, List<VirtualUser> users, OutageLog log, String only) {
    List<Session> sessions = new ArrayList<>();
    Set<List<String>> pairs = new LinkedHashSet<>();
    for (VirtualUser u : users) {
      if (!outage.affects(u.name()) || (only != null && !only.equals(u.name()))) {
        continue;
      }
      sessions.add(session(outage, u, log.horizon(outage, u.name())));
      u.publishedStream()
          .ifPresent(
              s ->
                  users.stream()
                      .filter(l -> l != u && l.startedStreams().contains(s))
                      .forEach(l -> pairs.add(List.of(l.name(), s))));
      u.startedStreams().forEach(s -> pairs.add(List.of(u.name(), s)));
    }
    List<Audio> audio = new ArrayList<>();
    for (List<String> pair : pairs) {
      VirtualUser listener =
          users.stream().filter(u -> u.name().equals(pair.get(0))).findFirst().orElseThrow();
      long horizon = log.horizon(outage, listener.name());
      if (outage.user() != null) {
        horizon = Math.min(horizon, log.horizon(outage, outage.user()));
      }
      audio.add(heard(listener, pair.get(1), outage, horizon));
    }
    return new Recovery(outage, List.copyOf(sessions), List.copyOf(audio));
  }

  private static Session session(Outage outage, VirtualUser u, long horizon) {
    boolean broken = false;
    for (CallbackEvent e : u.timeline().events()) {
      if (e.atNanos() < outage.startNanos() || !e.callback().equals("onRoomStateChanged")) {
        continue;
      }
      if (e.atNanos() >= horizon) {
        break;
      }
      String reason = e.args().get(0);
      if (reason.equals("RECONNECTING")) {
        broken = true;
      } else if (broken && reason.equals("RECONNECTED")) {
        return new Session(u.name(), Status.RECONNECTED, e.atNanos(), reason);
      } else if (broken && !reason.equals("LOGINING") && !reason.equals("LOGINED")) {
        return new Session(u.name(), Status.ENDED, e.atNanos(), reason + " " + e.args().get(1));
      }
    }
    Status status = broken ? Status.STILL_RECONNECTING : Status.NO_RECONNECTING;
    return new Session(u.name(), status, -1, "");
  }

  private static Audio heard(VirtualUser l, String stream, Outage outage, long horizon) {
    Optional<PlayoutRecorder> recorder = l.recorder(stream);
    if (recorder.isEmpty()) {
      return new Audio(l.name(), stream, OptionalLong.empty(), true);
    }
    PlayoutRecorder r = recorder.get();
    long end = outage.endNanos();
    OptionalLong stop = r.firstInaudibleSinceNanos(outage.startNanos());
    boolean playedOn =
        stop.isEmpty()
            ? r.coversNanos(outage.startNanos(), end)
            : stop.getAsLong() >= end + STOP_WINDOW_NANOS;
    if (playedOn) {
      return new Audio(l.name(), stream, OptionalLong.of(end), false);
    }
    long from = stop.isEmpty() ? end : Math.max(end, stop.getAsLong());
    OptionalLong at = r.audibleRunSinceNanos(from, RUN_FRAMES);
    boolean inTime = at.isPresent() && at.getAsLong() < horizon;
    return new Audio(l.name(), stream, inTime ? at : OptionalLong.empty(), true);
  }

  public Outage outage() {
    return outage;
  }

  /** One per affected user, in the order users were created. */
  public List<Session> sessions() {
    return sessions;
  }

  /** One per affected (listener, stream) pair. */
  public List<Audio> audio() {
    return audio;
  }
}
