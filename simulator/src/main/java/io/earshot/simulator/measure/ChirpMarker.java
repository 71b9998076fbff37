package io.earshot.simulator.measure;

/**
 * Latency markers for sources that cannot be correlated as they are (steady tones, silence;
 * quality-metrics §6.2): a 40 ms Hann-tapered linear chirp from 500 to 4000 Hz, added once per
 * second, 12 dB below the source. Markers alternate direction, rising on even seconds and falling
 * on odd ones, so that a marker can only be confused with one two seconds away: latencies up to 1.9
 * s stay unambiguous, where identical markers would allow less than one second.
 *
 * <p>Marker {@code k} starts at sample {@code k·48000} of the source (second {@code k}). Mixing is
 * a pure function of the frame index: the same frames always get the same samples.
 */
public final class ChirpMarker {
  /** Marker length. */
  public static final double DURATION_SECONDS = 0.040;

  /** Lowest frequency swept. */
  public static final double LOW_HZ = 500;

  /** Highest frequency swept. */
  public static final double HIGH_HZ = 4_000;

  /** Time between marker starts. */
  public static final double PERIOD_SECONDS = 1.0;

  /** How far below the source's peak level the marker's peak sits. */
  public static final double BELOW_SOURCE_DB = 12.0;

  private static final int RATE = 48_000;
  private static final int PERIOD = (int) (PERIOD_SECONDS * RATE);

  private final double peakDbfs;
  private final float[] rising;
  private final float[] falling;

  private ChirpMarker(double peakDbfs) {
    if (!(peakDbfs <= 0) || Double.isInfinite(peakDbfs)) {
      throw new IllegalArgumentException(
          "expected a finite marker peak level of at most 0 dBFS, found " + peakDbfs);
    }
    this.peakDbfs = peakDbfs;
    double amplitude = Pcm16.FULL_SCALE * Math.pow(10, peakDbfs / 20);
    rising = scaled(template(RATE, true), amplitude);
    falling = scaled(template(RATE, false), amplitude);
  }

  /**
   * Markers for a source whose peak level is {@code sourcePeakDbfs} (a tone's level as {@code
   * ToneSource} gives it): 12 dB below it.
   */
  public static ChirpMarker belowSource(double sourcePeakDbfs) {
    return new ChirpMarker(sourcePeakDbfs - BELOW_SOURCE_DB);
  }

  /** Markers with their own peak level, for a silent source. */
  public static ChirpMarker atPeak(double markerPeakDbfs) {
    return new ChirpMarker(markerPeakDbfs);
  }

  /** The markers' peak level, dBFS. */
  public double peakDbfs() {
    return peakDbfs;
  }

  /** Whether marker {@code k} rises (even k) or falls (odd k). */
  public static boolean rises(long k) {
    return (k & 1) == 0;
  }

  /**
   * The marker shape at {@code sampleRateHz}, peak 1.0: Hann window times a linear sweep starting
   * at phase 0.
   */
  public static float[] template(int sampleRateHz, boolean rising) {
    int n = (int) Math.round(DURATION_SECONDS * sampleRateHz);
    float[] out = new float[n];
    double rate = (HIGH_HZ - LOW_HZ) / DURATION_SECONDS;
    for (int i = 0; i < n; i++) {
      double t = i / (double) sampleRateHz;
      // Falling is the rising sweep's frequency mirrored: f(t) = HIGH − rate·t.
      double phase =
          rising
              ? 2 * Math.PI * (LOW_HZ * t + rate * t * t / 2)
              : 2 * Math.PI * (HIGH_HZ * t - rate * t * t / 2);
      double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
      out[i] = (float) (window * Math.sin(phase));
    }
    return out;
  }

  /**
   * Adds the markers that overlap 20 ms frame {@code frameIndex} (samples {@code frameIndex·960}
   * onwards at 48 kHz) to {@code frame960}, saturating at the 16-bit limits.
   */
  public void mixInto(short[] frame960, long frameIndex) {
    int frame = frame960.length;
    long first = frameIndex * frame;
    long k = first / PERIOD;
    // The marker of this second, and the previous one if it could still be running.
    for (long m = Math.max(0, k - 1); m <= k; m++) {
      float[] shape = rises(m) ? rising : falling;
      long offset = m * PERIOD - first; // marker start relative to the frame
      for (int i = (int) Math.max(0, offset); i < frame && i - offset < shape.length; i++) {
        frame960[i] = Pcm16.toShort(frame960[i] + shape[(int) (i - offset)]);
      }
    }
  }

  private static float[] scaled(float[] x, double by) {
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (float) (x[i] * by);
    }
    return out;
  }
}
