package io.earshot.netem.internal.stage;

/**
 * A binary event with rate {@code p} and lag-1 correlation {@code c} as a 2-state Markov chain
 * (spec 3.2): P(event | previous event) {@code a = p + c(1-p)}, P(event | no previous event) {@code
 * b = p(1-c)}; stationary rate exactly {@code p}. With {@code c = 0} it is Bernoulli. Used for
 * loss, duplication, corruption and netem-style reordering.
 */
final class CorrelatedEvent {

  private final double afterEvent;
  private final double afterNone;
  private boolean previous;

  CorrelatedEvent(double p, double c) {
    this.afterEvent = p + c * (1 - p);
    this.afterNone = p * (1 - c);
  }

  /** Advances the chain with one uniform draw and returns whether the event happens. */
  boolean next(double u) {
    previous = u < (previous ? afterEvent : afterNone);
    return previous;
  }
}
