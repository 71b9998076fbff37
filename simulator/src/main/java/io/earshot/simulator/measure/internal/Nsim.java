package io.earshot.simulator.measure.internal;

/**
 * Neurogram similarity (NSIM, Hines and Harte 2012): SSIM reduced to its intensity and structure
 * terms, over a 3×3 Gaussian window (σ = 0.5 cell) with edges replicated, as ViSQOL computes it per
 * patch.
 *
 * <p>{@code intensity = (2·μr·μd + C1)/(μr² + μd² + C1)}, {@code structure = (σrd + C3)/(σr·σd +
 * C3)}, {@code C1 = (0.01·L)²}, {@code C3 = (0.03·L)²/2}. ViSQOL fixes the intensity range {@code
 * L} at 1.0 although its spectrogram values span about 0..50, so the constants only guard against
 * division by zero; that choice is kept, because the published NSIM→MOS curves assume it.
 *
 * <p>A patch's local statistics ({@link Patch}) are computed once and reused for every pairing the
 * alignment search tries; only the cross term is computed per pair.
 */
public final class Nsim {
  /** ViSQOL's intensity range. */
  static final double INTENSITY_RANGE = 1.0;

  private static final double C1 = Math.pow(0.01 * INTENSITY_RANGE, 2);
  private static final double C3 = Math.pow(0.03 * INTENSITY_RANGE, 2) / 2;
  // 1-D factor of the separable σ = 0.5 Gaussian: neighbours weigh e^(-1/(2·0.25)) = e^-2.
  private static final double SIDE = Math.exp(-2) / (1 + 2 * Math.exp(-2));
  private static final double MIDDLE = 1 / (1 + 2 * Math.exp(-2));

  private Nsim() {}

  /** One patch of a spectrogram with its windowed mean and mean square. */
  public static final class Patch {
    final int bands;
    final int frames;
    final double[] values;
    final double[] mean;
    final double[] deviation;

    /**
     * Frames {@code [start, start + frames)} of {@code [band][frame]} spectrogram {@code s}; frames
     * outside it read as 0, the floor.
     */
    public Patch(double[][] s, int start, int frames) {
      this.bands = s.length;
      this.frames = frames;
      values = new double[bands * frames];
      for (int b = 0; b < bands; b++) {
        for (int t = 0; t < frames; t++) {
          int f = start + t;
          values[b * frames + t] = f >= 0 && f < s[b].length ? s[b][f] : 0.0;
        }
      }
      mean = smooth(values, bands, frames);
      double[] squares = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        squares[i] = values[i] * values[i];
      }
      double[] meanSquare = smooth(squares, bands, frames);
      deviation = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        // Rounding can leave a flat region's variance a hair below zero; that is zero.
        deviation[i] = Math.sqrt(Math.max(0, meanSquare[i] - mean[i] * mean[i]));
      }
    }
  }

  /**
   * The similarity map of two patches of the same shape, averaged per band (ViSQOL's FVNSIM for one
   * patch) and per frame.
   *
   * @param bandMeans mean over frames, one per band
   * @param frameMeans mean over bands, one per frame
   */
  public record Result(double[] bandMeans, double[] frameMeans) {}

  /** Compares two patches of the same shape. */
  public static Result compare(Patch ref, Patch deg) {
    double[] map = map(ref, deg);
    double[] bandMeans = new double[ref.bands];
    double[] frameMeans = new double[ref.frames];
    for (int b = 0; b < ref.bands; b++) {
      for (int t = 0; t < ref.frames; t++) {
        double similarity = map[b * ref.frames + t];
        bandMeans[b] += similarity / ref.frames;
        frameMeans[t] += similarity / ref.bands;
      }
    }
    return new Result(bandMeans, frameMeans);
  }

  /** The similarity map, {@code [band · frames + frame]}. */
  public static double[] map(Patch ref, Patch deg) {
    int n = ref.values.length;
    double[] cross = new double[n];
    for (int i = 0; i < n; i++) {
      cross[i] = ref.values[i] * deg.values[i];
    }
    double[] crossMean = smooth(cross, ref.bands, ref.frames);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double mr = ref.mean[i];
      double md = deg.mean[i];
      double cov = crossMean[i] - mr * md;
      // intensity · structure as one division
      out[i] =
          (2 * mr * md + C1)
              * (cov + C3)
              / ((mr * mr + md * md + C1) * (ref.deviation[i] * deg.deviation[i] + C3));
    }
    return out;
  }

  /** The mean of per-band similarities: one patch's NSIM. */
  public static double mean(double[] bandMeans) {
    double sum = 0;
    for (double v : bandMeans) {
      sum += v;
    }
    return sum / bandMeans.length;
  }

  /** The separable Gaussian over bands then frames, edges replicated. */
  private static double[] smooth(double[] x, int bands, int frames) {
    double[] alongTime = new double[x.length];
    for (int b = 0; b < bands; b++) {
      int row = b * frames;
      for (int t = 0; t < frames; t++) {
        double prev = x[row + Math.max(t - 1, 0)];
        double next = x[row + Math.min(t + 1, frames - 1)];
        alongTime[row + t] = SIDE * (prev + next) + MIDDLE * x[row + t];
      }
    }
    double[] out = new double[x.length];
    for (int b = 0; b < bands; b++) {
      int below = Math.max(b - 1, 0) * frames;
      int above = Math.min(b + 1, bands - 1) * frames;
      for (int t = 0; t < frames; t++) {
        out[b * frames + t] =
            SIDE * (alongTime[below + t] + alongTime[above + t])
                + MIDDLE * alongTime[b * frames + t];
      }
    }
    return out;
  }
}
