package io.earshot.simulator.network;

import io.earshot.netem.profile.CorruptModel;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.DuplicateModel;
import io.earshot.netem.profile.JitterDistribution;
import io.earshot.netem.profile.LossModel;
import io.earshot.netem.profile.QueueDiscipline;
import io.earshot.netem.profile.RateLimit;
import io.earshot.netem.profile.ReorderModel;
import io.earshot.simulator.ScenarioFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of network impairments in feature files (network spec section 6), turned into edits
 * of a direction's {@link DirectionProfile}. Two forms:
 *
 * <ul>
 *   <li>a verb phrase after a target ({@code has 5% random loss}, {@code is limited to 32 kbit/s},
 *       {@code reorders 2% of packets}, {@code is perfect}, ...): {@link #verbPhrase(String)};
 *   <li>a list of impairments, as after {@code has}, separated by {@code ", "}, {@code " and "} or
 *       {@code ", and "} ({@code 8% loss in bursts of 3 packets on average, 120 ms delay with 40 ms
 *       jitter and 256 kbit/s bandwidth}): {@link #impairments(String)}.
 * </ul>
 *
 * Anything that does not parse fails with the accepted forms; a value out of range fails naming the
 * range. Each edit changes only what it names, so sentences compose.
 */
public final class ImpairmentGrammar {
  private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
  private static final String PCT = NUM + " ?%";
  private static final String DUR = NUM + " ?(ms|milliseconds?|s|seconds?)";
  private static final String RATE = NUM + " ?(kbit/s|Mbit/s)";
  private static final Pattern SEPARATOR = Pattern.compile("(?:, and |, | and )");

  /** One impairment form: its pattern, the canonical wording shown in errors, and what it does. */
  private record Form(
      Pattern pattern, String wording, Function<Matcher, UnaryOperator<DirectionProfile>> edit) {
    Form(String regex, String wording, Function<Matcher, UnaryOperator<DirectionProfile>> edit) {
      this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), wording, edit);
    }
  }

  private static final List<Form> IMPAIRMENTS =
      List.of(
          new Form(
              PCT + " (?:random )?loss",
              "N% random loss | N% loss",
              m -> loss(LossModel.random(percent(m, 1)))),
          new Form(
              PCT + " loss in bursts of " + NUM + " packets? on average",
              "N% loss in bursts of N packets on average",
              m ->
                  loss(
                      LossModel.inBursts(
                          percent(m, 1), atLeast(m, 2, 1, "the mean burst length", "packets")))),
          new Form(
              PCT + " loss with " + PCT + " correlation",
              "N% loss with N% correlation",
              m -> loss(LossModel.correlated(percent(m, 1), percent(m, 2)))),
          new Form(
              "Gilbert-Elliott loss p="
                  + PCT
                  + " r="
                  + PCT
                  + "(?: loss-in-bad="
                  + PCT
                  + ")?(?: loss-in-good="
                  + PCT
                  + ")?",
              "Gilbert-Elliott loss p=N% r=N% [loss-in-bad=N%] [loss-in-good=N%]",
              m ->
                  loss(
                      LossModel.gilbertElliott(
                          percent(m, 1),
                          percent(m, 2),
                          m.group(3) == null
                              ? LossModel.GilbertElliott.DEFAULT_LOSS_IN_BAD
                              : percent(m, 3),
                          m.group(4) == null
                              ? LossModel.GilbertElliott.DEFAULT_LOSS_IN_GOOD
                              : percent(m, 4)))),
          new Form(
              "4-state loss p13="
                  + PCT
                  + " p31="
                  + PCT
                  + " p32="
                  + PCT
                  + " p23="
                  + PCT
                  + " p14="
                  + PCT,
              "4-state loss p13=N% p31=N% p32=N% p23=N% p14=N%",
              m ->
                  loss(
                      LossModel.fourState(
                          percent(m, 1),
                          percent(m, 2),
                          percent(m, 3),
                          percent(m, 4),
                          percent(m, 5)))),
          new Form(
              "bursty loss: bursts of "
                  + NUM
                  + " packets? at "
                  + PCT
                  + " density, "
                  + NUM
                  + " packets? apart",
              "bursty loss: bursts of N packets at N% density, N packets apart",
              m ->
                  loss(
                      LossModel.bursty(
                          atLeast(m, 1, 1, "the mean burst length", "packets"),
                          percent(m, 2),
                          atLeast(m, 3, 1, "the mean gap", "packets")))),
          new Form(
              DUR + " delay",
              "N ms delay",
              m ->
                  p -> p.toBuilder().delay(p.delay().withBase(duration(m, 1, 2, "delay"))).build()),
          new Form(
              DUR
                  + " delay with "
                  + DUR
                  + " (?:(normal|uniform|pareto|lognormal) )?jitter(?: and "
                  + PCT
                  + " correlation)?",
              "N ms delay with N ms [normal|uniform|pareto|lognormal] jitter [and N% correlation]",
              m -> {
                Duration base = duration(m, 1, 2, "delay");
                JitterDistribution jitter = jitter(m.group(5), duration(m, 3, 4, "jitter"));
                double correlation = m.group(6) == null ? 0 : percent(m, 6);
                return p ->
                    p.toBuilder()
                        .delay(
                            DelayModel.fixed(base).withJitter(jitter).withCorrelation(correlation))
                        .build();
              }),
          new Form(
              RATE + " bandwidth",
              "N kbit/s bandwidth | N Mbit/s bandwidth",
              m -> rate(RateLimit.of(bitsPerSecond(m, 1, 2)))));

  private static final List<Form> VERBS =
      List.of(
          new Form("has (.+)", "has <impairments>", m -> impairments(m.group(1))),
          new Form("is perfect", "is perfect", m -> p -> DirectionProfile.IDEAL),
          new Form(
              "is limited to "
                  + RATE
                  + "(?: with an? "
                  + DUR
                  + " (drop-tail|drop-head|CoDel) queue)?",
              "is limited to N kbit/s [with a N ms drop-tail|drop-head|CoDel queue]",
              m -> {
                RateLimit limit = RateLimit.of(bitsPerSecond(m, 1, 2));
                if (m.group(3) != null) {
                  limit =
                      limit
                          .withQueueDelay(duration(m, 3, 4, "queue"))
                          .withDiscipline(discipline(m.group(5)));
                }
                return rate(limit);
              }),
          new Form(
              "reorders " + PCT + " of packets",
              "reorders N% of packets",
              m -> reorder(ReorderModel.late(percent(m, 1), 1))),
          new Form(
              "may reorder packets",
              "may reorder packets",
              m -> p -> p.toBuilder().allowReordering().build()),
          new Form(
              "delivers " + PCT + " of packets late by " + NUM + " packets?",
              "delivers N% of packets late by N packets",
              m ->
                  reorder(
                      ReorderModel.late(
                          percent(m, 1), (int) atLeast(m, 2, 1, "the lateness", "packets")))),
          new Form(
              "duplicates " + PCT + " of packets",
              "duplicates N% of packets",
              m -> p -> p.toBuilder().duplicate(DuplicateModel.of(percent(m, 1))).build()),
          new Form(
              "corrupts " + PCT + " of packets",
              "corrupts N% of packets",
              m -> p -> p.toBuilder().corrupt(CorruptModel.bitFlips(percent(m, 1), 1)).build()),
          new Form(
              "drops exactly " + NUM + " of every " + NUM + " packets",
              "drops exactly K of every N packets",
              m -> loss(LossModel.kOfN(whole(m, 1, "K"), whole(m, 2, "N")))));

  private ImpairmentGrammar() {}

  /** The edit a verb phrase makes ("has 5% random loss", "is limited to 32 kbit/s", ...). */
  public static UnaryOperator<DirectionProfile> verbPhrase(String text) {
    String t = text.trim();
    for (Form form : VERBS) {
      Matcher m = form.pattern.matcher(t);
      if (m.matches()) {
        return build(form, m, t);
      }
    }
    throw new ScenarioFailure(
        "cannot read the network change \""
            + t
            + "\"; expected one of:\n  "
            + String.join("\n  ", VERBS.stream().map(Form::wording).toList())
            + "\nwhere <impairments> is a list of:\n  "
            + impairmentForms());
  }

  /** The combined edit of a list of impairments separated by ", ", " and " or ", and ". */
  public static UnaryOperator<DirectionProfile> impairments(String text) {
    String t = text.trim();
    List<UnaryOperator<DirectionProfile>> edits = new ArrayList<>();
    int pos = 0;
    while (pos < t.length()) {
      int bestEnd = -1;
      Form best = null;
      Matcher bestMatch = null;
      for (Form form : IMPAIRMENTS) {
        Matcher m = form.pattern.matcher(t).region(pos, t.length());
        if (m.lookingAt() && m.end() > bestEnd && endsAtBoundary(t, m.end())) {
          bestEnd = m.end();
          best = form;
          bestMatch = m;
        }
      }
      if (best == null) {
        throw new ScenarioFailure(
            "cannot read the impairment \""
                + t.substring(pos)
                + "\""
                + (pos > 0 ? " (after \"" + t.substring(0, pos) + "\")" : "")
                + "; expected impairments separated by \", \" or \" and \", each one of:\n  "
                + impairmentForms());
      }
      edits.add(build(best, bestMatch, t.substring(pos, bestEnd)));
      pos = bestEnd;
      Matcher sep = SEPARATOR.matcher(t).region(pos, t.length());
      if (sep.lookingAt()) {
        pos = sep.end();
      }
    }
    return p -> {
      DirectionProfile out = p;
      for (UnaryOperator<DirectionProfile> edit : edits) {
        out = edit.apply(out);
      }
      return out;
    };
  }

  /** The accepted impairment wordings, one a line, for help texts. */
  public static String impairmentForms() {
    return String.join("\n  ", IMPAIRMENTS.stream().map(Form::wording).toList());
  }

  private static boolean endsAtBoundary(String t, int end) {
    return end == t.length() || SEPARATOR.matcher(t).region(end, t.length()).lookingAt();
  }

  /** Runs the form's edit once on a neutral profile so that range errors surface at the step. */
  private static UnaryOperator<DirectionProfile> build(Form form, Matcher m, String text) {
    try {
      UnaryOperator<DirectionProfile> edit = form.edit.apply(m);
      edit.apply(DirectionProfile.IDEAL);
      return edit;
    } catch (IllegalArgumentException e) {
      throw new ScenarioFailure("\"" + text + "\": " + e.getMessage());
    }
  }

  private static UnaryOperator<DirectionProfile> loss(LossModel model) {
    return p -> p.toBuilder().loss(model).build();
  }

  private static UnaryOperator<DirectionProfile> rate(RateLimit limit) {
    return p -> p.toBuilder().rate(limit).build();
  }

  private static UnaryOperator<DirectionProfile> reorder(ReorderModel model) {
    return p -> p.toBuilder().reorder(model).build();
  }

  private static double percent(Matcher m, int group) {
    double v = Double.parseDouble(m.group(group));
    if (!(v >= 0 && v <= 100)) {
      throw new IllegalArgumentException(
          "a percentage must be between 0% and 100%, found " + m.group(group) + "%");
    }
    return v / 100.0;
  }

  private static double atLeast(Matcher m, int group, double min, String what, String unit) {
    double v = Double.parseDouble(m.group(group));
    if (!(v >= min)) {
      throw new IllegalArgumentException(
          what + " must be at least " + fmt(min) + " " + unit + ", found " + m.group(group));
    }
    return v;
  }

  private static int whole(Matcher m, int group, String what) {
    String s = m.group(group);
    if (!s.matches("\\d+") || Long.parseLong(s) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(what + " must be a whole number of packets, found " + s);
    }
    return Integer.parseInt(s);
  }

  private static Duration duration(Matcher m, int valueGroup, int unitGroup, String what) {
    double v = Double.parseDouble(m.group(valueGroup));
    if (v < 0) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " must be 0 ms or more (up to 1 hour), found "
              + m.group(valueGroup)
              + " "
              + m.group(unitGroup));
    }
    double nanosPerUnit = m.group(unitGroup).toLowerCase(Locale.ROOT).startsWith("m") ? 1e6 : 1e9;
    return Duration.ofNanos(Math.round(v * nanosPerUnit));
  }

  private static long bitsPerSecond(Matcher m, int valueGroup, int unitGroup) {
    double v = Double.parseDouble(m.group(valueGroup));
    double bits = v * (m.group(unitGroup).startsWith("M") ? 1e6 : 1e3);
    if (!(bits >= 1)) {
      throw new IllegalArgumentException(
          "a rate must be more than 0 kbit/s, found "
              + m.group(valueGroup)
              + " "
              + m.group(unitGroup));
    }
    return Math.round(bits);
  }

  /**
   * Unqualified jitter is uniform (netem's default shape); lognormal takes the value as its median
   * with sigma 0.5; pareto takes it as its scale with shape 3 (finite mean and variance).
   */
  private static JitterDistribution jitter(String shape, Duration j) {
    String s = shape == null ? "uniform" : shape.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "normal" -> JitterDistribution.normal(j);
      case "lognormal" -> JitterDistribution.lognormal(j, 0.5);
      case "pareto" -> JitterDistribution.pareto(j, 3.0);
      default -> JitterDistribution.uniform(j);
    };
  }

  private static QueueDiscipline discipline(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "drop-head" -> QueueDiscipline.DROP_HEAD;
      case "codel" -> QueueDiscipline.CODEL;
      default -> QueueDiscipline.DROP_TAIL;
    };
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
