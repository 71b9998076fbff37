package io.earshot.simulator.audio;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the raw audio of a scenario in memory when asked to ({@code @record-audio}, {@code earshot
 * run --record-audio}): every frame a user captured and every frame a listener played, per stream.
 * 96 KB per second per recorded track, so it is off by default. Frames arrive on engine threads.
 */
public final class RecordedPcm implements PcmRecordings {
  /** Longest pause filled with silence (a minute); a longer one is left out. */
  private static final long MAX_GAP_SAMPLES = 60L * PcmFormat.SAMPLE_RATE_HZ;

  private final Map<String, Track> sent = new HashMap<>();
  private final Map<String, Track> played = new HashMap<>();

  /** One growing track: frames appended back to back from the first one's time. */
  private static final class Track {
    private final long startNanos;
    private short[] samples = new short[PcmFormat.SAMPLE_RATE_HZ];
    private int size;

    Track(long startNanos) {
      this.startNanos = startNanos;
    }

    /** Appends a frame; a pause before it (a stream stopped, then played again) becomes silence. */
    void append(short[] frame, long atNanos) {
      long expected = startNanos + size * 1_000_000_000L / PcmFormat.SAMPLE_RATE_HZ;
      long gap = (atNanos - expected) * PcmFormat.SAMPLE_RATE_HZ / 1_000_000_000L;
      int silence = gap > frame.length / 2 && gap < MAX_GAP_SAMPLES ? (int) gap : 0;
      int needed = size + silence + frame.length;
      if (needed > samples.length) {
        samples = Arrays.copyOf(samples, Math.max(needed, samples.length * 2));
      }
      size += silence;
      System.arraycopy(frame, 0, samples, size, frame.length);
      size += frame.length;
    }

    PcmTrack snapshot() {
      return new PcmTrack(startNanos, Arrays.copyOf(samples, size));
    }
  }

  /** A frame {@code publisher} captured at scenario time {@code atNanos}. */
  public synchronized void captured(String publisher, short[] frame, long atNanos) {
    sent.computeIfAbsent(publisher, k -> new Track(atNanos)).append(frame, atNanos);
  }

  /** A frame {@code listener} played of {@code streamId} at scenario time {@code atNanos}. */
  public synchronized void played(String listener, String streamId, short[] frame, long atNanos) {
    played
        .computeIfAbsent(listener + "\u0000" + streamId, k -> new Track(atNanos))
        .append(frame, atNanos);
  }

  @Override
  public synchronized Optional<PcmTrack> sent(String publisher) {
    return Optional.ofNullable(sent.get(publisher)).map(Track::snapshot);
  }

  @Override
  public synchronized Optional<PcmTrack> played(String listener, String streamId) {
    return Optional.ofNullable(played.get(listener + "\u0000" + streamId)).map(Track::snapshot);
  }
}
