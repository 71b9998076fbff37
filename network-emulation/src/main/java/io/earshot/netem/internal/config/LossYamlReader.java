package io.earshot.netem.internal.config;

import static io.earshot.netem.internal.config.ProfileYamlReader.checked;

import io.earshot.netem.profile.FourStateLoss;
import io.earshot.netem.profile.LossModel;
import io.earshot.netem.profile.LossModel.GilbertElliott;
import io.earshot.netem.yaml.YamlFields;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a loss model from YAML: a bare probability, or a map with {@code model} and its fields. */
final class LossYamlReader {
  private LossYamlReader() {}

  static LossModel loss(String path, Object node) {
    if (!(node instanceof Map)) {
      return checked(
          path, () -> LossModel.random(YamlFields.probabilityValue(path, node, "[0, 1]", 1.0)));
    }
    YamlFields f = YamlFields.of(path, node);
    String model =
        f.choice(
            "model",
            null,
            List.of(
                "random",
                "correlated",
                "bursts",
                "gilbert-elliott",
                "four-state",
                "bursty",
                "list",
                "every-nth",
                "k-of-n",
                "burst-at"));
    return checked(
        path,
        () ->
            switch (model) {
              case "random" ->
                  LossModel.random(f.only(Set.of("model", "rate")).probability("rate", null));
              case "correlated" ->
                  LossModel.correlated(
                      f.only(Set.of("model", "rate", "correlation")).probability("rate", null),
                      f.correlation("correlation"));
              case "bursts" ->
                  LossModel.inBursts(
                      f.only(Set.of("model", "rate", "burst")).probability("rate", null),
                      f.number("burst", null, 1, 1e6));
              case "gilbert-elliott" -> {
                f.only(Set.of("model", "p", "r", "loss-in-bad", "loss-in-good"));
                double p = f.probability("p", null);
                yield LossModel.gilbertElliott(
                    p,
                    f.probability("r", GilbertElliott.defaultR(p)),
                    f.probability("loss-in-bad", GilbertElliott.DEFAULT_LOSS_IN_BAD),
                    f.probability("loss-in-good", GilbertElliott.DEFAULT_LOSS_IN_GOOD));
              }
              case "four-state" -> {
                f.only(Set.of("model", "p13", "p31", "p32", "p23", "p14"));
                double p13 = f.probability("p13", null);
                yield LossModel.fourState(
                    p13,
                    f.probability("p31", FourStateLoss.defaultP31(p13)),
                    f.probability("p32", FourStateLoss.DEFAULT_P32),
                    f.probability("p23", FourStateLoss.DEFAULT_P23),
                    f.probability("p14", FourStateLoss.DEFAULT_P14));
              }
              case "bursty" ->
                  LossModel.bursty(
                      f.only(Set.of("model", "burst", "density", "run", "gap", "isolated"))
                          .number("burst", null, 1, 1e6),
                      f.probability("density", null),
                      f.number("run", FourStateLoss.DEFAULT_RUN_IN_BURST, 1, 1e6),
                      f.number("gap", null, 1, 1e9),
                      f.probability("isolated", FourStateLoss.DEFAULT_ISOLATED));
              case "list" -> {
                f.only(Set.of("model", "packets"));
                List<Object> raw = f.list("packets");
                long[] ids = new long[raw.size()];
                for (int i = 0; i < ids.length; i++) {
                  if (!(raw.get(i) instanceof Integer || raw.get(i) instanceof Long)) {
                    throw YamlFields.error(
                        f.child("packets[" + i + "]"),
                        "expected a packet index >= 0, found " + YamlFields.describe(raw.get(i)));
                  }
                  ids[i] = ((Number) raw.get(i)).longValue();
                }
                yield LossModel.list(ids);
              }
              case "every-nth" -> {
                f.only(Set.of("model", "n", "offset"));
                int n = (int) f.integer("n", 0, 1, 1_000_000_000);
                yield LossModel.everyNth(n, (int) f.integer("offset", 0, 0, n - 1));
              }
              case "k-of-n" -> {
                f.only(Set.of("model", "k", "n"));
                int n = (int) f.integer("n", 0, 1, 1_000_000);
                yield LossModel.kOfN((int) f.integer("k", 0, 0, n), n);
              }
              default ->
                  LossModel.burstAt(
                      f.only(Set.of("model", "at", "count")).duration("at", null),
                      (int) f.integer("count", 1, 1, 1_000_000_000));
            });
  }
}
