package io.earshot.simulator.measure.internal;

/**
 * In-place radix-2 complex FFT on split {@code re}/{@code im} arrays.
 *
 * <p>Commons Math's {@code FastFourierTransformer} boxes every bin into a {@code Complex}; the
 * correlators here run hundreds of 64k-point transforms per minute of call, so they use this
 * allocation-free transform with precomputed twiddles instead. Instances hold only immutable tables
 * and may be shared between threads.
 */
public final class Fft {
  private static final java.util.concurrent.ConcurrentHashMap<Integer, Fft> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final int size;
  private final int[] bitReversed;
  private final double[] cos;
  private final double[] sin;

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
    cos = new double[size / 2];
    sin = new double[size / 2];
    for (int i = 0; i < size / 2; i++) {
      double angle = -2.0 * Math.PI * i / size;
      cos[i] = Math.cos(angle);
      sin[i] = Math.sin(angle);
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
    for (int half = 4; half < size; half <<= 1) {
      int stride = size / (2 * half);
      for (int k = 0; k < half; k++) {
        double wr = cos[k * stride];
        double wi = rot * sin[k * stride];
        for (int a = k; a < size; a += 2 * half) {
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
}
