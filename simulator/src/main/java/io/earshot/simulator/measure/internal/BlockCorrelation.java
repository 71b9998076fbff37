package io.earshot.simulator.measure.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Normalised cross-correlation of overlapping windows of one signal against another, when the
 * window is a whole number of hops (2 s every 0.5 s): the same values as correlating each window on
 * its own, for a quarter of the work.
 *
 * <p>The sent signal is cut into blocks of one hop. A block's correlation with the played signal,
 * at lags measured from the block's own time, is computed once, and a window's correlation is the
 * sum of its blocks' (the lag of every sample of a window is the window's lag). Each block's lag
 * range is covered in chunks of one block length, so every transform is 2·hop long (16384 points
 * for 0.5 s at 16 kHz, which stays in cache) and each chunk of played audio is transformed once for
 * all the blocks that need it. Real transforms ride two to a complex one.
 */
public final class BlockCorrelation {
  /** Receives one window's normalised correlation, lags 0..L. */
  public interface WindowConsumer {
    /** Window {@code index} (starting at {@code index·hop}) has correlation {@code rho}. */
    void accept(int index, double[] rho);
  }

  private final float[] sent;
  private final float[] played;
  private final int block;
  private final int blocksPerWindow;
  private final int lags;
  private final int chunks;
  private final Fft fft;
  private final double[] playedPrefix;
  private final Map<Integer, double[][]> chunkSpectra = new HashMap<>();

  /**
   * @param sent the sent signal
   * @param played the played signal, already shifted so that lag 0 is the shortest searched
   * @param block hop length in samples
   * @param blocksPerWindow window length in hops
   * @param lags L, the longest lag
   */
  public BlockCorrelation(float[] sent, float[] played, int block, int blocksPerWindow, int lags) {
    this.sent = sent;
    this.played = played;
    this.block = block;
    this.blocksPerWindow = blocksPerWindow;
    this.lags = lags;
    this.chunks = lags / block + 1;
    this.fft = Fft.of(Fft.sizeFor(2 * block));
    playedPrefix = new double[played.length + 1];
    for (int i = 0; i < played.length; i++) {
      playedPrefix[i + 1] = playedPrefix[i] + (double) played[i] * played[i];
    }
  }

  /** Correlates every window that fits in the sent signal, in order. */
  public void forEachWindow(WindowConsumer consumer) {
    int blocks = sent.length / block;
    Deque<double[]> recent = new ArrayDeque<>();
    for (int j = 0; j < blocks; j++) {
      recent.addLast(blockCorrelation(j));
      if (recent.size() > blocksPerWindow) {
        recent.removeFirst();
      }
      chunkSpectra.remove(j); // block j + 1 needs chunks from j + 1 on
      if (recent.size() == blocksPerWindow) {
        // Summed afresh rather than as a running sum, so rounding never accumulates over a call.
        double[] window = new double[lags + 1];
        for (double[] c : recent) {
          for (int k = 0; k <= lags; k++) {
            window[k] += c[k];
          }
        }
        int first = j - blocksPerWindow + 1;
        consumer.accept(first, normalise(window, first * block));
      }
    }
  }

  /** {@code c[k] = Σ_n sent[j·B + n]·played[j·B + n + k]}, n over one block, k in 0..L. */
  private double[] blockCorrelation(int j) {
    int size = fft.size();
    double[] bre = new double[size];
    double[] bim = new double[size];
    for (int n = 0; n < block; n++) {
      bre[n] = sent[j * block + n];
    }
    fft.forward(bre, bim); // real input: spectrum is Hermitian
    double[] c = new double[lags + 1];
    for (int chunk = 0; chunk < chunks; chunk += 2) {
      double[] re = new double[size];
      double[] im = new double[size];
      for (int h = 0; h < 2 && chunk + h < chunks; h++) {
        double[][] p = chunkSpectrum(j + chunk + h);
        // conj(B)·P, added to the real part for the first chunk and times i for the second.
        for (int k = 0; k < size; k++) {
          double cr = bre[k] * p[0][k] + bim[k] * p[1][k];
          double ci = bre[k] * p[1][k] - bim[k] * p[0][k];
          if (h == 0) {
            re[k] += cr;
            im[k] += ci;
          } else {
            re[k] -= ci;
            im[k] += cr;
          }
        }
      }
      fft.inverse(re, im);
      for (int h = 0; h < 2 && chunk + h < chunks; h++) {
        double[] part = h == 0 ? re : im;
        for (int k = 0; k < block && (chunk + h) * block + k <= lags; k++) {
          c[(chunk + h) * block + k] = part[k];
        }
      }
    }
    return c;
  }

  /** The spectrum of played[m·B, m·B + 2B), zero-padded; computed once, two chunks per FFT. */
  private double[][] chunkSpectrum(int m) {
    double[][] cached = chunkSpectra.get(m);
    if (cached != null) {
      return cached;
    }
    int size = fft.size();
    double[] re = new double[size];
    double[] im = new double[size];
    for (int n = 0; n < 2 * block; n++) {
      re[n] = sample(m * block + n);
      im[n] = sample((m + 1) * block + n);
    }
    fft.forward(re, im);
    double[][] a = {new double[size], new double[size]};
    double[][] b = {new double[size], new double[size]};
    for (int k = 0; k < size; k++) {
      int r = (size - k) & (size - 1);
      a[0][k] = (re[k] + re[r]) / 2;
      a[1][k] = (im[k] - im[r]) / 2;
      b[0][k] = (im[k] + im[r]) / 2;
      b[1][k] = (re[r] - re[k]) / 2;
    }
    chunkSpectra.put(m, a);
    chunkSpectra.put(m + 1, b);
    return a;
  }

  private double sample(int i) {
    return i >= 0 && i < played.length ? played[i] : 0;
  }

  private double[] normalise(double[] raw, int start) {
    int w = block * blocksPerWindow;
    double ex = 0;
    for (int n = start; n < start + w; n++) {
      ex += (double) sent[n] * sent[n];
    }
    double[] out = new double[lags + 1];
    for (int k = 0; k <= lags; k++) {
      int from = Math.min(played.length, start + k);
      int to = Math.min(played.length, start + k + w);
      double ey = playedPrefix[to] - playedPrefix[from];
      // Played energy 100 dB below the window's is silence (or rounding): no correlation.
      boolean silent = ex == 0 || ey < 1e-10 * ex;
      out[k] = silent ? 0 : Math.max(-1, Math.min(1, raw[k] / Math.sqrt(ex * ey)));
    }
    return out;
  }
}
