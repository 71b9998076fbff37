package io.earshot.simulator.dsl;

import io.earshot.engine.ErrorCode;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.PlayoutRecorder;
import io.earshot.simulator.timeline.SoundLevelReadings.Reading;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Java form of the media sentences: mutes (microphone, published audio, received streams),
 * "hears nothing", and the sound-level monitor. Reached through {@link ScenarioDsl#media()};
 * actions mark the start of a "within" window like every other action.
 */
public final class MediaDsl {
  /**
   * How long after an action that silences a stream its audio may still play: packets in flight,
   * the jitter buffer and the decoder's loss concealment. "Hears nothing" ignores frames played
   * before.
   */
  public static final long SILENCE_GRACE_NANOS = 500_000_000L;

  /**
   * "Hears nothing" checks at least this long a window after the grace (it waits for it to pass).
   */
  public static final long SILENCE_WINDOW_NANOS = 1_000_000_000L;

  /** How a reported sound level is compared with the expected value. */
  public enum Comparison {
    ABOVE("above"),
    BELOW("below"),
    AT_LEAST("at least"),
    AT_MOST("at most");

    private final String words;

    Comparison(String words) {
      this.words = words;
    }

    /** "above", "below", "at least" or "at most"; anything else fails naming them. */
    public static Comparison of(String words) {
      for (Comparison c : values()) {
        if (c.words.equals(words.trim())) {
          return c;
        }
      }
      throw new IllegalArgumentException(
          "expected \"above\", \"below\", \"at least\" or \"at most\", found \"" + words + "\"");
    }

    boolean holds(double actual, double expected) {
      return switch (this) {
        case ABOVE -> actual > expected;
        case BELOW -> actual < expected;
        case AT_LEAST -> actual >= expected;
        case AT_MOST -> actual <= expected;
      };
    }

    @Override
    public String toString() {
      return words;
    }
  }

  private final ScenarioDsl dsl;
  private final Simulation sim;

  MediaDsl(ScenarioDsl dsl) {
    this.dsl = dsl;
    this.sim = dsl.simulation();
  }

  // ---- actions ----

  public void mutesMicrophone(String user, boolean mute) {
    sim.markAction();
    requireAccepted(user, "muteMicrophone(" + mute + ")", sim.user(user).muteMicrophone(mute));
  }

  /** The main channel's publish-stream mute: capture goes on, the stream carries silence. */
  public void mutesPublishedAudio(String user, boolean mute) {
    sim.markAction();
    requireAccepted(
        user, "mutePublishStreamAudio(" + mute + ")", sim.user(user).mutePublishedAudio(mute));
  }

  /** The receive mute of one played stream. */
  public void mutesStream(String user, String streamId, boolean mute) {
    sim.markAction();
    requireAccepted(
        user,
        "mutePlayStreamAudio(\"" + streamId + "\", " + mute + ")",
        sim.user(user).mutePlayedStream(streamId, mute));
  }

  public void mutesEveryStream(String user, boolean mute) {
    sim.markAction();
    requireAccepted(
        user, "muteAllPlayStreamAudio(" + mute + ")", sim.user(user).muteAllPlayedStreams(mute));
  }

  public void startsSoundLevelMonitor(String user, int millisecond) {
    sim.markAction();
    requireAccepted(
        user,
        "startSoundLevelMonitor(" + millisecond + " ms)",
        sim.user(user).startSoundLevelMonitor(millisecond));
  }

  public void stopsSoundLevelMonitor(String user) {
    sim.markAction();
    requireAccepted(user, "stopSoundLevelMonitor()", sim.user(user).stopSoundLevelMonitor());
  }

  /** A mute or monitor call the engine refuses fails the step with the code and its name. */
  private static void requireAccepted(String user, String call, int code) {
    if (code != 0) {
      throw new ScenarioFailure(
          "\"" + user + "\": " + call + " returned " + code + " " + ErrorCode.nameOf(code));
    }
  }

  // ---- assertions ----

  /**
   * No audible frame of the stream was played from {@link #SILENCE_GRACE_NANOS} after the last
   * action until now, and now is at least {@link #SILENCE_WINDOW_NANOS} later than that (the step
   * waits for it). The stream must have been published in the scenario; a user who does not play it
   * hears nothing.
   */
  public void hearsNothingFrom(String user, String streamId) {
    VirtualUser u = sim.user(user);
    sim.audioOf(streamId);
    long from = sim.lastActionNanos() + SILENCE_GRACE_NANOS;
    long to = Math.max(sim.clock().nowNanos(), from + SILENCE_WINDOW_NANOS);
    sim.clock().awaitUntil(() -> false, to);
    Optional<PlayoutRecorder> recorder = u.recorder(streamId);
    if (recorder.isPresent() && !recorder.get().heardNothing(from, to)) {
      throw dsl.failure(
          u,
          "expected \""
              + user
              + "\" to hear nothing from stream \""
              + streamId
              + "\" from "
              + ScenarioDsl.seconds(from)
              + " ("
              + ScenarioDsl.seconds(SILENCE_GRACE_NANOS)
              + " after the last action) to "
              + ScenarioDsl.seconds(to)
              + ", but audible frames were played; recorder: "
              + recorder.get().summary());
    }
  }

  /** A captured level reported after the last action, within the window, compares as expected. */
  public void reportsCapturedSoundLevel(
      String user, Comparison comparison, double expected, long withinNanos) {
    VirtualUser u = sim.user(user);
    awaitLevel(
        u,
        "a captured sound level",
        (from, to) ->
            u.soundLevels().anyCaptured(from, to, level -> comparison.holds(level, expected)),
        () -> u.soundLevels().latestCaptured(),
        comparison,
        expected,
        withinNanos);
  }

  /**
   * A level of the played stream reported after the last action, within the window, compares as
   * expected.
   */
  public void reportsStreamSoundLevel(
      String user, String streamId, Comparison comparison, double expected, long withinNanos) {
    VirtualUser u = sim.user(user);
    awaitLevel(
        u,
        "a sound level for stream \"" + streamId + "\"",
        (from, to) ->
            u.soundLevels()
                .anyRemote(streamId, from, to, level -> comparison.holds(level, expected)),
        () -> u.soundLevels().latestRemote(streamId),
        comparison,
        expected,
        withinNanos);
  }

  private interface WindowTest {
    boolean holds(long fromNanos, long toNanos);
  }

  private void awaitLevel(
      VirtualUser u,
      String what,
      WindowTest reported,
      Supplier<Optional<Reading>> latest,
      Comparison comparison,
      double expected,
      long withinNanos) {
    long from = sim.lastActionNanos();
    long to = from + withinNanos;
    if (!sim.clock().awaitUntil(() -> reported.holds(from, to), to)) {
      String last =
          latest
              .get()
              .map(
                  r ->
                      String.format(
                          Locale.ROOT, "%.2f at %s", r.level(), ScenarioDsl.seconds(r.atNanos())))
              .orElse("none (is the sound level monitor on?)");
      throw dsl.failure(
          u,
          "expected \""
              + u.name()
              + "\" to report "
              + what
              + " "
              + comparison
              + " "
              + expected
              + " within "
              + ScenarioDsl.seconds(withinNanos)
              + " of the last action (at "
              + ScenarioDsl.seconds(from)
              + "); the latest report: "
              + last);
    }
  }
}
