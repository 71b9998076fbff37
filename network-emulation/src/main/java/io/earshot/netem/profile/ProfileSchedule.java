package io.earshot.netem.profile;

import io.earshot.netem.internal.config.ProfileYamlReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A time-varying profile (spec 3.10, step changes): each step applies its profile at {@code at}
 * after the schedule starts ({@code UserLink.follow}). Changes apply between packets; packets in
 * flight keep their decisions. Ramps are not modelled.
 *
 * @param steps sorted by time; at least one
 */
public record ProfileSchedule(List<Step> steps) {

  /** Validates and sorts the steps (a stable sort: equal times keep their order). */
  public ProfileSchedule {
    Objects.requireNonNull(steps, "steps");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException(
          "a profile schedule needs at least one step, " + "found none");
    }
    List<Step> sorted = new ArrayList<>(steps);
    sorted.sort(Comparator.comparing(Step::at));
    steps = List.copyOf(sorted);
  }

  /**
   * Parses a timeline in YAML, presets by name from {@link NetworkPresets#standard()}:
   *
   * <pre>
   * name: train-ride
   * timeline:
   *   - {at: 0s, preset: 4g}
   *   - at: 20s
   *     both: {delay: 150ms, jitter: 40ms, loss: 3%}
   *   - {at: 35s, preset: 4g}
   * </pre>
   */
  public static ProfileSchedule fromYaml(String yaml) {
    return ProfileYamlReader.schedule(yaml, NetworkPresets.standard());
  }

  /** Starts a schedule with its first step. */
  public static ProfileSchedule of(Duration at, LinkProfile profile) {
    return new ProfileSchedule(List.of(new Step(at, profile)));
  }

  /** The schedule with one more step. */
  public ProfileSchedule then(Duration at, LinkProfile profile) {
    List<Step> more = new ArrayList<>(steps);
    more.add(new Step(at, profile));
    return new ProfileSchedule(more);
  }

  /**
   * One step.
   *
   * @param at offset from the schedule's start, in [0, 24 h]
   * @param profile what the link becomes
   */
  public record Step(Duration at, LinkProfile profile) {
    /** Validates the fields. */
    public Step {
      ProfileChecks.nonNegative("schedule step time", at);
      Objects.requireNonNull(profile, "profile");
    }
  }
}
