package io.earshot.simulator.quality;

import io.earshot.simulator.audio.AudioSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The measurements of a scenario's pairs, computed when asked from what has been recorded so far
 * and kept until more audio arrives. {@link #all()} measures the pairs in parallel (each pair's
 * analysis is a pure function of its recordings, so the result does not depend on the order).
 */
public final class CallMeasurements {
  /** What the recordings alone do not tell: the simulation answers. */
  public interface Context {
    /** The source the stream's publisher sent. */
    AudioSource source(String streamId);

    /** The first audible frame the listener played of the stream. */
    OptionalLong firstAudibleNanos(PairKey pair);

    /** The SSRC the listener's engine received the stream with. */
    OptionalLong ssrc(PairKey pair);
  }

  private record Cached(long sentFrames, long playedFrames, PairMeasurement measurement) {}

  private final QualityRecorder recorder;
  private final Context context;
  private final Map<PairKey, Cached> cache = new HashMap<>();

  public CallMeasurements(QualityRecorder recorder, Context context) {
    this.recorder = recorder;
    this.context = context;
  }

  /** The pair's measurement; empty if the listener played nothing of the stream. */
  public Optional<PairMeasurement> pair(String listener, String streamId) {
    PairKey key = new PairKey(listener, streamId);
    Optional<AudioTrack> played = recorder.played(listener, streamId);
    Optional<SentStream> sent = recorder.sent(streamId);
    if (played.isEmpty() || sent.isEmpty()) {
      return Optional.empty();
    }
    long sentFrames = sent.get().track().frames();
    long playedFrames = played.get().frames();
    synchronized (cache) {
      Cached c = cache.get(key);
      if (c != null && c.sentFrames == sentFrames && c.playedFrames == playedFrames) {
        return Optional.of(c.measurement);
      }
    }
    PairMeasurement m =
        PairAnalyzer.analyze(
            new PairAnalyzer.Input(
                key,
                sent.get(),
                played.get(),
                context.source(streamId),
                context.firstAudibleNanos(key),
                recorder.packets(),
                context.ssrc(key)));
    synchronized (cache) {
      cache.put(key, new Cached(sentFrames, playedFrames, m));
    }
    return Optional.of(m);
  }

  /** Every pair that played audio, measured, by listener then stream. */
  public List<PairMeasurement> all() {
    return recorder.pairs().parallelStream()
        .map(k -> pair(k.listener(), k.streamId()))
        .flatMap(Optional::stream)
        .toList();
  }

  public QualityRecorder recorder() {
    return recorder;
  }
}
