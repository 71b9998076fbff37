package io.earshot.simulator.measure;

/**
 * How a long call is cut for measured MOS: windows of {@code windowSeconds} every {@code
 * hopSeconds}. ViSQOL and PESQ are built for 8–12 s of speech, so a call is scored in such windows
 * rather than as a whole; the defaults are 10 s windows with 50 % overlap.
 *
 * @param windowSeconds 4 to 20 s
 * @param hopSeconds more than 0 and at most the window
 */
public record MosWindowing(double windowSeconds, double hopSeconds) {
  /** Default window length. */
  public static final double DEFAULT_WINDOW_SECONDS = 10.0;

  /** Default hop: half a window. */
  public static final double DEFAULT_HOP_SECONDS = 5.0;

  /**
   * @throws IllegalArgumentException if a value is out of range
   */
  public MosWindowing {
    if (!(windowSeconds >= 4 && windowSeconds <= 20)) {
      throw new IllegalArgumentException(
          "expected a window of 4 to 20 seconds, found " + windowSeconds);
    }
    if (!(hopSeconds > 0 && hopSeconds <= windowSeconds)) {
      throw new IllegalArgumentException(
          "expected a hop above 0 and at most the window ("
              + windowSeconds
              + " s), found "
              + hopSeconds);
    }
  }

  /** 10 s windows every 5 s. */
  public static MosWindowing defaults() {
    return new MosWindowing(DEFAULT_WINDOW_SECONDS, DEFAULT_HOP_SECONDS);
  }
}
