package io.earshot.engine.internal.quality;

/**
 * Where the engine's MOS gets a codec's Ie and Bpl for the configured bitrate. {@link
 * OpusImpairmentTable} is the spec's interim table; calibrated values (quality-metrics §5.5) come
 * in as another implementation, for instance a lambda over a fitted table.
 */
@FunctionalInterface
public interface CodecImpairmentTable {

  /**
   * The impairment at {@code bitsPerSecond}, on the wideband scale.
   *
   * @throws IllegalArgumentException if the bitrate is not positive
   */
  CodecImpairment forBitrate(int bitsPerSecond);
}
