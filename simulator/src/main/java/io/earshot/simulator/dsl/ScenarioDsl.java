package io.earshot.simulator.dsl;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.RoomConfig;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.PlayoutRecorder;
import io.earshot.simulator.audio.ToneSource;
import io.earshot.simulator.timeline.CallbackEvent;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * The Java form of the step vocabulary: one method per sentence. Actions mark the start of a "within"
 * window; assertions wait (on the scenario's clock) for what they expect and fail with the user's whole
 * timeline.
 */
public final class ScenarioDsl {
  /** How long "receives, in order" waits after the most recent action (step vocabulary). */
  public static final long IN_ORDER_WINDOW_NANOS = 10_000_000_000L;
  /** Scenario logins turn user notifications on, as the seed's quick start does. */
  private static final RoomConfig LOGIN_CONFIG = RoomConfig.defaults().withUserStatusNotify(true);

  private final Simulation sim;
  private final MediaDsl media;

  public ScenarioDsl(Simulation sim) {
    this.sim = sim;
    this.media = new MediaDsl(this);
  }

  /** The mute, "hears nothing" and sound-level sentences. */
  public MediaDsl media() {
    return media;
  }

  public Simulation simulation() {
    return sim;
  }

  // ---- actions ----

  public void logsIn(String user, String roomId) {
    sim.markAction();
    requireAccepted(user, "loginRoom(\"" + roomId + "\")", sim.user(user).login(roomId, LOGIN_CONFIG));
  }

  public void publishes(String user, String streamId, AudioSource audio) {
    sim.markAction();
    VirtualUser u = sim.user(user);
    requireAccepted(user, "startPublishingStream(\"" + streamId + "\")", u.publish(streamId, audio));
    sim.publishedBy(streamId, u, audio);
  }

  public void publishesTone(String user, String streamId, double frequencyHz) {
    publishes(user, streamId, new ToneSource(frequencyHz, -12));
  }

  public void plays(String user, String streamId) {
    sim.markAction();
    requireAccepted(user, "startPlayingStream(\"" + streamId + "\")", sim.user(user).play(streamId));
  }

  public void stopsPublishing(String user) {
    sim.markAction();
    requireAccepted(user, "stopPublishingStream()", sim.user(user).stopPublishing());
  }

  public void stopsPlaying(String user, String streamId) {
    sim.markAction();
    requireAccepted(user, "stopPlayingStream(\"" + streamId + "\")", sim.user(user).stopPlaying(streamId));
  }

  public void logsOut(String user) {
    sim.markAction();
    requireAccepted(user, "logoutRoom()", sim.user(user).logout());
  }

  public void destroysEngine(String user) {
    sim.markAction();
    sim.user(user).destroy();
  }

  /** Lets scenario time pass (not an action: "within" windows keep counting from the last action). */
  public void timePasses(long nanos) {
    sim.clock().pass(nanos);
  }

  // ---- callback assertions ----

  public void receivesWithin(String user, ExpectedCallback expected, long withinNanos) {
    VirtualUser u = sim.user(user);
    long from = sim.lastActionNanos();
    long to = from + withinNanos;
    boolean found = sim.clock().awaitUntil(() -> u.timeline().find(expected, from, to).isPresent(), to);
    if (!found) {
      throw failure(u, "expected \"" + user + "\" to receive " + expected + " within " + seconds(withinNanos)
          + " of the last action (at " + seconds(from) + ")");
    }
  }

  public void receivesInOrder(String user, List<ExpectedCallback> expected) {
    VirtualUser u = sim.user(user);
    long to = sim.lastActionNanos() + IN_ORDER_WINDOW_NANOS;
    List<Predicate<CallbackEvent>> predicates = List.copyOf(expected);
    boolean all = sim.clock().awaitUntil(() -> u.timeline().matchInOrder(predicates, to) == expected.size(), to);
    if (!all) {
      int found = u.timeline().matchInOrder(predicates, to);
      StringBuilder msg = new StringBuilder("expected \"" + user + "\" to receive, in order:\n");
      for (int i = 0; i < expected.size(); i++) {
        msg.append(i < found ? "  found    " : i == found ? "  MISSING  " : "  not seen ").append(expected.get(i)).append('\n');
      }
      msg.append("(the first ").append(found).append(" were found in order, up to ").append(seconds(to)).append(")");
      throw failure(u, msg.toString());
    }
  }

  public void neverReceives(String user, ExpectedCallback unexpected) {
    VirtualUser u = sim.user(user);
    u.timeline().find(unexpected, 0, Long.MAX_VALUE).ifPresent(e -> {
      throw failure(u, "expected \"" + user + "\" never to receive " + unexpected + ", but it did at "
          + seconds(e.atNanos()));
    });
  }

  /** Waits up to 10 s after the last action for the user's room state to become {@code state}. */
  public void isInRoomState(String user, String state) {
    VirtualUser u = sim.user(user);
    awaitState(u, "room state", () -> u.latest("onRoomStateUpdate", null, 0).orElse("DISCONNECTED"), state);
  }

  public void publisherStateIs(String streamId, String user, String state) {
    VirtualUser u = user == null ? sim.lastPublisherOf(streamId) : sim.user(user);
    awaitState(u, "publisher state of \"" + streamId + "\"",
        () -> u.latest("onPublisherStateUpdate", streamId, 1).orElse("NO_PUBLISH"), state);
  }

  public void playerStateIs(String streamId, String user, String state) {
    VirtualUser u = sim.user(user);
    awaitState(u, "player state of \"" + streamId + "\"",
        () -> u.latest("onPlayerStateUpdate", streamId, 1).orElse("NO_PLAY"), state);
  }

  // ---- audio assertions ----

  /** The listener plays audio matching the stream's source (a tone at its frequency) within the window. */
  public void hearsWithin(String user, String streamId, long withinNanos) {
    VirtualUser u = sim.user(user);
    AudioSource audio = sim.audioOf(streamId);
    if (!(audio instanceof ToneSource tone)) {
      throw new ScenarioFailure("\"hears\" can check tones only so far; stream \"" + streamId + "\" carries "
          + audio.describe());
    }
    long from = sim.lastActionNanos();
    long to = from + withinNanos;
    boolean heard = sim.clock().awaitUntil(() -> heardAt(u, streamId, tone, from).isPresent(), to);
    OptionalLong at = heardAt(u, streamId, tone, from);
    if (!heard || at.getAsLong() > to) {
      String what = u.recorder(streamId).map(PlayoutRecorder::summary).orElse("no audio of it was played at all");
      throw failure(u, "expected \"" + user + "\" to hear stream \"" + streamId + "\" (" + audio.describe()
          + ") within " + seconds(withinNanos) + " of the last action; recorder: " + what);
    }
  }

  private static OptionalLong heardAt(VirtualUser u, String streamId, ToneSource tone, long from) {
    return u.recorder(streamId)
        .map(r -> r.toneHeardSinceNanos(tone.frequencyHz(), 10.0, from))
        .orElse(OptionalLong.empty());
  }

  // ---- helpers ----

  private void awaitState(VirtualUser u, String what, java.util.function.Supplier<String> current, String expected) {
    long to = Math.max(sim.clock().nowNanos(), sim.lastActionNanos() + IN_ORDER_WINDOW_NANOS);
    if (!sim.clock().awaitUntil(() -> current.get().equals(expected), to)) {
      throw failure(u, "expected the " + what + " of \"" + u.name() + "\" to be " + expected + ", but it is "
          + current.get());
    }
  }

  static void requireAccepted(String user, String call, int code) {
    if (code != 0) {
      throw new ScenarioFailure("\"" + user + "\": " + call + " returned " + code + " " + ErrorCode.nameOf(code));
    }
  }

  ScenarioFailure failure(VirtualUser u, String message) {
    return new ScenarioFailure(message + "\n(seed " + sim.seed() + ", " + sim.mode() + ")\n"
        + u.timeline().render());
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }
}
