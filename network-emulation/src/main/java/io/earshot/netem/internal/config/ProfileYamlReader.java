package io.earshot.netem.internal.config;

import io.earshot.netem.profile.CorruptModel;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.DeliveryTrace;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.DuplicateModel;
import io.earshot.netem.profile.JitterDistribution;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.NetworkPresets;
import io.earshot.netem.profile.OutageMode;
import io.earshot.netem.profile.OutageModel;
import io.earshot.netem.profile.ProfileSchedule;
import io.earshot.netem.profile.QueueDiscipline;
import io.earshot.netem.profile.RateLimit;
import io.earshot.netem.profile.ReorderModel;
import io.earshot.netem.yaml.SafeYaml;
import io.earshot.netem.yaml.YamlFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads profiles from their compact YAML form (see the module README) with SnakeYAML's {@link
 * SafeConstructor} (plain maps, lists and scalars only; no types from the document). Every error
 * names the field's path and what is allowed there.
 */
public final class ProfileYamlReader {

  private static final Set<String> DIRECTION_KEYS =
      Set.of(
          "delay",
          "jitter",
          "jitter-distribution",
          "delay-correlation",
          "loss",
          "loss-position",
          "rate",
          "duplicate",
          "corrupt",
          "reorder",
          "allow-reordering",
          "outages");

  private ProfileYamlReader() {}

  /** Parses one YAML document into plain Java maps, lists and scalars ({@link SafeYaml}). */
  public static Object parse(String yaml) {
    return SafeYaml.parse(yaml);
  }

  /** A direction profile from a YAML document. */
  public static DirectionProfile direction(String yaml) {
    return direction("", parse(yaml));
  }

  /** A link profile from a YAML document ({@code uplink}/{@code downlink} or {@code both}). */
  public static LinkProfile link(String yaml) {
    YamlFields fields = YamlFields.of("", parse(yaml));
    return link(fields, fields.string("name", "custom"), Set.of("name"));
  }

  /**
   * A link profile from a mapping holding {@code both} or {@code uplink} and {@code downlink}.
   *
   * @param extraKeys other keys allowed in the mapping (e.g. name, source)
   */
  static LinkProfile link(YamlFields fields, String name, Set<String> extraKeys) {
    Set<String> known = new HashSet<>(extraKeys);
    known.addAll(Set.of("both", "uplink", "downlink"));
    fields.only(known);
    if (fields.has("both") && (fields.has("uplink") || fields.has("downlink"))) {
      throw YamlFields.error(
          fields.path(), "give either 'both' or 'uplink' and 'downlink', not both forms");
    }
    if (fields.has("both")) {
      DirectionProfile both = direction(fields.child("both"), fields.raw("both"));
      return LinkProfile.symmetric(name, both);
    }
    DirectionProfile up = direction(fields.child("uplink"), fields.raw("uplink"));
    DirectionProfile down = direction(fields.child("downlink"), fields.raw("downlink"));
    return LinkProfile.of(name, up, down);
  }

