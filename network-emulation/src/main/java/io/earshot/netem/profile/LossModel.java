package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.fmt;
import static io.earshot.netem.profile.ProfileChecks.percent;

import io.earshot.netem.internal.stats.MarkovLossChain;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A datagram loss model of one link direction (spec 3.1-3.5). Immutable; every factory validates
 * its parameters and names the allowed range when it rejects one.
 *
 * <p>Stochastic models state their configured truth ({@link #lossRate()}, {@link #meanLossRun()},
 * {@link #varianceInflation()}) so that an acceptance check can compute its tolerance from the
 * model (spec section 4). Byte streams see loss as a stall with probability {@link #lossRate()} per
 * segment.
 */
public sealed interface LossModel
    permits LossModel.Random,
        LossModel.Correlated,
        LossModel.GilbertElliott,
        FourStateLoss,
        LossModel.PacketList,
        LossModel.EveryNth,
        LossModel.KOfN,
        LossModel.BurstAt {

  /** Long-run fraction of packets lost. */
  double lossRate();

  /** Expected mean length of a run of consecutive losses (NaN for deterministic patterns). */
  default double meanLossRun() {
    return Double.NaN;
  }

  /** Variance inflation of the loss-rate estimate (spec 4); 1 for independent losses. */
  default double varianceInflation() {
    return 1.0;
  }

  /** Canonical one-line text for reports. */
  String describe();

  /** Independent (Bernoulli) loss with probability {@code p} in [0, 1] (spec 3.1). */
  static Random random(double p) {
    return new Random(p);
  }

  /**
   * Loss {@code p} with lag-1 correlation {@code c}, as the exact 2-state mapping of spec 3.2 (not
   * netem's generator, whose loss rate collapses).
   */
  static Correlated correlated(double p, double c) {
    return new Correlated(p, c);
  }

  /** Gilbert-Elliott with netem's defaults: {@code r = 1-p}, loss in Bad 1, in Good 0. */
  static GilbertElliott gilbertElliott(double p) {
    return gilbertElliott(p, GilbertElliott.defaultR(p));
  }

  /** Simple Gilbert: Good->Bad {@code p}, Bad->Good {@code r}, every Bad packet lost. */
  static GilbertElliott gilbertElliott(double p, double r) {
    return new GilbertElliott(
        p, r, GilbertElliott.DEFAULT_LOSS_IN_BAD, GilbertElliott.DEFAULT_LOSS_IN_GOOD);
  }

  /** Gilbert-Elliott with all four parameters (netem {@code gemodel p r 1-h 1-k}). */
  static GilbertElliott gilbertElliott(double p, double r, double lossInBad, double lossInGood) {
    return new GilbertElliott(p, r, lossInBad, lossInGood);
  }

  /** Loss {@code q} in bursts of mean length {@code meanBurst}; see {@link Random#inBursts}. */
  static GilbertElliott inBursts(double q, double meanBurst) {
    return random(q).inBursts(meanBurst);
  }

  /** 4-state model with netem's defaults for a single parameter: Bernoulli {@code p13}. */
  static FourStateLoss fourState(double p13) {
    return new FourStateLoss(
        p13,
        FourStateLoss.defaultP31(p13),
        FourStateLoss.DEFAULT_P32,
        FourStateLoss.DEFAULT_P23,
        FourStateLoss.DEFAULT_P14);
  }

  /** 4-state (GI) model with all transition probabilities (spec 3.4). */
  static FourStateLoss fourState(double p13, double p31, double p32, double p23, double p14) {
    return new FourStateLoss(p13, p31, p32, p23, p14);
  }

  /** Bursty loss with memoryless losses inside a burst and no isolated losses; see below. */
  static FourStateLoss bursty(double burstLength, double density, double gapLength) {
    return BurstyLoss.fourState(
        burstLength,
        density,
        FourStateLoss.DEFAULT_RUN_IN_BURST,
        gapLength,
        FourStateLoss.DEFAULT_ISOLATED);
  }

  /**
   * The 4-state model by its readable parameters (spec 3.4): mean burst length {@code B}, loss
   * density in bursts {@code rho}, mean loss run inside a burst {@code R} (NaN: the memoryless
   * default), mean gap length {@code G}, isolated-loss density in gaps {@code iso}.
   */
  static FourStateLoss bursty(
      double burstLength, double density, double runInBurst, double gapLength, double isolated) {
    return BurstyLoss.fourState(burstLength, density, runInBurst, gapLength, isolated);
  }

  /** Drops exactly the packets with these indices (0 = first packet of the direction). */
  static PacketList list(long... indices) {
    return new PacketList(Arrays.stream(indices).boxed().toList());
  }

  /** Drops packets {@code offset, offset+k, offset+2k, ...}. */
  static EveryNth everyNth(int k, int offset) {
    return new EveryNth(k, offset);
  }

  /** Drops exactly {@code k} random packets in each block of {@code n} (pion's shuffle idea). */
  static KOfN kOfN(int k, int n) {
    return new KOfN(k, n);
  }

  /**
   * Drops {@code count} consecutive packets starting with the first one sent at or after {@code
   * at}, measured from the moment the profile is applied to the link.
   */
  static BurstAt burstAt(Duration at, int count) {
    return new BurstAt(at, count);
  }

  /** Independent loss (spec 3.1): loss runs geometric with mean 1/(1-p), gaps mean 1/p. */
  record Random(double probability) implements LossModel {
    /** Rejects values outside [0, 1]. */
    public Random {
      ProfileChecks.probability("random loss probability", probability);
    }

    /**
     * WebRTC-style convenience (spec 3.3): simple Gilbert with {@code r = 1/L} and {@code p =
     * q/((1-q)L)}, which keeps the loss rate {@code q} and makes the mean loss run {@code L}.
     * Requires {@code p <= 1}, i.e. {@code L >= q/(1-q)}.
     */
    public GilbertElliott inBursts(double meanBurst) {
      double q = probability;
      if (!(meanBurst >= 1.0 && meanBurst <= 1e6)) {
        throw new IllegalArgumentException(
            "mean burst length must be in [1, 1000000] packets, found " + meanBurst);
      }
      if (q >= 1.0) {
        throw new IllegalArgumentException(
            "loss in bursts needs a loss rate in [0, 1), found " + q);
      }
      double p = q / ((1 - q) * meanBurst);
      if (p > 1.0) {
        throw new IllegalArgumentException(
            "mean burst length must be >= q/(1-q) = "
                + fmt(q / (1 - q))
                + " packets for loss "
                + percent(q)
                + ", found "
                + meanBurst
                + " (it would need a Good->Bad probability of "
                + fmt(p)
                + " > 1)");
      }
      return new GilbertElliott(p, 1 / meanBurst, 1.0, 0.0);
    }

    /** Adds lag-1 correlation {@code c} with the exact 2-state mapping (spec 3.2). */
    public Correlated withCorrelation(double c) {
      return new Correlated(probability, c);
    }

    @Override
    public double lossRate() {
      return probability;
    }

    @Override
    public double meanLossRun() {
      return probability >= 1 ? Double.POSITIVE_INFINITY : 1 / (1 - probability);
    }

    @Override
    public String describe() {
      return "random " + percent(probability);
    }
  }

  /**
   * Loss {@code p} with lag-1 correlation {@code c} (spec 3.2): P(loss | previous lost) {@code a =
   * p + c(1-p)}, P(loss | previous received) {@code b = p(1-c)}.
   */
  record Correlated(double probability, double correlation) implements LossModel {
    /** Rejects p outside [0, 1] and c outside [0, 1). */
    public Correlated {
      ProfileChecks.probability("correlated loss probability", probability);
      ProfileChecks.correlation("loss correlation", correlation);
    }

    /** P(loss | previous packet lost). */
    public double lossAfterLoss() {
      return probability + correlation * (1 - probability);
    }

    /** P(loss | previous packet received). */
    public double lossAfterDelivery() {
      return probability * (1 - correlation);
    }

    @Override
    public double lossRate() {
      return probability;
    }

    @Override
    public double meanLossRun() {
      return 1 / ((1 - probability) * (1 - correlation));
    }

    @Override
    public double varianceInflation() {
      return (1 + correlation) / (1 - correlation);
    }

    @Override
    public String describe() {
      return "correlated " + percent(probability) + " corr " + percent(correlation);
    }
  }

  /**
   * Gilbert-Elliott (spec 3.3): per packet, lose with the current state's probability, then move
   * Good->Bad with {@code p} and Bad->Good with {@code r} (netem's order).
   */
  record GilbertElliott(double p, double r, double lossInBad, double lossInGood)
      implements LossModel {
    /** netem's defaults: every Bad packet lost, no Good packet lost, {@code r = 1 - p}. */
    public static final double DEFAULT_LOSS_IN_BAD = 1.0;

    public static final double DEFAULT_LOSS_IN_GOOD = 0.0;

    public static double defaultR(double p) {
      return 1 - p;
    }

    /** Every parameter in [0, 1]. */
    public GilbertElliott {
      ProfileChecks.probability("Gilbert-Elliott p (Good->Bad)", p);
      ProfileChecks.probability("Gilbert-Elliott r (Bad->Good)", r);
      ProfileChecks.probability("Gilbert-Elliott loss in Bad (1-h)", lossInBad);
      ProfileChecks.probability("Gilbert-Elliott loss in Good (1-k)", lossInGood);
    }

    /** The chain behind the model: state 0 Good, 1 Bad; starts Good. */
    MarkovLossChain chain() {
      return new MarkovLossChain(
          new double[][] {{1 - p, p}, {r, 1 - r}}, new double[] {lossInGood, lossInBad}, 0);
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
      return "gilbert-elliott p "
          + percent(p)
          + " r "
          + percent(r)
          + " loss-in-bad "
          + percent(lossInBad)
          + " loss-in-good "
          + percent(lossInGood);
    }
  }

  /** Drops exactly the listed packet indices of the direction. */
  record PacketList(List<Long> indices) implements LossModel {
    /** Indices must be >= 0; stored sorted and without repeats. */
    public PacketList {
      Objects.requireNonNull(indices, "indices");
      for (Long i : indices) {
        if (i == null || i < 0) {
          throw new IllegalArgumentException("packet indices to drop must be >= 0, found " + i);
        }
      }
      indices = indices.stream().distinct().sorted().toList();
    }

    @Override
    public double lossRate() {
      return 0.0;
    }

    @Override
    public String describe() {
      return "drop packets " + indices;
    }
  }

  /** Drops every {@code k}-th packet starting at {@code offset}. */
  record EveryNth(int k, int offset) implements LossModel {
    /** k in [1, 1e9], offset in [0, k). */
    public EveryNth {
      if (k < 1 || k > 1_000_000_000) {
        throw new IllegalArgumentException("every-nth: n must be in [1, 1000000000], found " + k);
      }
      if (offset < 0 || offset >= k) {
        throw new IllegalArgumentException(
            "every-nth: offset must be in [0, " + (k - 1) + "], found " + offset);
      }
    }

    @Override
    public double lossRate() {
      return 1.0 / k;
    }

    @Override
    public String describe() {
      return "every " + k + "th packet from " + offset;
    }
  }

  /** Drops exactly {@code k} random packets of each block of {@code n} consecutive packets. */
  record KOfN(int k, int n) implements LossModel {
    /** n in [1, 1e6], k in [0, n]. */
    public KOfN {
      if (n < 1 || n > 1_000_000) {
        throw new IllegalArgumentException("k-of-n: n must be in [1, 1000000], found " + n);
      }
      if (k < 0 || k > n) {
        throw new IllegalArgumentException("k-of-n: k must be in [0, " + n + "], found " + k);
      }
    }

    @Override
    public double lossRate() {
      return (double) k / n;
    }

    @Override
    public String describe() {
      return k + " of every " + n + " packets";
    }
  }

  /** Drops {@code count} consecutive packets from the first one sent at or after {@code at}. */
  record BurstAt(Duration at, int count) implements LossModel {
    /** at in [0, 24 h], count in [1, 1e9]. */
    public BurstAt {
      ProfileChecks.nonNegative("burst-at time", at);
      if (count < 1 || count > 1_000_000_000) {
        throw new IllegalArgumentException(
            "burst-at: count must be in [1, 1000000000], found " + count);
      }
    }

    @Override
    public double lossRate() {
      return 0.0;
    }

    @Override
    public String describe() {
      return "burst of " + count + " at " + ProfileChecks.millis(at);
    }
  }
}
