package io.earshot.simulator.quality;

import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.LoopingSource;
import io.earshot.simulator.audio.NoiseSource;
import io.earshot.simulator.audio.ToneSource;
import io.earshot.simulator.measure.MarkedSource;
import java.util.Optional;

/** What the harness can measure of a source, decided in one place. */
public final class SourceTraits {
  /** How the latency of a source's audio is measured. */
  public enum LatencyMethod {
    /** Windowed cross-correlation (speech, files, noise). */
    CORRELATION,
    /** Chirp markers mixed into the source (tones). */
    MARKERS,
    /** Nothing to measure (silence, unmarked tones). */
    NONE
  }

  private SourceTraits() {}

  public static LatencyMethod latencyMethod(AudioSource source) {
    if (source instanceof MarkedSource) {
      return LatencyMethod.MARKERS;
    }
    if (source instanceof LoopingSource || source instanceof NoiseSource) {
      return LatencyMethod.CORRELATION;
    }
    return LatencyMethod.NONE;
  }

  /** Whether measured MOS means something for the source: speech fixtures and audio files. */
  public static boolean scorable(AudioSource source) {
    return source instanceof LoopingSource looping && looping.speech();
  }

  /** The tone a source carries, markers or not. */
  public static Optional<ToneSource> tone(AudioSource source) {
    AudioSource inner = source instanceof MarkedSource marked ? marked.source() : source;
    return inner instanceof ToneSource tone ? Optional.of(tone) : Optional.empty();
  }
}
