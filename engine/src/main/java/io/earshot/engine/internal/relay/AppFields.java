package io.earshot.engine.internal.relay;

import io.earshot.engine.StreamQualityLevel;
import java.util.Optional;

/** Field encodings shared by Earshot's own RTCP APP packets. */
final class AppFields {
  private static final StreamQualityLevel[] LEVELS = StreamQualityLevel.values();

  private AppFields() {}

  /** A rate 0..1 in millionths. */
  static int ppm(double rate) {
    return (int) Math.round(Math.max(0, Math.min(1, rate)) * 1_000_000);
  }

  /** Millionths back to a rate, or empty if outside 0..1 000 000. */
  static Optional<Double> rate(int ppm) {
    return ppm < 0 || ppm > 1_000_000 ? Optional.empty() : Optional.of(ppm / 1_000_000.0);
  }

  /** A level by its wire value (the enum's ordinal), or empty if there is none. */
  static Optional<StreamQualityLevel> level(int wire) {
    return wire < 0 || wire >= LEVELS.length ? Optional.empty() : Optional.of(LEVELS[wire]);
  }

  /** A duration in whole ms from an unsigned 32-bit field, capped at a minute. */
  static int millis(long wire) {
    return (int) Math.min(60_000, wire & 0xFFFF_FFFFL);
  }
}
