package io.earshot.simulator.dsl;

import io.earshot.engine.random.SeededRandom;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.PlayoutRecorder;
import io.earshot.simulator.audio.ToneSource;
import io.earshot.simulator.quality.AudioTrack;
import io.earshot.simulator.quality.SentStream;
import io.earshot.simulator.quality.SourceCatalog;
import io.earshot.simulator.quality.SourceTraits;
import io.earshot.simulator.quality.SpeechHearing;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * The Java form of the publishing and hearing sentences for every kind of source: tones, speech,
 * audio files, white noise and silence; "hears" (a tone at its frequency, anything else by
 * correlation with what was sent); and the room-wide sentences. Reached through {@link
 * ScenarioDsl#audio()}.
 */
public final class AudioDsl {
  private final ScenarioDsl dsl;
  private final Simulation sim;

  AudioDsl(ScenarioDsl dsl) {
    this.dsl = dsl;
    this.sim = dsl.simulation();
  }

  public void publishesSpeech(String user, String streamId) {
    dsl.publishes(user, streamId, SourceCatalog.speech(sim.nextSpeechPublisher()));
  }

  /** A WAV file; the caller resolves its path (next to the feature file). */
  public void publishesFile(String user, String streamId, Path file) {
    dsl.publishes(user, streamId, SourceCatalog.file(file));
  }

  public void publishesWhiteNoise(String user, String streamId) {
    dsl.publishes(
        user,
        streamId,
        SourceCatalog.whiteNoise(SeededRandom.derive(sim.seed(), "noise", user, streamId)));
  }

  public void publishesSilence(String user, String streamId) {
    dsl.publishes(user, streamId, SourceCatalog.silence());
  }

  /**
   * Every user who last logged in to {@code room} publishes a stream named after itself with speech
   * (each a different fixture), then plays every other one's stream.
   */
  public void everyonePublishesSpeechAndPlaysEveryoneElse(String room) {
    List<VirtualUser> members = members(room);
    for (VirtualUser u : members) {
      publishesSpeech(u.name(), u.userId());
    }
    for (VirtualUser listener : members) {
      for (VirtualUser publisher : members) {
        if (publisher != listener) {
          dsl.plays(listener.name(), publisher.userId());
        }
      }
    }
  }

  /** Every member of the room hears every other member's published stream within the window. */
  public void everyUserInRoomHearsEveryOther(String room, long withinNanos) {
    List<VirtualUser> members = members(room);
    for (VirtualUser publisher : members) {
      if (publisher.publishedStream().isEmpty()) {
        throw new ScenarioFailure(
            "expected every user in room \""
                + room
                + "\" to publish a stream, found that \""
                + publisher.name()
                + "\" publishes none");
      }
    }
    for (VirtualUser listener : members) {
      for (VirtualUser publisher : members) {
        if (publisher != listener) {
          hearsWithin(listener.name(), publisher.publishedStream().get(), withinNanos);
        }
      }
    }
  }

  /**
   * The listener plays audio matching the stream's source within the window: a tone at its
   * frequency; speech, files and noise when what was played correlates with what was sent.
   */
  public void hearsWithin(String user, String streamId, long withinNanos) {
    VirtualUser u = sim.user(user);
    AudioSource audio = sim.audioOf(streamId);
    long from = sim.lastActionNanos();
    long to = from + withinNanos;
    Optional<ToneSource> tone = SourceTraits.tone(audio);
    OptionalLong at;
    if (tone.isPresent()) {
      sim.clock().awaitUntil(() -> toneAt(u, streamId, tone.get(), from).isPresent(), to);
      at = toneAt(u, streamId, tone.get(), from);
    } else if (SourceTraits.latencyMethod(audio) == SourceTraits.LatencyMethod.CORRELATION) {
      at = correlated(u, streamId, from, to);
    } else {
      throw new ScenarioFailure(
          "\"hears\" needs a source that can be recognised; stream \""
              + streamId
              + "\" carries "
              + audio.describe()
              + " (use \"hears nothing from stream\" for silence)");
    }
    if (at.isEmpty() || at.getAsLong() > to) {
      String what =
          u.recorder(streamId)
              .map(PlayoutRecorder::summary)
              .orElse("no audio of it was played at all");
      throw dsl.failure(
          u,
          "expected \""
              + user
              + "\" to hear stream \""
              + streamId
              + "\" ("
              + audio.describe()
              + ") within "
              + ScenarioDsl.seconds(withinNanos)
              + " of the last action"
              + (tone.isPresent() ? "" : " (played audio correlating with the sent audio)")
              + "; recorder: "
              + what);
    }
  }

  private static OptionalLong toneAt(VirtualUser u, String streamId, ToneSource tone, long from) {
    return u.recorder(streamId)
        .map(r -> r.toneHeardSinceNanos(tone.frequencyHz(), 10.0, from))
        .orElse(OptionalLong.empty());
  }

  /**
   * Runs the clock until a correlating window is confirmed or one window past the deadline,
   * correlating at most every 250 ms of newly played audio.
   */
  private OptionalLong correlated(VirtualUser u, String streamId, long from, long to) {
    long[] lastFrames = {-1};
    OptionalLong[] found = {OptionalLong.empty()};
    long deadline = to + SpeechHearing.CONFIRMATION_NANOS;
    BooleanSupplier check =
        () -> {
          Optional<SentStream> sent = sim.quality().sent(streamId);
          Optional<AudioTrack> played = sim.quality().played(u.name(), streamId);
          if (sent.isEmpty() || played.isEmpty()) {
            return false;
          }
          long frames = played.get().frames();
          boolean atDeadline = sim.clock().nowNanos() >= deadline;
          if (frames == lastFrames[0] || (frames - lastFrames[0] < 12 && !atDeadline)) {
            return false;
          }
          lastFrames[0] = frames;
          long audible =
              u.recorder(streamId).flatMap(r -> box(r.firstAudibleNanos())).orElse(Long.MAX_VALUE);
          found[0] = SpeechHearing.heardAt(sent.get(), played.get(), from, to, audible);
          return found[0].isPresent();
        };
    if (!sim.clock().awaitUntil(check, deadline)) {
      lastFrames[0] = -2;
      check.getAsBoolean();
    }
    return found[0];
  }

  private static Optional<Long> box(OptionalLong value) {
    return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
  }

  private List<VirtualUser> members(String room) {
    List<VirtualUser> members =
        sim.users().stream().filter(u -> u.room().filter(room::equals).isPresent()).toList();
    if (members.size() < 2) {
      throw new ScenarioFailure(
          "expected at least two users logged in to room \""
              + room
              + "\", found "
              + (members.isEmpty() ? "none" : members.size() + " (" + members.get(0).name() + ")"));
    }
    return members;
  }
}
