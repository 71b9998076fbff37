package io.earshot.simulator.measure.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * In-place radix-2 complex FFT on split {@code re}/{@code im} arrays.
 *
 * <p>Commons Math's {@code FastFourierTransformer} boxes every bin into a {@code Complex}; the
 * correlators here run hundreds of 64k-point transforms per minute of call, so they use this
 * allocation-free transform with precomputed twiddles instead. Instances hold only immutable tables
 * and may be shared between threads.
 */
public final class Fft {
  private static final ConcurrentHashMap<Integer, Fft> SHARED = new ConcurrentHashMap<>();

  private final int size;
  private final int[] bitReversed;
  // Twiddles e^(-iπk/h) for k < h, stored contiguously at [h + k] for every stage half-length h,
  // so each butterfly pass reads them in order.
  private final double[] twiddleRe;
  private final double[] twiddleIm;

  /**
   * @param size transform length; a power of two from 2 to 2^26
   * @throws IllegalArgumentException otherwise
   */
  public Fft(int size) {
    if (size < 2 || size > (1 << 26) || Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException(
          "expected an FFT size that is a power of two from 2 to 2^26, found " + size);
    }
    this.size = size;
    int bits = Integer.numberOfTrailingZeros(size);
    bitReversed = new int[size];
    for (int i = 0; i < size; i++) {
      bitReversed[i] = Integer.reverse(i) >>> (32 - bits);
    }
    twiddleRe = new double[size];
    twiddleIm = new double[size];
    for (int h = 1; h < size; h <<= 1) {
      for (int k = 0; k < h; k++) {
        double angle = -Math.PI * k / h;
        twiddleRe[h + k] = Math.cos(angle);
        twiddleIm[h + k] = Math.sin(angle);
      }
    }
  }

  /** A shared transform of {@code size} points; its tables are built once per size. */
  public static Fft of(int size) {
    Fft cached = SHARED.get(size);
    return cached != null ? cached : SHARED.computeIfAbsent(size, Fft::new);
  }

  /** The smallest power of two that is at least {@code n} (and at least 2). */
  public static int sizeFor(int n) {
    if (n > (1 << 26)) {
      throw new IllegalArgumentException("expected at most 2^26 points, found " + n);
    }
    return Math.max(2, Integer.highestOneBit(Math.max(1, n - 1)) << 1);
  }

  /** The transform length. */
  public int size() {
    return size;
  }

  /** Forward transform, {@code X[k] = Σ x[n]·e^(-2πikn/N)}, unnormalised. */
  public void forward(double[] re, double[] im) {
    transform(re, im, false);
  }

  /** Inverse transform including the 1/N factor, so {@code inverse(forward(x)) == x}. */
  public void inverse(double[] re, double[] im) {
    transform(re, im, true);
    double scale = 1.0 / size;
    for (int i = 0; i < size; i++) {
      re[i] *= scale;
      im[i] *= scale;
    }
  }

  private void transform(double[] re, double[] im, boolean inverse) {
    if (re.length != size || im.length != size) {
      throw new IllegalArgumentException(
          "expected arrays of " + size + " points, found " + re.length + " and " + im.length);
    }
    for (int i = 0; i < size; i++) {
      int j = bitReversed[i];
      if (j > i) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    // The first two stages together are a radix-4 butterfly whose twiddles are ±1 and ∓i: no
    // multiplications.
    double rot = inverse ? -1.0 : 1.0;
    if (size >= 4) {
      for (int a = 0; a < size; a += 4) {
        double r0 = re[a] + re[a + 1];
        double i0 = im[a] + im[a + 1];
        double r1 = re[a] - re[a + 1];
        double i1 = im[a] - im[a + 1];
        double r2 = re[a + 2] + re[a + 3];
        double i2 = im[a + 2] + im[a + 3];
        // (x2 - x3)·(-i) for the forward transform, ·(+i) for the inverse.
        double r3 = rot * (im[a + 2] - im[a + 3]);
        double i3 = -rot * (re[a + 2] - re[a + 3]);
        re[a] = r0 + r2;
        im[a] = i0 + i2;
        re[a + 2] = r0 - r2;
        im[a + 2] = i0 - i2;
        re[a + 1] = r1 + r3;
        im[a + 1] = i1 + i3;
        re[a + 3] = r1 - r3;
        im[a + 3] = i1 - i3;
      }
    } else {
      double t = re[0] - re[1];
      re[0] += re[1];
      re[1] = t;
      t = im[0] - im[1];
      im[0] += im[1];
      im[1] = t;
      return;
    }
    int half = 4;
    // Two radix-2 stages per pass over the data (radix-2²): the same multiplications, half the
    // memory traffic, which is what limits large transforms here.
    for (; 4 * half <= size; half <<= 2) {
      int quarter = half;
      for (int group = 0; group < size; group += 4 * quarter) {
        for (int k = 0; k < quarter; k++) {
          double w1r = twiddleRe[quarter + k];
          double w1i = rot * twiddleIm[quarter + k];
          double w2r = twiddleRe[2 * quarter + k];
          double w2i = rot * twiddleIm[2 * quarter + k];
          int i0 = group + k;
          int i1 = i0 + quarter;
          int i2 = i1 + quarter;
          int i3 = i2 + quarter;
          // Stage one: (x0, x1) and (x2, x3) with W_2h^k.
          double t1r = re[i1] * w1r - im[i1] * w1i;
          double t1i = re[i1] * w1i + im[i1] * w1r;
          double t3r = re[i3] * w1r - im[i3] * w1i;
          double t3i = re[i3] * w1i + im[i3] * w1r;
          double y0r = re[i0] + t1r;
          double y0i = im[i0] + t1i;
          double y1r = re[i0] - t1r;
          double y1i = im[i0] - t1i;
          double y2r = re[i2] + t3r;
          double y2i = im[i2] + t3i;
          double y3r = re[i2] - t3r;
          double y3i = im[i2] - t3i;
          // Stage two: (y0, y2) with W_4h^k and (y1, y3) with W_4h^(k+h) = W_4h^k · (∓i).
          double u2r = y2r * w2r - y2i * w2i;
          double u2i = y2r * w2i + y2i * w2r;
          double v3r = y3r * w2r - y3i * w2i;
          double v3i = y3r * w2i + y3i * w2r;
          double u3r = rot * v3i;
          double u3i = -rot * v3r;
          re[i0] = y0r + u2r;
          im[i0] = y0i + u2i;
          re[i2] = y0r - u2r;
          im[i2] = y0i - u2i;
          re[i1] = y1r + u3r;
          im[i1] = y1i + u3i;
          re[i3] = y1r - u3r;
          im[i3] = y1i - u3i;
        }
      }
    }
    if (2 * half <= size) {
      // One radix-2 stage left when the number of stages is odd.
      for (int k = 0; k < half; k++) {
        double wr = twiddleRe[half + k];
        double wi = rot * twiddleIm[half + k];
        int a = k;
        int b = a + half;
        double tr = re[b] * wr - im[b] * wi;
        double ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}
