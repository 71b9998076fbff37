package io.earshot.simulator.audio;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.simulator.internal.DaemonPools;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Codecs for one simulated user whose encoders encode the next frame ahead, on a worker thread,
 * while the simulation goes on: libopus takes about 200 µs a frame, most of a simulated call's CPU,
 * and a simulation is otherwise one thread. The guess is the frame the user's source will give next
 * ({@link AudioSource#peekFrame}); see {@link LookaheadEncoder} for why every payload is still
 * exactly what encoding in order would give. Decoders likewise decode the payload the jitter buffer
 * will play next ({@link LookaheadDecoder}).
 */
public final class LookaheadCodecs implements AudioCodecFactory {
  private static final ExecutorService WORKERS =
      DaemonPools.newestFirstBesideTheMainThread("earshot-codec");

  /** What a user's source will give next: {@link AudioSource#peekFrame} of its current source. */
  @FunctionalInterface
  public interface Upcoming {
    /** Fills the frame with the next one and returns true, or returns false if unknown. */
    boolean peekFrame(short[] frame960);
  }

  private final AudioCodecFactory delegate;
  private final Upcoming next;

  /**
   * @param delegate the codecs to use; their encoders must save and restore their state to be
   *     encoded ahead (others are used as they are)
   * @param next what the user's source will give next
   */
  public LookaheadCodecs(AudioCodecFactory delegate, Upcoming next) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.next = Objects.requireNonNull(next, "next");
  }

  /**
   * Each user's codecs: {@code shared} encoding ahead when {@code ahead} (simulated time, where the
   * extra core is free), {@code shared} itself otherwise.
   */
  public static Function<Upcoming, AudioCodecFactory> perUser(
      AudioCodecFactory shared, boolean ahead) {
    return next -> ahead ? new LookaheadCodecs(shared, next) : shared;
  }

  @Override
  public AudioEncoder newEncoder() {
    return new LookaheadEncoder(delegate.newEncoder(), next, WORKERS);
  }

  @Override
  public AudioDecoder newDecoder() {
    return new LookaheadDecoder(delegate.newDecoder(), WORKERS);
  }
}
