package io.earshot.engine;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.internal.media.JitterBufferConfig;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.transport.ClientTransport;
import java.util.Objects;

/**
 * Everything an engine needs from the world around it: its scheduler (the only source of time), its
 * transport to the server, its audio devices, its codec and the seed of its random choices. Real
 * time and simulated time differ only in the scheduler and the transport. Immutable; build with
 * {@link #builder}.
 */
public final class EngineEnvironment {
  private final Scheduler scheduler;
  private final ClientTransport transport;
  private final AudioCaptureSource captureSource;
  private final AudioRenderSink renderSink;
  private final AudioCodecFactory codecs;
  private final long seed;
  private final int jitterBufferMillis;
  private final EngineTimings timings;
  private final boolean lossRecovery;

  private EngineEnvironment(Builder b) {
    this.scheduler = Objects.requireNonNull(b.scheduler, "scheduler");
    this.transport = Objects.requireNonNull(b.transport, "transport");
    this.captureSource = b.captureSource;
    this.renderSink = b.renderSink;
    this.codecs = Objects.requireNonNull(b.codecs, "codecs");
    this.seed = b.seed;
    this.jitterBufferMillis = b.jitterBufferMillis;
    this.timings = b.timings;
    this.lossRecovery = b.lossRecovery;
  }

  /** Whether the engine recovers lost packets (NACK retransmissions and Opus in-band FEC). */
  public boolean lossRecovery() {
    return lossRecovery;
  }

  /** Heartbeats, liveness and reconnection timings (contract §7). */
  public EngineTimings timings() {
    return timings;
  }

  /** A builder with silence as capture, a discarding render sink, Opus and seed 0. */
  public static Builder builder(Scheduler scheduler, ClientTransport transport) {
    return new Builder(scheduler, transport);
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public ClientTransport transport() {
    return transport;
  }

  public AudioCaptureSource captureSource() {
    return captureSource;
  }

  public AudioRenderSink renderSink() {
    return renderSink;
  }

  public AudioCodecFactory codecs() {
    return codecs;
  }

  public long seed() {
    return seed;
  }

  public int jitterBufferMillis() {
    return jitterBufferMillis;
  }

  /** Builder of {@link EngineEnvironment}; the defaults are written here and nowhere else. */
  public static final class Builder {
    private final Scheduler scheduler;
    private final ClientTransport transport;
    private AudioCaptureSource captureSource = AudioCaptureSource.silence();
    private AudioRenderSink renderSink = AudioRenderSink.discard();
    private AudioCodecFactory codecs = AudioCodecFactory.opus();
    private long seed;
    private EngineTimings timings = EngineTimings.DEFAULTS;
    private boolean lossRecovery = true;
    private int jitterBufferMillis = JitterBufferConfig.DEFAULT_TARGET_MILLIS;

    private Builder(Scheduler scheduler, ClientTransport transport) {
      this.scheduler = scheduler;
      this.transport = transport;
    }

    public Builder captureSource(AudioCaptureSource source) {
      this.captureSource = Objects.requireNonNull(source, "captureSource");
      return this;
    }

    public Builder renderSink(AudioRenderSink sink) {
      this.renderSink = Objects.requireNonNull(sink, "renderSink");
      return this;
    }

    public Builder codecs(AudioCodecFactory factory) {
      this.codecs = Objects.requireNonNull(factory, "codecs");
      return this;
    }

    /** Seed of the engine's random choices (SSRCs, initial RTP sequence numbers and timestamps). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Target delay of the playout jitter buffer, 20–1000 ms (default 60). */
    public Builder jitterBufferMillis(int millis) {
      if (millis < 20 || millis > 1000) {
        throw new IllegalArgumentException(
            "jitter buffer target must be 20–1000 ms, was " + millis);
      }
      this.jitterBufferMillis = millis;
      return this;
    }

    /** The contract's timings by default; a test may shorten the reconnection window. */
    public Builder timings(EngineTimings timings) {
      this.timings = Objects.requireNonNull(timings, "timings");
      return this;
    }

    /**
     * Switches loss recovery (NACK and in-band FEC) on (default) or off, e.g. to show what it buys.
     */
    public Builder lossRecovery(boolean enabled) {
      this.lossRecovery = enabled;
      return this;
    }

    public EngineEnvironment build() {
      return new EngineEnvironment(this);
    }
  }
}
