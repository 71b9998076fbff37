package io.earshot.simulator.quality;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One stream's audio on the scenario clock, as sent by its publisher or as played by one listener:
 * sample 0 is the stream's first captured frame, and each 20 ms frame lands where its time puts it
 * (silence in between). A frame within 100 ms of where the previous one ended is taken to follow it
 * directly, so the jitter of real-time scheduling neither opens gaps nor overlaps frames.
 *
 * <p>Keeps a 16 kHz copy for scoring; keeps the 48 kHz samples (spooled to a file) only when asked
 * to. Frames arrive on an engine's thread while assertions read on another: every method holds the
 * track's monitor.
 */
public final class AudioTrack implements AutoCloseable {
  /**
   * How late a frame may be and still follow the previous one directly: 100 ms. Frames come from a
   * fixed-rate clock that catches up after a late tick, so in real time a tick late by tens of
   * milliseconds is followed by early ones; opening a gap for the late one and placing the early
   * ones after it would shift everything after by the lateness, and each shift moves the measured
   * latency (sent shifts shorten it, played shifts lengthen it). A pause longer than this (a stream
   * stopped and started again) leaves its silence; the first frame always goes where its time puts
   * it (a listener's track starts at the sent stream's first frame, so its latency is that gap).
   */
  private static final long CONTIGUOUS_SAMPLES = 4_800;

  private final long originNanos;
  private final Decimator16k copy16k = new Decimator16k();
  private final PcmSpool spool;
  private long length48k;
  private long frames;
  private long firstFrameNanos;
  private long lastFrameNanos;

  /**
   * @param originNanos the scenario time of sample 0
   * @param spoolFolder where to keep the 48 kHz samples; empty to keep only the 16 kHz copy
   */
  AudioTrack(long originNanos, Optional<Path> spoolFolder, String name) {
    this.originNanos = originNanos;
    this.spool = spoolFolder.map(f -> new PcmSpool(f, name)).orElse(null);
  }

  /** Places one 20 ms frame whose first sample was captured or played at {@code nanos}. */
  synchronized void append(short[] frame, long nanos) {
    long position = Math.max(0, Math.floorDiv((nanos - originNanos) * 48, 1_000_000L));
    boolean follows = frames > 0 && position - length48k <= CONTIGUOUS_SAMPLES;
    if (follows || position < length48k) {
      position = length48k;
    }
    long silence = position - length48k;
    if (silence > 0) {
      copy16k.writeSilence(silence);
      if (spool != null) {
        spool.writeSilence(silence);
      }
    }
    copy16k.write(frame, 0, frame.length);
    if (spool != null) {
      spool.write(frame, 0, frame.length);
    }
    length48k = position + frame.length;
    if (frames++ == 0) {
      firstFrameNanos = nanos;
    }
    lastFrameNanos = nanos;
  }

  /** The scenario time of sample 0. */
  public long originNanos() {
    return originNanos;
  }

  /** Frames appended so far. */
  public synchronized long frames() {
    return frames;
  }

  /** The scenario time of the first frame appended; 0 before any. */
  public synchronized long firstFrameNanos() {
    return firstFrameNanos;
  }

  /** The scenario time of the last frame appended; 0 before any. */
  public synchronized long lastFrameNanos() {
    return lastFrameNanos;
  }

  /** Seconds of audio on the track so far (silence before the first frame included). */
  public synchronized double seconds() {
    return length48k / 48_000.0;
  }

  /** The 16 kHz copy so far, full scale ±1.0. */
  public synchronized float[] samples16k() {
    return copy16k.snapshot();
  }

  /** Whether the 48 kHz samples are kept. */
  public boolean keeps48k() {
    return spool != null;
  }

  /**
   * The 48 kHz samples so far.
   *
   * @throws IllegalStateException if they were not kept
   */
  public synchronized short[] samples48k() {
    if (spool == null) {
      throw new IllegalStateException(
          "expected the 48 kHz audio to be kept (audio files asked for), found it was not");
    }
    return spool.readAll();
  }

  @Override
  public synchronized void close() {
    if (spool != null) {
      spool.close();
    }
  }
}
