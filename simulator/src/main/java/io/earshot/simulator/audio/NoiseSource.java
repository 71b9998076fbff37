package io.earshot.simulator.audio;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * White Gaussian noise at a given RMS level, from a seeded generator: the same seed gives the same
 * samples, so a scenario replays. Noise correlates with itself at one lag only, so its latency is
 * measured like speech's.
 */
public final class NoiseSource extends GeneratedSource {
  private final SplittableRandom random;
  private final double rmsDbfs;
  private final double sigma;

  /**
   * @param seed the generator's seed (derive it from the scenario seed)
   * @param rmsDbfs RMS level, finite and at most -6 dBFS (peaks are clipped at full scale)
   */
  public NoiseSource(long seed, double rmsDbfs) {
    if (!(rmsDbfs <= -6) || Double.isInfinite(rmsDbfs)) {
      throw new IllegalArgumentException(
          "expected a noise RMS level of at most -6 dBFS, found " + rmsDbfs + " dBFS");
    }
    this.random = new SplittableRandom(seed);
    this.rmsDbfs = rmsDbfs;
    this.sigma = PcmFormat.FULL_SCALE * Math.pow(10, rmsDbfs / 20);
  }

  @Override
  protected void generate(short[] frame960) {
    for (int i = 0; i < frame960.length; i++) {
      double v = Math.round(gaussian() * sigma);
      frame960[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }
  }

  // Box-Muller on the seeded stream (SplittableRandom has no nextGaussian on Java 17).
  private double gaussian() {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "white noise at %.0f dBFS RMS", rmsDbfs);
  }

  @Override
  public String toString() {
    return describe();
  }
}
