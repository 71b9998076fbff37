package io.earshot.simulator.load;

import io.earshot.simulator.TimeMode;
import java.time.Duration;
import java.util.List;

/**
 * A load run as its YAML file describes it ({@link LoadProfileReader}): rooms of speakers and
 * listeners arriving over a ramp, churn, a network mix, a source, the time mode and seed, and the
 * thresholds the results must meet.
 *
 * @param name a label for reports
 * @param mode simulated or real time
 * @param seed the run's seed: the same profile and seed give the same run (simulated time)
 * @param duration the call's length from the first arrival
 * @param rooms how many rooms
 * @param speakers speakers per room: each publishes and plays the other speakers
 * @param listeners listeners per room: each plays every speaker
 * @param ramp arrivals are spread evenly over it (0: everyone at once)
 * @param churn leaving and rejoining
 * @param network which share of the users gets which network profile
 * @param source what the speakers send
 * @param probes the share of listeners whose audio is measured (every listener decodes)
 * @param thresholds what the results must meet; any failure makes the run fail
 */
public record LoadProfile(
    String name,
    TimeMode mode,
    long seed,
    Duration duration,
    int rooms,
    int speakers,
    int listeners,
    Duration ramp,
    Churn churn,
    List<NetworkShare> network,
    Source source,
    double probes,
    List<Threshold> thresholds) {

  public LoadProfile {
    network = List.copyOf(network);
    thresholds = List.copyOf(thresholds);
  }

  /** Users per room. */
  public int roomSize() {
    return speakers + listeners;
  }

  /** Users of the whole run. */
  public int users() {
    return rooms * roomSize();
  }

  /**
   * Rooms of speakers only on a perfect network, speech, no churn, no thresholds: the population of
   * the capacity bench and of the real-time warm-up.
   */
  public static LoadProfile speakers(
      String name,
      TimeMode mode,
      long seed,
      Duration duration,
      int rooms,
      int speakers,
      Duration ramp,
      double probes) {
    return new LoadProfile(
        name,
        mode,
        seed,
        duration,
        rooms,
        speakers,
        0,
        ramp,
        Churn.NONE,
        List.of(new NetworkShare(1, "perfect")),
        Source.SPEECH,
        probes,
        List.of());
  }

  /** The same profile with another seed and time mode (command-line overrides). */
  public LoadProfile with(TimeMode newMode, long newSeed) {
    return new LoadProfile(
        name,
        newMode,
        newSeed,
        duration,
        rooms,
        speakers,
        listeners,
        ramp,
        churn,
        network,
        source,
        probes,
        thresholds);
  }

  /** What speakers send. */
  public enum Source {
    SPEECH,
    TONE
  }

  /**
   * Leaving and rejoining: each user in a room leaves with probability {@code perMinute} in each
   * minute (checked every second) and logs in again {@code rejoinAfter} later.
   */
  public record Churn(double perMinute, Duration rejoinAfter) {
    public static final Churn NONE = new Churn(0, Duration.ofSeconds(5));
  }

  /** A share of the users (0..1) on a network profile (a preset's name). */
  public record NetworkShare(double share, String profile) {}
}
