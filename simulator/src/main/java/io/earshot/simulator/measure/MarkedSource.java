package io.earshot.simulator.measure;

import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.PcmFormat;

/**
 * Any source with {@link ChirpMarker}s mixed in, so that the latency of a tone or of silence can be
 * measured. Like every source, a pure function of how many frames it has produced.
 */
public final class MarkedSource implements AudioSource {
  private final AudioSource source;
  private final ChirpMarker marker;
  private long frames;

  /** {@code source} with {@code marker} added once per second from its first frame. */
  public MarkedSource(AudioSource source, ChirpMarker marker) {
    this.source = source;
    this.marker = marker;
  }

  @Override
  public void nextFrame(short[] frame960) {
    PcmFormat.requireFrame(frame960);
    source.nextFrame(frame960);
    marker.mixInto(frame960, frames++);
  }

  /** The source the markers are mixed into. */
  public AudioSource source() {
    return source;
  }

  @Override
  public boolean peekFrame(short[] frame960) {
    PcmFormat.requireFrame(frame960);
    if (!source.peekFrame(frame960)) {
      return false;
    }
    marker.mixInto(frame960, frames);
    return true;
  }

  @Override
  public String describe() {
    return source.describe()
        + " with a chirp marker every second at "
        + Math.round(marker.peakDbfs())
        + " dBFS peak";
  }
}
