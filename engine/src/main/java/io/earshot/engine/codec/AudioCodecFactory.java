package io.earshot.engine.codec;

import io.earshot.engine.internal.codec.OpusCodecFactory;

/**
 * Makes encoders and decoders of one configured codec. The media path asks the factory rather than
 * constructing a codec, so a decorator (CPU-time accounting, fault injection) can be slipped in at
 * one place.
 */
public interface AudioCodecFactory {
  /** A new encoder; the caller owns it and must close it. */
  AudioEncoder newEncoder();

  /** A new decoder; the caller owns it and must close it. */
  AudioDecoder newDecoder();

  /** Opus at the engine's defaults (48 kbit/s, mono, 20 ms), through libopus. */
  static AudioCodecFactory opus() {
    return new OpusCodecFactory();
  }
}
