package io.earshot.netem.internal.stage;

/**
 * Bernoulli loss (spec 3.1): each packet is lost independently with {@code probability}.
 *
 * @param probability in [0, 1]
 */
public record RandomLossConfig(double probability) {

  /** No loss. */
  public static final RandomLossConfig NONE = new RandomLossConfig(0.0);

  /** Rejects NaN and values outside [0, 1]. */
  public RandomLossConfig {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException(
          "random loss probability must be in [0, 1] (0% to 100%), found " + probability);
    }
  }
}
