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
        LossModel.FourState,
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
    return new GilbertElliott(p, 1 - p, 1.0, 0.0);
  }

  /** Simple Gilbert: Good->Bad {@code p}, Bad->Good {@code r}, every Bad packet lost. */
  static GilbertElliott gilbertElliott(double p, double r) {
    return new GilbertElliott(p, r, 1.0, 0.0);
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
  static FourState fourState(double p13) {
    return new FourState(p13, 1 - p13, 0.0, 1.0, 0.0);
  }

  /** 4-state (GI) model with all transition probabilities (spec 3.4). */
  static FourState fourState(double p13, double p31, double p32, double p23, double p14) {
    return new FourState(p13, p31, p32, p23, p14);
  }

  /** Bursty loss with memoryless losses inside a burst and no isolated losses; see below. */
  static FourState bursty(double burstLength, double density, double gapLength) {
    return FourState.fromBursts(burstLength, density, Double.NaN, gapLength, 0.0);
  }

  /**
   * The 4-state model by its readable parameters (spec 3.4): mean burst length {@code B}, loss
   * density in bursts {@code rho}, mean loss run inside a burst {@code R} (NaN: the memoryless
   * default), mean gap length {@code G}, isolated-loss density in gaps {@code iso}.
   */
  static FourState bursty(
      double burstLength, double density, double runInBurst, double gapLength, double isolated) {
    return FourState.fromBursts(burstLength, density, runInBurst, gapLength, isolated);
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
    /** Every parameter in [0, 1]. */
    public GilbertElliott {
      ProfileChecks.probability("Gilbert-Elliott p (Good->Bad)", p);
      ProfileChecks.probability("Gilbert-Elliott r (Bad->Good)", r);
      ProfileChecks.probability("Gilbert-Elliott loss in Bad (1-h)", lossInBad);
      ProfileChecks.probability("Gilbert-Elliott loss in Good (1-k)", lossInGood);
    }

    /** The chain behind the model: state 0 Good, 1 Bad; starts Good. */
    public MarkovLossChain chain() {
      return new MarkovLossChain(
          new double[][] {{1 - p, p}, {r, 1 - r}}, new double[] {lossInGood, lossInBad}, 0);
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

  /**
   * 4-state (GI) model (spec 3.4). States 1 received in gap, 2 received in burst, 3 lost in burst,
   * 4 isolated loss; the packet's fate is the state entered.
   */
  record FourState(double p13, double p31, double p32, double p23, double p14)
      implements LossModel {
    /** Every parameter in [0, 1], {@code p13+p14 <= 1} and {@code p31+p32 <= 1}. */
    public FourState {
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

    static FourState fromBursts(double b, double rho, double runInBurst, double g, double iso) {
      if (!(b >= 1 && b <= 1e6)) {
        throw new IllegalArgumentException(
            "bursty loss: burst length B must be in [1, 1000000] packets, found " + b);
      }
      if (!(rho > 0 && rho <= 1)) {
        throw new IllegalArgumentException(
            "bursty loss: density rho must be in (0, 1], found " + rho);
      }
      if (!(g >= 1 && g <= 1e9)) {
        throw new IllegalArgumentException(
            "bursty loss: gap length G must be in [1, 1e9] packets, found " + g);
      }
      if (!(iso >= 0 && iso < 1)) {
        throw new IllegalArgumentException(
            "bursty loss: isolated-loss density must be in [0, 1), found " + iso);
      }
      double p31 = 1 / (rho * b);
      double inverseRun;
      if (Double.isNaN(runInBurst)) {
        double k = (1 - rho) / rho;
        inverseRun = (k + p31) / (1 + k);
      } else {
        if (!(runInBurst >= 1)) {
          throw new IllegalArgumentException(
              "bursty loss: mean run in burst R must be >= 1, found " + runInBurst);
        }
        inverseRun = 1 / runInBurst;
      }
      double p32 = inverseRun - p31;
      double p23 = rho >= 1 ? 1.0 : p32 / (p31 * (1 - rho) * b);
      double p14 = iso / (1 - iso);
      double p13 = (1 + p14) / g;
      String derived =
          " (from B "
              + fmt(b)
              + ", rho "
              + fmt(rho)
              + ", R "
              + fmt(1 / inverseRun)
              + ", G "
              + fmt(g)
              + ", iso "
              + fmt(iso)
              + ")";
      checkDerived("p31 = 1/(rho B)", p31, derived);
      checkDerived("p32 = 1/R - p31", p32, derived);
      checkDerived("p23 = p32/(p31 (1-rho) B)", p23, derived);
      checkDerived("p13 = (1+p14)/G", p13, derived);
      if (p13 + p14 > 1 || p31 + p32 > 1 + 1e-12) {
        throw new IllegalArgumentException(
            "bursty loss: derived p13+p14 = "
                + fmt(p13 + p14)
                + " and p31+p32 = "
                + fmt(p31 + p32)
                + " must both be <= 1"
                + derived);
      }
      return new FourState(p13, p31, Math.max(0, p32), p23, p14);
    }

    private static void checkDerived(String what, double value, String derived) {
      if (!(value >= -1e-12 && value <= 1 + 1e-12)) {
        throw new IllegalArgumentException(
            "bursty loss: derived " + what + " must be in [0, 1], found " + fmt(value) + derived);
      }
    }

    /** The chain: index 0..3 for states 1..4; starts in state 1. */
    public MarkovLossChain chain() {
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
