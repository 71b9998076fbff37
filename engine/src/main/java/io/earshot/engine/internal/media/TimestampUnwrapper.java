package io.earshot.engine.internal.media;

/** Extends 32-bit RTP timestamps past their wraps, relative to the first one seen. */
public final class TimestampUnwrapper {
  private boolean started;
  private long lastRaw;
  private long lastExtended;

  /** The extended timestamp of {@code timestamp} (unsigned 32-bit). */
  public long extend(long timestamp) {
    if (!started) {
      started = true;
      lastRaw = timestamp;
      lastExtended = 1L << 32; // room to go back before the first one
      return lastExtended;
    }
    int delta = (int) (timestamp - lastRaw); // signed distance on the 32-bit circle
    long extended = lastExtended + delta;
    if (delta > 0) {
      lastRaw = timestamp;
      lastExtended = extended;
    }
    return extended;
  }
}
