/**
 * Audio codecs behind small interfaces ({@link io.earshot.engine.codec.AudioEncoder}, {@link
 * io.earshot.engine.codec.AudioDecoder}, made by an {@link
 * io.earshot.engine.codec.AudioCodecFactory}) so callers can decorate them; the Opus implementation
 * binds libopus through opus-java/JNA. Format: 48 kHz, mono, 16-bit, 20 ms frames.
 */
package io.earshot.engine.internal.codec;
