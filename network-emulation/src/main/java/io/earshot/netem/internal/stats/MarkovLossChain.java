package io.earshot.netem.internal.stats;

import java.util.Objects;

/**
 * Expected statistics of a loss process driven by a finite Markov chain: in state {@code i} a
 * packet is lost with probability {@code h[i]}, then the chain moves with {@code P[i][j]}. Covers
 * Bernoulli, the 2-state correlated mapping, Gilbert-Elliott and the 4-state model (there the
 * packet's fate is the state entered, i.e. {@code h} is a 0/1 indicator of the current state).
 *
 * <p>Used by the loss models to state their configured truth, and by acceptance tests to compute
 * tolerances (spec section 4).
 */
public final class MarkovLossChain {

  /** Series terms below this end the variance-inflation sum (spec section 4). */
  public static final double SERIES_TOLERANCE = 1e-9;

  private static final int MAX_ITERATIONS = 10_000_000;

  private final double[][] transition;
  private final double[] lossInState;
  private final double[] stationary;

  /**
   * @param transition row-stochastic matrix, {@code transition[i][j]} = P(i -> j)
   * @param lossInState loss probability per state
   * @param initialState the state the chain starts in (used when it has no unique stationary
   *     distribution, e.g. an absorbing Good state)
   */
  public MarkovLossChain(double[][] transition, double[] lossInState, int initialState) {
    this.transition = Objects.requireNonNull(transition, "transition");
    this.lossInState = Objects.requireNonNull(lossInState, "lossInState");
    this.stationary = stationary(transition, initialState);
  }

  /** Long-run probability of each state. */
  public double[] stationary() {
    return stationary.clone();
  }

  /** Long-run loss rate {@code sum pi_i h_i}. */
  public double lossRate() {
    double m = 0;
    for (int i = 0; i < stationary.length; i++) {
      m += stationary[i] * lossInState[i];
    }
    return m;
  }

  /** Mean length of a run of consecutive losses: P(lost) / P(received then lost). */
  public double meanLossRun() {
    double m = lossRate();
    double starts = pairProbability(false, true);
    return starts <= 0 ? (m > 0 ? Double.POSITIVE_INFINITY : 0.0) : m / starts;
  }

  /** Mean length of a run of consecutive deliveries between losses. */
  public double meanGap() {
    double m = lossRate();
    double starts = pairProbability(true, false);
    return starts <= 0 ? (m < 1 ? Double.POSITIVE_INFINITY : 0.0) : (1 - m) / starts;
  }

  /** Lag-k autocorrelation of the loss indicator. */
  public double autocorrelation(int lag) {
    double m = lossRate();
    double var = m * (1 - m);
    if (var <= 0) {
      return 0;
    }
    double[] v = lossInState.clone();
    for (int k = 0; k < lag; k++) {
      v = multiply(v);
    }
    return (weightedDot(v) - m * m) / var;
  }

  /**
   * Variance inflation of the loss-rate estimate, {@code 1 + 2 sum_k rho_k}, summing the
   * autocorrelation series by iterating the transition matrix until a term is below {@link
   * #SERIES_TOLERANCE} in absolute value.
   */
  public double varianceInflation() {
    double m = lossRate();
    double var = m * (1 - m);
    if (var <= 0) {
      return 1.0;
    }
    double sum = 0;
    double[] v = lossInState.clone();
    for (int k = 1; k <= MAX_ITERATIONS; k++) {
      v = multiply(v);
      double rho = (weightedDot(v) - m * m) / var;
      sum += rho;
      if (Math.abs(rho) < SERIES_TOLERANCE) {
        break;
      }
    }
    return 1 + 2 * sum;
  }

  /** P(loss indicator at n is {@code first} and at n+1 is {@code second}), stationary. */
  private double pairProbability(boolean firstLost, boolean secondLost) {
    double total = 0;
    for (int i = 0; i < stationary.length; i++) {
      double pFirst = firstLost ? lossInState[i] : 1 - lossInState[i];
      double next = 0;
      for (int j = 0; j < stationary.length; j++) {
        next += transition[i][j] * (secondLost ? lossInState[j] : 1 - lossInState[j]);
      }
      total += stationary[i] * pFirst * next;
    }
    return total;
  }

  private double[] multiply(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += transition[i][j] * v[j];
      }
      out[i] = s;
    }
    return out;
  }

  private double weightedDot(double[] v) {
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      s += stationary[i] * lossInState[i] * v[i];
    }
    return s;
  }

  /**
   * Stationary distribution: solves {@code pi P = pi, sum pi = 1} by Gaussian elimination with
   * partial pivoting. A chain with several closed classes (singular system) stays where it starts,
   * so the initial state's class decides.
   */
  private static double[] stationary(double[][] p, int initialState) {
    int n = p.length;
    double[][] a = new double[n][n + 1];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        a[j][i] = p[i][j] - (i == j ? 1 : 0);
      }
    }
    for (int i = 0; i < n; i++) {
      a[n - 1][i] = 1.0;
    }
    a[n - 1][n] = 1.0;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < 1e-14) {
        return absorbedAt(n, initialState);
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] pi = new double[n];
    for (int i = 0; i < n; i++) {
      pi[i] = Math.max(0.0, a[i][n] / a[i][i]);
    }
    return pi;
  }

  private static double[] absorbedAt(int n, int state) {
    double[] pi = new double[n];
    pi[state] = 1.0;
    return pi;
  }
}
