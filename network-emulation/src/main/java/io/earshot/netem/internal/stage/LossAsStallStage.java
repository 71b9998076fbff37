package io.earshot.netem.internal.stage;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What packet loss does to a byte stream, approximately (spec 3.11 {@code lossAsStall}): the chunk
 * is cut into MSS-sized segments, each lost with the configured probability, and if any is lost the
 * chunk is held for one retransmission timeout. Real TCP recovers several losses of one window in
 * about one RTO (or faster with fast retransmit), so one RTO per chunk is the model. Draws one
 * uniform per segment, never more, never fewer.
 */
public final class LossAsStallStage implements PacketStage {

  /** Stage name, part of the random stream label. */
  public static final String NAME = "loss-as-stall";

  /** Segment size (A): Ethernet MTU minus IPv4 and TCP headers. */
  public static final int MSS_BYTES = 1460;

  /** Retransmission timeout (A): Linux's minimum RTO. */
  public static final Duration DEFAULT_RTO = Duration.ofMillis(200);

  private final Supplier<RandomLossConfig> config;
  private final Xoshiro256StarStar random;
  private final long rtoNanos;

  /**
   * @param config read once per chunk
   * @param random this stage's own stream
   * @param rto how long a chunk hit by loss is held; positive
   */
  public LossAsStallStage(
      Supplier<RandomLossConfig> config, Xoshiro256StarStar random, Duration rto) {
    this.config = Objects.requireNonNull(config, "config");
    this.random = Objects.requireNonNull(random, "random");
    Objects.requireNonNull(rto, "rto");
    if (rto.isNegative() || rto.isZero()) {
      throw new IllegalArgumentException("retransmission timeout must be > 0, found " + rto);
    }
    this.rtoNanos = rto.toNanos();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    double p = config.get().probability();
    int segments = segments(fate.sizeBytes());
    boolean lost = false;
    for (int i = 0; i < segments; i++) {
      lost |= random.nextDouble() < p;
    }
    if (lost) {
      fate.delayBy(rtoNanos);
      fate.markLossStall();
    }
  }

  /** Segments a chunk of {@code sizeBytes} occupies; an empty chunk (a FIN) still takes one. */
  static int segments(int sizeBytes) {
    return Math.max(1, (sizeBytes + MSS_BYTES - 1) / MSS_BYTES);
  }
}
