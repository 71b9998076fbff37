package io.earshot.engine.internal.codec;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import java.util.Objects;

/**
 * Makes libopus-backed encoders and decoders for Earshot's one audio format: 48 kHz, mono, 20 ms.
 * Creating the factory does not load libopus; the first encoder or decoder does.
 */
public final class OpusCodecFactory implements AudioCodecFactory {
  /** Sampling rate of every Earshot stream and of the Opus RTP clock. */
  public static final int SAMPLE_RATE = 48_000;

  /** Earshot streams are mono. */
  public static final int CHANNELS = 1;

  private final OpusCodecConfig config;

  /** A factory with {@link OpusCodecConfig#defaults()}. */
  public OpusCodecFactory() {
    this(OpusCodecConfig.defaults());
  }

  /** A factory whose encoders use {@code config}. */
  public OpusCodecFactory(OpusCodecConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The encoder settings this factory applies. */
  public OpusCodecConfig config() {
    return config;
  }

  @Override
  public AudioEncoder newEncoder() {
    return new OpusAudioEncoder(OpusNativeLoader.ensureLoaded(), config);
  }

  @Override
  public AudioDecoder newDecoder() {
    return new OpusAudioDecoder(OpusNativeLoader.ensureLoaded());
  }
}
