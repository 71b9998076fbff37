package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.fmt;
import static io.earshot.netem.profile.ProfileChecks.percent;

import io.earshot.netem.internal.stats.MarkovLossChain;

/**
 * 4-state (GI) model (spec 3.4). States 1 received in gap, 2 received in burst, 3 lost in burst, 4
 * isolated loss; the packet's fate is the state entered.
 */
public record FourStateLoss(double p13, double p31, double p32, double p23, double p14)
    implements LossModel {
  /** netem's defaults for the parameters left out (spec 3.4). */
  public static final double DEFAULT_P32 = 0.0;

  public static final double DEFAULT_P23 = 1.0;

  public static final double DEFAULT_P14 = 0.0;

  /** {@code bursty}: memoryless losses inside a burst, no isolated losses. */
  public static final double DEFAULT_RUN_IN_BURST = Double.NaN;

  public static final double DEFAULT_ISOLATED = 0.0;

  public static double defaultP31(double p13) {
    return 1 - p13;
  }

  /** Every parameter in [0, 1], {@code p13+p14 <= 1} and {@code p31+p32 <= 1}. */
  public FourStateLoss {
    ProfileChecks.probability("4-state p13", p13);
    ProfileChecks.probability("4-state p31", p31);
    ProfileChecks.probability("4-state p32", p32);
    ProfileChecks.probability("4-state p23", p23);
    ProfileChecks.probability("4-state p14", p14);
    if (p13 + p14 > 1 + 1e-12) {
      throw new IllegalArgumentException(
          "4-state p13 + p14 must be <= 1, found "
              + fmt(p13 + p14)
              + " (p13 "
              + p13
              + ", p14 "
              + p14
              + ")");
    }
    if (p31 + p32 > 1 + 1e-12) {
      throw new IllegalArgumentException(
          "4-state p31 + p32 must be <= 1, found "
              + fmt(p31 + p32)
              + " (p31 "
              + p31
              + ", p32 "
              + p32
              + ")");
    }
  }

  /** The chain: index 0..3 for states 1..4; starts in state 1. */
  MarkovLossChain chain() {
    return new MarkovLossChain(
        new double[][] {
          {1 - p13 - p14, 0, p13, p14},
          {0, 1 - p23, p23, 0},
          {p31, p32, 1 - p31 - p32, 0},
          {1, 0, 0, 0}
        },
        new double[] {0, 0, 1, 1},
        0);
  }

  /** Mean burst length {@code B = 1/p31 + p32/(p31 p23)}. */
  public double meanBurstLength() {
    return 1 / p31 + (p32 == 0 ? 0 : p32 / (p31 * p23));
  }

  /** Loss density in bursts {@code rho = p23/(p23+p32)}. */
  public double burstDensity() {
    return p23 / (p23 + p32);
  }

  /** Mean gap length {@code G = (1+p14)/p13}. */
  public double meanGapLength() {
    return (1 + p14) / p13;
  }

  /** Mean run of received packets between losses. */
  public double meanGap() {
    return chain().meanGap();
  }

  @Override
  public double lossRate() {
    return chain().lossRate();
  }

  @Override
  public double meanLossRun() {
    return chain().meanLossRun();
  }

  @Override
  public double varianceInflation() {
    return chain().varianceInflation();
  }

  @Override
  public String describe() {
    return "4-state p13 "
        + percent(p13)
        + " p31 "
        + percent(p31)
        + " p32 "
        + percent(p32)
        + " p23 "
        + percent(p23)
        + " p14 "
        + percent(p14);
  }
}
