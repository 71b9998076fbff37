package io.earshot.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A render sink for tests: keeps each rendered frame's time and peak per stream. */
final class RenderedAudio implements AudioRenderSink {
  /** A frame whose peak is above this (of 32767) is audible: about −50 dBFS. */
  static final int AUDIBLE_PEAK = 100;

  private record Frame(long atNanos, int peak) {}

  private final Map<String, List<Frame>> frames = new LinkedHashMap<>();

  @Override
  public void render(String streamID, short[] frame, long playoutNanos) {
    int peak = 0;
    for (short s : frame) {
      peak = Math.max(peak, Math.abs(s));
    }
    frames.computeIfAbsent(streamID, k -> new ArrayList<>()).add(new Frame(playoutNanos, peak));
  }

  /** Frames of the stream rendered at or after {@code fromNanos}. */
  int framesSince(String streamId, long fromNanos) {
    return (int)
        frames.getOrDefault(streamId, List.of()).stream()
            .filter(f -> f.atNanos >= fromNanos)
            .count();
  }

  /** Audible frames of the stream rendered at or after {@code fromNanos}. */
  int audibleSince(String streamId, long fromNanos) {
    return (int)
        frames.getOrDefault(streamId, List.of()).stream()
            .filter(f -> f.atNanos >= fromNanos && f.peak > AUDIBLE_PEAK)
            .count();
  }
}
