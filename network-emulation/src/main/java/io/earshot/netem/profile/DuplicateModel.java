package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.percent;

import java.time.Duration;
import java.util.Objects;

/**
 * Duplication (spec 3.9): with probability {@code p} (lag-1 correlation via the 2-state mapping of
 * spec 3.2) a packet is delivered twice. The copy shares its original's fate after the duplicate
 * stage (loss, queue, corruption, delay), so every stage still draws a fixed number of values per
 * offered packet; it costs queue capacity like a second packet; it is delivered as a separate array
 * (a copy of the bytes, so each receiver owns its own), at the original's time plus {@code
 * U(extraMin, extraMax)} (pion's option; zero by default), and a delayed copy is exempt from the
 * FIFO clamp.
 *
 * @param probability in [0, 1]
 * @param correlation in [0, 1)
 * @param extraMin lower end of the copy's extra delay
 * @param extraMax upper end, at least {@code extraMin}
 */
public record DuplicateModel(
    double probability, double correlation, Duration extraMin, Duration extraMax) {

  /** Validates every field. */
  public DuplicateModel {
    ProfileChecks.probability("duplicate probability", probability);
    ProfileChecks.correlation("duplicate correlation", correlation);
    ProfileChecks.nonNegative("duplicate extra delay min", extraMin);
    ProfileChecks.nonNegative("duplicate extra delay max", extraMax);
    if (extraMax.compareTo(extraMin) < 0) {
      throw new IllegalArgumentException(
          "duplicate extra delay max must be >= min ("
              + ProfileChecks.millis(extraMin)
              + "), found "
              + ProfileChecks.millis(extraMax));
    }
  }

  /** Independent duplication with probability {@code p}, copy delivered with the original. */
  public static DuplicateModel of(double p) {
    return new DuplicateModel(p, 0.0, Duration.ZERO, Duration.ZERO);
  }

  /** The same with lag-1 correlation {@code c}. */
  public DuplicateModel withCorrelation(double c) {
    return new DuplicateModel(probability, c, extraMin, extraMax);
  }

  /** The same with the copy delayed by an extra {@code U(min, max)}. */
  public DuplicateModel withExtraDelay(Duration min, Duration max) {
    return new DuplicateModel(
        probability,
        correlation,
        Objects.requireNonNull(min, "min"),
        Objects.requireNonNull(max, "max"));
  }

  /** Canonical text for reports. */
  public String describe() {
    return "duplicate "
        + percent(probability)
        + (correlation > 0 ? " corr " + percent(correlation) : "")
        + (extraMax.isZero()
            ? ""
            : " copy +U("
                + ProfileChecks.millis(extraMin)
                + ", "
                + ProfileChecks.millis(extraMax)
                + ")");
  }
}
