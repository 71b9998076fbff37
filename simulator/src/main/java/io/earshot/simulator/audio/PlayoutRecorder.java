package io.earshot.simulator.audio;

import io.earshot.simulator.metrics.MetricSeries;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Records what a simulated player actually played, as a compact per-frame analysis (playout time,
 * RMS level, dominant frequency), and answers what was heard when.
 *
 * <p>It keeps no raw audio: 16 bytes per 20 ms frame, so a 10-minute call is under 0.5 MB. The
 * caller supplies each frame's playout time from its clock (simulated or real); the recorder never
 * reads a clock. Times are nanoseconds on that clock and refer to the frame's first sample; answers
 * have a resolution of one frame (20 ms).
 *
 * <p>A frame is <em>audible</em> when its RMS level is above the audible threshold (default {@value
 * #DEFAULT_AUDIBLE_THRESHOLD_DBFS} dBFS). A tone is <em>heard</em> from the start of the first run
 * of at least {@code minToneFrames} (default {@value #DEFAULT_MIN_TONE_FRAMES}, i.e. 100 ms)
 * consecutive frames that are audible and whose dominant frequency is within tolerance. Consecutive
 * means consecutive calls of {@link #onFrame}: every call is 20 ms of audio, so late delivery in
 * real time does not split a run, while a concealment gap (silent or off-frequency frames) does. A
 * run shorter than the minimum (e.g. 60 ms of tone before a gap) is never heard; once a run has
 * been heard, later gaps do not change the answer for earlier start times.
 *
 * <p>Thread-safe: frames arrive on the engine's loop thread while assertions read on the test
 * thread. Every method holds the recorder's monitor; the analysis of one frame takes about 50 µs.
 */
public final class PlayoutRecorder {

  /** Frames at or below this RMS level count as silence. */
  public static final double DEFAULT_AUDIBLE_THRESHOLD_DBFS = -50.0;

  /** Consecutive matching frames needed before a tone counts as heard (5 × 20 ms = 100 ms). */
  public static final int DEFAULT_MIN_TONE_FRAMES = 5;

  private static final int INITIAL_CAPACITY = 1024;

  private final double audibleThresholdDbfs;
  private final int minToneFrames;
  private final FrameAnalyzer analyzer = new FrameAnalyzer();

  private long[] playoutNanos = new long[INITIAL_CAPACITY];
  private float[] rmsDbfs = new float[INITIAL_CAPACITY];
  private float[] dominantHz = new float[INITIAL_CAPACITY];
  private int size;

  /** A recorder with the default audible threshold and minimum tone run. */
  public PlayoutRecorder() {
    this(DEFAULT_AUDIBLE_THRESHOLD_DBFS, DEFAULT_MIN_TONE_FRAMES);
  }

  /**
   * @param audibleThresholdDbfs RMS level a frame must exceed to count as audible; finite, at most
   *     0
   * @param minToneFrames consecutive matching frames for a tone to count as heard; at least 1
   * @throws IllegalArgumentException if either is out of range
   */
  public PlayoutRecorder(double audibleThresholdDbfs, int minToneFrames) {
    requireThreshold(audibleThresholdDbfs);
    if (minToneFrames < 1) {
      throw new IllegalArgumentException(
          "minimum tone run must be at least 1 frame (20 ms), got " + minToneFrames);
    }
    this.audibleThresholdDbfs = audibleThresholdDbfs;
    this.minToneFrames = minToneFrames;
  }

  /**
   * Analyses and records one played frame. The frame is not retained.
   *
   * @param frame960 the played samples, exactly {@link PcmFormat#FRAME_SAMPLES} long
   * @param playoutNanos when its first sample was played; never earlier than the previous frame's
   * @throws IllegalArgumentException if the frame has the wrong length or time goes backwards
   */
  public synchronized void onFrame(short[] frame960, long playoutNanos) {
    if (size > 0 && playoutNanos < this.playoutNanos[size - 1]) {
      throw new IllegalArgumentException(
          "playout times must not go backwards: got "
              + playoutNanos
              + " ns after a frame at "
              + this.playoutNanos[size - 1]
              + " ns");
    }
    FrameAnalyzer.Measurement measurement = analyzer.analyze(frame960);
    if (size == this.playoutNanos.length) {
      int capacity = size * 2;
      this.playoutNanos = Arrays.copyOf(this.playoutNanos, capacity);
      rmsDbfs = Arrays.copyOf(rmsDbfs, capacity);
      dominantHz = Arrays.copyOf(dominantHz, capacity);
    }
    this.playoutNanos[size] = playoutNanos;
    rmsDbfs[size] = (float) measurement.rmsDbfs();
    dominantHz[size] = (float) measurement.dominantFrequencyHz();
    size++;
  }

  /** Number of frames recorded so far. */
  public synchronized int frameCount() {
    return size;
  }

  /**
   * The RMS level of every frame played so far, in dBFS at its playout time (silence floored at
   * {@value #LEVEL_FLOOR_DBFS} dBFS so a chart can draw it): the "played level" series of reports.
   */
  public synchronized MetricSeries levelSeries() {
    double[] levels = new double[size];
    for (int i = 0; i < size; i++) {
      levels[i] = Float.isNaN(rmsDbfs[i]) ? Double.NaN : Math.max(LEVEL_FLOOR_DBFS, rmsDbfs[i]);
    }
    return new MetricSeries("played level", "dBFS", Arrays.copyOf(playoutNanos, size), levels);
  }

  /** Where {@link #levelSeries()} floors silence. */
  public static final double LEVEL_FLOOR_DBFS = -100.0;

  /** Playout time of the first frame above the default audible threshold; empty if none yet. */
  public synchronized OptionalLong firstAudibleNanos() {
    return firstAudibleNanos(audibleThresholdDbfs);
  }

  /**
   * Playout time of the first frame whose RMS level is above {@code minLevelDbfs}.
   *
   * @return the time, or empty if no such frame has been played yet
   */
  public synchronized OptionalLong firstAudibleNanos(double minLevelDbfs) {
    requireThreshold(minLevelDbfs);
    for (int i = 0; i < size; i++) {
      if (rmsDbfs[i] > minLevelDbfs) {
        return OptionalLong.of(playoutNanos[i]);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Start of the first run, at or after {@code fromNanos}, of at least {@code minToneFrames}
   * consecutive audible frames whose dominant frequency is within {@code toleranceHz} of {@code
   * frequencyHz}.
   *
   * @return the playout time of the run's first frame, or empty if no such run has been played
   */
  public synchronized OptionalLong toneHeardSinceNanos(
      double frequencyHz, double toleranceHz, long fromNanos) {
    if (!(frequencyHz > 0 && frequencyHz < PcmFormat.NYQUIST_HZ)) {
      throw new IllegalArgumentException(
          "tone frequency must be above 0 and below "
              + (int) PcmFormat.NYQUIST_HZ
              + " Hz, got "
              + frequencyHz
              + " Hz");
    }
    if (!(toleranceHz >= 0) || Double.isInfinite(toleranceHz)) {
      throw new IllegalArgumentException(
          "frequency tolerance must be finite and at least 0 Hz, got " + toleranceHz + " Hz");
    }
    int runStart = -1;
    for (int i = firstIndexAtOrAfter(fromNanos); i < size; i++) {
      boolean matches =
          rmsDbfs[i] > audibleThresholdDbfs && Math.abs(dominantHz[i] - frequencyHz) <= toleranceHz;
      if (!matches) {
        runStart = -1;
      } else {
        if (runStart < 0) {
          runStart = i;
        }
        if (i - runStart + 1 >= minToneFrames) {
          return OptionalLong.of(playoutNanos[runStart]);
        }
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Whether frames were played from no later than {@code fromNanos} until at least {@code toNanos}
   * (the recording covers the window; says nothing of their level).
   */
  public synchronized boolean coversNanos(long fromNanos, long toNanos) {
    return size > 0 && playoutNanos[0] <= fromNanos && playoutNanos[size - 1] >= toNanos;
  }

  /**
   * Playout time of the first frame, at or after {@code fromNanos}, at or below the audible
   * threshold: when the audio stopped.
   *
   * @return the time, or empty if every frame since then was audible
   */
  public synchronized OptionalLong firstInaudibleSinceNanos(long fromNanos) {
    for (int i = firstIndexAtOrAfter(fromNanos); i < size; i++) {
      if (rmsDbfs[i] <= audibleThresholdDbfs) {
        return OptionalLong.of(playoutNanos[i]);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Start of the first run, at or after {@code fromNanos}, of at least {@code minFrames}
   * consecutive audible frames (any frequency): when audio was heard again after a break.
   *
   * @return the playout time of the run's first frame, or empty if no such run has been played
   * @throws IllegalArgumentException if {@code minFrames} is below 1
   */
  public synchronized OptionalLong audibleRunSinceNanos(long fromNanos, int minFrames) {
    if (minFrames < 1) {
      throw new IllegalArgumentException(
          "an audible run must be at least 1 frame (20 ms), got " + minFrames);
    }
    int runStart = -1;
    for (int i = firstIndexAtOrAfter(fromNanos); i < size; i++) {
      if (rmsDbfs[i] <= audibleThresholdDbfs) {
        runStart = -1;
      } else {
        runStart = runStart < 0 ? i : runStart;
        if (i - runStart + 1 >= minFrames) {
          return OptionalLong.of(playoutNanos[runStart]);
        }
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Whether every frame played in [{@code fromNanos}, {@code toNanos}) was at or below the audible
   * threshold. True as well when no frame was played in the window.
   */
  public synchronized boolean heardNothing(long fromNanos, long toNanos) {
    requireWindow(fromNanos, toNanos);
    for (int i = firstIndexAtOrAfter(fromNanos); i < size && playoutNanos[i] < toNanos; i++) {
      if (rmsDbfs[i] > audibleThresholdDbfs) {
        return false;
      }
    }
    return true;
  }

  /**
   * Median dominant frequency of the audible frames played in [{@code fromNanos}, {@code toNanos}).
   *
   * @return the median in Hz, or NaN if no audible frame was played in the window
   */
  public synchronized double dominantFrequencyHz(long fromNanos, long toNanos) {
    requireWindow(fromNanos, toNanos);
    int from = firstIndexAtOrAfter(fromNanos);
    int to = firstIndexAtOrAfter(toNanos);
    return medianAudibleFrequency(from, to);
  }

  /**
   * One line for failure messages: frames, audible frames, first audible time, median frequency and
   * level.
   */
  public synchronized String summary() {
    if (size == 0) {
      return "no frames played";
    }
    int audible = 0;
    double[] audibleLevels = new double[size];
    for (int i = 0; i < size; i++) {
      if (rmsDbfs[i] > audibleThresholdDbfs) {
        audibleLevels[audible++] = rmsDbfs[i];
      }
    }
    OptionalLong firstAudible = firstAudibleNanos(audibleThresholdDbfs);
    return String.format(
        Locale.ROOT,
        "%d frames played (%s to %s), %d audible (above %.1f dBFS), first audible %s,"
            + " median dominant frequency %s, median audible level %s",
        size,
        seconds(playoutNanos[0]),
        seconds(playoutNanos[size - 1] + PcmFormat.FRAME_NANOS),
        audible,
        audibleThresholdDbfs,
        firstAudible.isPresent() ? "at " + seconds(firstAudible.getAsLong()) : "never",
        audible == 0
            ? "n/a"
            : String.format(Locale.ROOT, "%.1f Hz", medianAudibleFrequency(0, size)),
        audible == 0
            ? "n/a"
            : String.format(Locale.ROOT, "%.1f dBFS", median(audibleLevels, audible)));
  }

  @Override
  public String toString() {
    return "PlayoutRecorder[" + summary() + "]";
  }

  private double medianAudibleFrequency(int from, int to) {
    double[] values = new double[Math.max(0, to - from)];
    int count = 0;
    for (int i = from; i < to; i++) {
      if (rmsDbfs[i] > audibleThresholdDbfs && !Float.isNaN(dominantHz[i])) {
        values[count++] = dominantHz[i];
      }
    }
    return count == 0 ? Double.NaN : median(values, count);
  }

  private static double median(double[] values, int count) {
    Arrays.sort(values, 0, count);
    int middle = count / 2;
    return count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
  }

  /** Index of the first frame played at or after the time (times are non-decreasing). */
  private int firstIndexAtOrAfter(long nanos) {
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (playoutNanos[middle] < nanos) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }

  private static void requireThreshold(double levelDbfs) {
    if (!(levelDbfs <= 0) || Double.isInfinite(levelDbfs)) {
      throw new IllegalArgumentException(
          "audible threshold must be a finite level at most 0 dBFS, got " + levelDbfs + " dBFS");
    }
  }

  private static void requireWindow(long fromNanos, long toNanos) {
    if (fromNanos > toNanos) {
      throw new IllegalArgumentException(
          "time window must not end before it starts: from "
              + fromNanos
              + " ns to "
              + toNanos
              + " ns");
    }
  }
}