  /**
   * A time-varying profile: {@code timeline} is a list of steps, each {@code at} (a duration from
   * the start) and either a link profile ({@code both} or {@code uplink}/{@code downlink}) or
   * {@code preset: <name>}; an optional {@code name} labels the profiles.
   */
  public static ProfileSchedule schedule(String yaml, NetworkPresets presets) {
    YamlFields fields = YamlFields.of("", parse(yaml)).only(Set.of("name", "timeline"));
    String name = fields.string("name", "timeline");
    List<Object> steps = fields.list("timeline");
    if (steps.isEmpty()) {
      throw YamlFields.error(
          fields.child("timeline"),
          "required; a list of steps such as "
              + "'- {at: 10s, preset: 3g}' or '- {at: 0s, both: {delay: 40ms}}'");
    }
    List<ProfileSchedule.Step> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      YamlFields step = YamlFields.of(fields.child("timeline[" + i + "]"), steps.get(i));
      Duration at = step.duration("at", null);
      LinkProfile profile;
      if (step.has("preset")) {
        step.only(Set.of("at", "preset"));
        String preset = step.string("preset", "");
        profile = checked(step.child("preset"), () -> presets.profile(preset));
      } else {
        profile = link(step, name + "@" + at, Set.of("at"));
      }
      out.add(checked(step.path(), () -> new ProfileSchedule.Step(at, profile)));
    }
    return new ProfileSchedule(out);
  }

  static DirectionProfile direction(String path, Object node) {
    YamlFields f = YamlFields.of(path, node).only(DIRECTION_KEYS);
    DirectionProfile.Builder b = DirectionProfile.builder();
    checked(f.path(), () -> b.delay(delay(f)));
    if (f.has("loss")) {
      b.loss(LossYamlReader.loss(f.child("loss"), f.raw("loss")));
    }
    b.lossBeforeQueue(
        "before-queue"
            .equals(
                f.choice("loss-position", "after-queue", List.of("after-queue", "before-queue"))));
    if (f.has("rate")) {
      b.rate(rate(f));
    }
    if (f.has("duplicate")) {
      b.duplicate(duplicate(f.child("duplicate"), f.raw("duplicate")));
    }
    if (f.has("corrupt")) {
      b.corrupt(corrupt(f.child("corrupt"), f.raw("corrupt")));
    }
    if (f.has("reorder")) {
      b.reorder(reorder(YamlFields.of(f.child("reorder"), f.raw("reorder"))));
    }
    b.allowReordering(f.bool("allow-reordering", false));
    List<Object> outages = f.list("outages");
    for (int i = 0; i < outages.size(); i++) {
      b.outage(outage(YamlFields.of(f.child("outages[" + i + "]"), outages.get(i))));
    }
    return checked(f.path(), b::build);
  }

  private static DelayModel delay(YamlFields f) {
    Duration base = f.duration("delay", Duration.ZERO);
    JitterDistribution jitter = null;
    if (f.has("jitter")) {
      Object raw = f.raw("jitter");
      if (raw instanceof Map) {
        jitter = jitter(YamlFields.of(f.child("jitter"), raw));
      } else {
        Duration j = f.duration("jitter", null);
        String shape = f.choice("jitter-distribution", "uniform", List.of("uniform", "normal"));
        jitter =
            shape.equals("normal") ? JitterDistribution.normal(j) : JitterDistribution.uniform(j);
      }
    } else if (f.has("jitter-distribution")) {
      throw YamlFields.error(f.child("jitter-distribution"), "needs 'jitter' as well");
    }
    return new DelayModel(base, jitter, jitter == null ? 0.0 : f.correlation("delay-correlation"));
  }

  private static JitterDistribution jitter(YamlFields f) {
    String kind =
        f.choice("distribution", null, List.of("uniform", "normal", "lognormal", "pareto"));
    return checked(
        f.path(),
        () ->
            switch (kind) {
              case "uniform" ->
                  JitterDistribution.uniform(
                      f.only(Set.of("distribution", "half-width")).duration("half-width", null));
              case "normal" ->
                  JitterDistribution.normal(
                      f.only(Set.of("distribution", "std")).duration("std", null));
              case "lognormal" ->
                  JitterDistribution.lognormal(
                      f.only(Set.of("distribution", "median", "sigma")).duration("median", null),
                      f.number("sigma", null, 1e-9, 5));
              default ->
                  JitterDistribution.pareto(
                      f.only(Set.of("distribution", "scale", "alpha")).duration("scale", null),
                      f.number("alpha", null, 1.000001, 100));
            });
  }

  private static RateLimit rate(YamlFields parent) {
    Object raw = parent.raw("rate");
    if (!(raw instanceof Map)) {
      return RateLimit.of(parent.rate("rate"));
    }
    YamlFields f =
        YamlFields.of(parent.child("rate"), raw)
            .only(
                Set.of(
                    "bits",
                    "trace-file",
                    "overhead",
                    "cell-size",
                    "cell-overhead",
                    "queue-packets",
                    "queue-bytes",
                    "queue-delay",
                    "discipline",
                    "codel-target",
                    "codel-interval"));
    if (f.has("bits") == f.has("trace-file")) {
      throw YamlFields.error(
          f.path(),
          "give exactly one of 'bits' (e.g. 64kbit) or " + "'trace-file' (a Mahimahi trace)");
    }
    RateLimit base =
        f.has("bits")
            ? RateLimit.of(f.rate("bits"))
            : RateLimit.trace(trace(f.child("trace-file"), f.string("trace-file", null)));
    String discipline =
        f.choice("discipline", "drop-tail", List.of("drop-tail", "drop-head", "codel"));
    return checked(
        f.path(),
        () ->
            new RateLimit(
                base.bitsPerSecond(),
                base.trace(),
                (int) f.integer("overhead", RateLimit.IPV4_UDP_OVERHEAD, 0, 1000),
                (int) f.integer("cell-size", 0, 0, 65535),
                (int) f.integer("cell-overhead", 0, 0, 1000),
                (int) f.integer("queue-packets", base.queuePackets(), 1, 10_000_000),
                f.integer("queue-bytes", 0, 0, 1_000_000_000_000L),
                f.duration("queue-delay", Duration.ZERO),
                QueueDiscipline.valueOf(discipline.toUpperCase(Locale.ROOT).replace('-', '_')),
                f.duration("codel-target", RateLimit.CODEL_TARGET),
                f.duration("codel-interval", RateLimit.CODEL_INTERVAL)));
  }

  private static DeliveryTrace trace(String path, String file) {
    try {
      return DeliveryTrace.load(Path.of(file));
    } catch (IOException e) {
      throw YamlFields.error(path, "cannot read the trace file '" + file + "': " + e);
    } catch (IllegalArgumentException e) {
      throw YamlFields.error(path, e.getMessage());
    }
  }

  private static DuplicateModel duplicate(String path, Object node) {
    if (!(node instanceof Map)) {
      return DuplicateModel.of(YamlFields.probabilityValue(path, node, "[0, 1]", 1.0));
    }
    YamlFields f =
        YamlFields.of(path, node)
            .only(Set.of("rate", "correlation", "extra-delay-min", "extra-delay-max"));
    return checked(
        path,
        () ->
            new DuplicateModel(
                f.probability("rate", null),
                f.correlation("correlation"),
                f.duration("extra-delay-min", Duration.ZERO),
                f.duration("extra-delay-max", f.duration("extra-delay-min", Duration.ZERO))));
  }

  private static CorruptModel corrupt(String path, Object node) {
    if (!(node instanceof Map)) {
      return CorruptModel.bitFlips(YamlFields.probabilityValue(path, node, "[0, 1]", 1.0), 1);
    }
    YamlFields f =
        YamlFields.of(path, node).only(Set.of("rate", "correlation", "bits", "truncate"));
    boolean truncate = f.bool("truncate", false);
    if (truncate && f.has("bits")) {
      throw YamlFields.error(path, "give either 'bits' or 'truncate: true', not both");
    }
    int bits = truncate ? 0 : (int) f.integer("bits", 1, 1, 64);
    return checked(
        path,
        () -> new CorruptModel(f.probability("rate", null), f.correlation("correlation"), bits));
  }

  private static ReorderModel reorder(YamlFields f) {
    String model = f.choice("model", null, List.of("netem", "late"));
    if (model.equals("netem")) {
      f.only(Set.of("model", "rate", "correlation", "gap"));
      return checked(
          f.path(),
          () ->
              ReorderModel.netem(
                  f.probability("rate", null),
                  f.correlation("correlation"),
                  (int) f.integer("gap", 1, 1, 1_000_000)));
    }
    f.only(Set.of("model", "rate", "packets", "by"));
    if (f.has("packets") == f.has("by")) {
      throw YamlFields.error(
          f.path(), "late reordering needs exactly one of 'packets' (m) or 'by' (a duration)");
    }
    double q = f.probability("rate", null);
    return checked(
        f.path(),
        () ->
            f.has("packets")
                ? ReorderModel.late(q, (int) f.integer("packets", 1, 1, 1000))
                : ReorderModel.lateBy(q, f.duration("by", null)));
  }

  private static OutageModel outage(YamlFields f) {
    String model = f.choice("model", "scheduled", List.of("scheduled", "random", "periodic"));
    OutageMode mode =
        OutageMode.valueOf(
            f.choice("mode", "drop", List.of("drop", "hold")).toUpperCase(Locale.ROOT));
    return checked(
        f.path(),
        () ->
            switch (model) {
              case "scheduled" ->
                  OutageModel.scheduled(
                      f.only(Set.of("model", "mode", "at", "duration")).duration("at", null),
                      f.duration("duration", null),
                      mode);
              case "random" ->
                  OutageModel.randomOnOff(
                      f.only(Set.of("model", "mode", "mean-on", "mean-off"))
                          .duration("mean-on", null),
                      f.duration("mean-off", null),
                      mode);
              // "up"/"down", not "on"/"off": YAML 1.1 reads on and off as booleans.
              default ->
                  OutageModel.periodic(
                      f.only(Set.of("model", "mode", "up", "down")).duration("up", null),
                      f.duration("down", null),
                      mode);
            });
  }

  /** Runs a model factory, prefixing its validation message with the YAML path. */
  static <T> T checked(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      if (path.isEmpty() || message.startsWith(path)) {
        throw e;
      }
      throw new IllegalArgumentException(path + ": " + message, e);
    }
  }
}
