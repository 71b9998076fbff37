package io.earshot.simulator.quality;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one published stream sent: its publisher, its audio on the scenario clock from its first
 * captured frame, and when each frame was captured (to tell an RTP timestamp's capture time).
 */
public final class SentStream implements AutoCloseable {
  private final String streamId;
  private final String publisher;
  private final AudioTrack track;
  private long[] captureNanos = new long[1024];
  private int frames;

  SentStream(String streamId, String publisher, long firstFrameNanos, Optional<Path> spool) {
    this.streamId = streamId;
    this.publisher = publisher;
    this.track = new AudioTrack(firstFrameNanos, spool, publisher + "--" + streamId);
  }

  synchronized void onFrame(short[] frame, long nanos) {
    track.append(frame, nanos);
    if (frames == captureNanos.length) {
      captureNanos = Arrays.copyOf(captureNanos, frames * 2);
    }
    captureNanos[frames++] = nanos;
  }

  public String streamId() {
    return streamId;
  }

  public String publisher() {
    return publisher;
  }

  public AudioTrack track() {
    return track;
  }

  /** The capture time of the latest frame captured at or before {@code nanos}; empty if none. */
  public synchronized OptionalLong capturedAtOrBefore(long nanos) {
    int low = 0;
    int high = frames;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (captureNanos[mid] <= nanos) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low == 0 ? OptionalLong.empty() : OptionalLong.of(captureNanos[low - 1]);
  }

  @Override
  public void close() {
    track.close();
  }
}
