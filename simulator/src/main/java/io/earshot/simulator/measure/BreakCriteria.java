package io.earshot.simulator.measure;

/**
 * When played audio counts as broken (quality-metrics §7.1, measured breaks). The defaults are
 * written down here and nowhere else.
 *
 * @param frameMs analysis frame (default 10 ms)
 * @param activeWithinDb a source frame is active when within this of the source's loudest frame
 *     (default 30 dB)
 * @param dropDb a played frame this much below its source frame is broken (default 20 dB)
 * @param spectralDistanceDb a played frame whose spectral shape differs from its source frame's by
 *     more than this log-spectral distance is broken (default 15 dB)
 * @param minBreakMs a run of broken frames at least this long is a break (default 200 ms)
 */
public record BreakCriteria(
    double frameMs,
    double activeWithinDb,
    double dropDb,
    double spectralDistanceDb,
    double minBreakMs) {

  /**
   * @throws IllegalArgumentException if a value is out of range
   */
  public BreakCriteria {
    if (!(frameMs >= 5 && frameMs <= 40)) {
      throw new IllegalArgumentException("expected a frame of 5 to 40 ms, found " + frameMs);
    }
    if (!(activeWithinDb > 0 && dropDb > 0 && spectralDistanceDb > 0)) {
      throw new IllegalArgumentException(
          "expected positive thresholds in dB, found active within "
              + activeWithinDb
              + ", drop "
              + dropDb
              + ", spectral distance "
              + spectralDistanceDb);
    }
    if (!(minBreakMs >= frameMs)) {
      throw new IllegalArgumentException(
          "expected a minimum break of at least one frame ("
              + frameMs
              + " ms), found "
              + minBreakMs);
    }
  }

  /** 10 ms frames; active within 30 dB; broken at 20 dB down or LSD above 15 dB; 200 ms runs. */
  public static BreakCriteria defaults() {
    return new BreakCriteria(10, 30, 20, 15, 200);
  }
}
