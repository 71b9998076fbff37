package io.earshot.simulator.load;

import io.earshot.netem.profile.NetworkPresets;
import io.earshot.netem.yaml.SafeYaml;
import io.earshot.netem.yaml.YamlFields;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.load.LoadProfile.Churn;
import io.earshot.simulator.load.LoadProfile.NetworkShare;
import io.earshot.simulator.load.LoadProfile.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a load profile from YAML (see {@code load/README.md}), defensively ({@link SafeYaml}):
 * every error names the field, the value found and what is expected there. Nothing runs until the
 * whole profile reads.
 */
public final class LoadProfileReader {
  /** The most users one profile (or one process's shard of it) may hold. */
  public static final int MAX_USERS = 100_000;

  private static final Duration MAX_DURATION = Duration.ofHours(24);
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "mode",
          "seed",
          "duration",
          "rooms",
          "speakers",
          "listeners",
          "ramp",
          "churn",
          "network",
          "source",
          "probes",
          "thresholds");

  private LoadProfileReader() {}

  /**
   * The profile in {@code yaml}, or an {@link IllegalArgumentException} that says what is wrong.
   */
  public static LoadProfile read(String yaml) {
    YamlFields f = YamlFields.of("", SafeYaml.parse(yaml));
    f.only(FIELDS);
    int rooms = (int) f.integer("rooms", 1, 1, MAX_USERS);
    int speakers = (int) f.integer("speakers", 2, 1, MAX_USERS);
    int listeners = (int) f.integer("listeners", 0, 0, MAX_USERS);
    long users = (long) rooms * (speakers + listeners);
    if (speakers + listeners < 2 || users > MAX_USERS) {
      throw YamlFields.error(
          "rooms",
          String.format(
              Locale.ROOT,
              "expected 2 to %d users per room and at most %d in all, found %d rooms of %d speakers"
                  + " and %d listeners (%d users)",
              MAX_USERS,
              MAX_USERS,
              rooms,
              speakers,
              listeners,
              users));
    }
    Duration duration = positive(f, "duration", null);
    Duration ramp = f.duration("ramp", Duration.ZERO);
    if (ramp.compareTo(duration) > 0) {
      throw YamlFields.error(
          "ramp", "expected a ramp no longer than the duration (" + duration + "), found " + ramp);
    }
    return new LoadProfile(
        f.string("name", "load"),
        mode(f),
        f.integer("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE),
        duration,
        rooms,
        speakers,
        listeners,
        ramp,
        churn(f),
        network(f),
        Source.valueOf(
            f.choice("source", "speech", List.of("speech", "tone")).toUpperCase(Locale.ROOT)),
        f.probability("probes", 1.0),
        thresholds(f));
  }

  private static TimeMode mode(YamlFields f) {
    return f.choice("mode", "simulated", List.of("simulated", "realtime")).equals("realtime")
        ? TimeMode.REAL_TIME
        : TimeMode.SIMULATED;
  }

  private static Duration positive(YamlFields f, String key, Duration fallback) {
    Duration d = f.duration(key, fallback);
    if (d.isZero() || d.compareTo(MAX_DURATION) > 0) {
      throw YamlFields.error(
          f.child(key), "expected a duration above 0 and at most 24 h, found " + f.raw(key));
    }
    return d;
  }

  private static Churn churn(YamlFields parent) {
    if (!parent.has("churn")) {
      return Churn.NONE;
    }
    YamlFields f = YamlFields.of("churn", parent.raw("churn"));
    f.only(Set.of("leave-per-minute", "rejoin-after"));
    return new Churn(
        f.probability("leave-per-minute", null),
        positive(f, "rejoin-after", Duration.ofSeconds(5)));
  }

  private static List<NetworkShare> network(YamlFields f) {
    List<Object> entries = f.list("network");
    if (entries.isEmpty()) {
      return List.of(new NetworkShare(1.0, "perfect"));
    }
    NetworkPresets presets = NetworkPresets.standard();
    List<NetworkShare> shares = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < entries.size(); i++) {
      YamlFields e = YamlFields.of("network[" + i + "]", entries.get(i));
      e.only(Set.of("share", "profile"));
      String profile = e.string("profile", null);
      if (profile == null || !presets.contains(profile)) {
        Set<String> known = new TreeSet<>(presets.names());
        known.addAll(presets.aliases().keySet());
        throw YamlFields.error(
            e.child("profile"),
            "expected a network preset (" + String.join(", ", known) + "), found " + profile);
      }
      double share = e.probability("share", null);
      sum += share;
      shares.add(new NetworkShare(share, profile));
    }
    if (Math.abs(sum - 1.0) > 1e-4) {
      throw YamlFields.error(
          "network",
          String.format(
              Locale.ROOT, "expected shares adding up to 100%%, found %.2f%%", sum * 100));
    }
    return shares;
  }

  private static List<Threshold> thresholds(YamlFields f) {
    List<Threshold> out = new ArrayList<>();
    List<Object> entries = f.list("thresholds");
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.get(i);
      if (!(entry instanceof String text)) {
        throw YamlFields.error(
            "thresholds[" + i + "]",
            "expected a threshold such as 'measured_mos.p5 >= 3.5', found "
                + YamlFields.describe(entry));
      }
      try {
        out.add(Threshold.parse(text));
      } catch (IllegalArgumentException e) {
        throw YamlFields.error("thresholds[" + i + "]", e.getMessage());
      }
    }
    return out;
  }
}
