package io.earshot.netem.internal.stage;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.profile.CorruptModel;
import java.util.Arrays;
import java.util.Objects;

/**
 * Payload corruption (spec 3.9) on a copy of the payload, never the sender's array: flips {@code
 * bits} random bits (a bit may be hit twice and so restored, as with independent bit errors), or
 * truncates to a random length in [0, size). Draws {@code 1 + bits} values per packet (1 + 1 when
 * truncating), whatever happens. Empty payloads are never corrupted.
 */
public final class CorruptStage implements PacketStage {

  /** Stage name, part of the random stream label. */
  public static final String NAME = "corrupt";

  private final CorruptModel model;
  private final Xoshiro256StarStar random;
  private final CorrelatedEvent chain;
  private final int positionDraws;

  /** A stage for {@code model} drawing from {@code random}. */
  public CorruptStage(CorruptModel model, Xoshiro256StarStar random) {
    this.model = Objects.requireNonNull(model, "model");
    this.random = Objects.requireNonNull(random, "random");
    this.chain = new CorrelatedEvent(model.probability(), model.correlation());
    this.positionDraws = model.truncates() ? 1 : model.bitFlips();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    boolean hit = chain.next(random.nextDouble());
    byte[] payload = fate.payload();
    int length = payload == null ? 0 : payload.length;
    boolean damage = hit && !fate.isDropped() && length > 0;
    byte[] copy = damage ? Arrays.copyOf(payload, length) : null;
    for (int i = 0; i < positionDraws; i++) {
      int position = random.nextInt(Math.max(1, model.truncates() ? length : length * 8));
      if (damage && !model.truncates()) {
        copy[position >>> 3] ^= (byte) (1 << (position & 7));
      } else if (damage) {
        copy = Arrays.copyOf(copy, position);
      }
    }
    if (damage) {
      fate.corruptPayload(copy);
    }
  }
}
