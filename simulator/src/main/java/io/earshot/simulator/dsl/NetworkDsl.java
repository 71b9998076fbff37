package io.earshot.simulator.dsl;

import static io.earshot.simulator.timeline.ScenarioEvent.Kind.NETWORK;
import static io.earshot.simulator.timeline.ScenarioEvent.Kind.SERVER;
import static io.earshot.simulator.timeline.ScenarioEventLog.EVERY_USER;

import io.earshot.netem.Direction;
import io.earshot.netem.UserLink;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.LossModel;
import io.earshot.netem.profile.ProfileSchedule;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.ScenarioNotes;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.PlayoutRecorder;
import io.earshot.simulator.audio.ToneSource;
import io.earshot.simulator.network.ImpairmentGrammar;
import io.earshot.simulator.network.ProfileCatalog;
import io.earshot.simulator.quality.SourceTraits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * The Java form of the network sentences: profiles, impairments, outages, and the assertions that
 * need to know about them ("hears ... again ... after the outage of", "what ... missed ... matches
 * what the network dropped"). Network changes made with "When" (outages, a loss that rises for a
 * while) are actions: "within" windows count from them.
 */
public final class NetworkDsl {
  /** Time for audio already in the listener's buffer or concealment to fade after an action. */
  /** "hears nothing" looks at least this long after the action (grace included). */
  /** How long the cause/effect comparison waits for packets in flight to land. */
  public static final long SETTLE_NANOS = 2_000_000_000L;

  private static final long OPEN = Long.MAX_VALUE;

  /** Which directions of a user's link a sentence names. */
  public enum Target {
    UPLINK(List.of(Direction.UPLINK)),
    DOWNLINK(List.of(Direction.DOWNLINK)),
    BOTH(List.of(Direction.UPLINK, Direction.DOWNLINK));

    /** How timelines name it: "uplink", "downlink", "network". */
    String label() {
      return this == BOTH ? "network" : name().toLowerCase(Locale.ROOT);
    }

    private final List<Direction> directions;

    Target(List<Direction> directions) {
      this.directions = directions;
    }

    /** "uplink", "downlink", "network" or "both directions" (with or without a leading "the"). */
    public static Target parse(String text) {
      return switch (text.trim().toLowerCase(Locale.ROOT).replaceFirst("^the ", "")) {
        case "uplink" -> UPLINK;
        case "downlink" -> DOWNLINK;
        case "network", "both directions" -> BOTH;
        default ->
            throw new ScenarioFailure(
                "expected \"the uplink\", \"the downlink\", \"the network\" or"
                    + " \"both directions\", found \""
                    + text
                    + "\"");
      };
    }
  }

  private final Simulation sim;
  private final ProfileCatalog profiles;
  private final Map<String, Long> outageEnds = new HashMap<>();
  private long serverOutageEnd = -1;

  public NetworkDsl(Simulation sim, ProfileCatalog profiles) {
    this.sim = sim;
    this.profiles = profiles;
  }

  // ---- profiles and impairments ----

  /** The user's link takes the named profile (a scenario, file or preset profile). */
  public void usesProfile(String user, String profile) {
    sim.user(user).link().apply(profiles.profile(profile));
    sim.notes().note(user, NETWORK, "network of \"" + user + "\" uses profile \"" + profile + "\"");
  }

  /**
   * The user's link follows a timeline of profiles read from a YAML file (see {@link
   * ProfileSchedule#fromYaml}); its steps count from now.
   */
  public void followsTimeline(String user, Path file) {
    String yaml;
    try {
      yaml = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the network timeline "
              + file.toAbsolutePath()
              + " (expected a YAML file next to the feature file): "
              + e.getMessage());
    }
    ProfileSchedule schedule;
    try {
      schedule = ProfileSchedule.fromYaml(yaml);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage());
    }
    sim.user(user).link().follow(schedule);
    sim.notes().follows(user, file.getFileName().toString(), schedule);
  }

  /** Every user's link takes the profile, including users created later in the scenario. */
  public void everyUserUsesProfile(String profile) {
    sim.everyUserUses(profiles.profile(profile));
    sim.notes().note(EVERY_USER, NETWORK, "every user's network uses profile \"" + profile + "\"");
  }

  /**
   * Changes the targeted directions of the user's link by a verb phrase of the impairment grammar
   * ("has 5% random loss", "is limited to 32 kbit/s", "is perfect", ...); see {@link
   * ImpairmentGrammar}.
   */
  public void changes(Target target, String user, String phrase) {
    UnaryOperator<DirectionProfile> edit = ImpairmentGrammar.verbPhrase(phrase);
    UserLink link = sim.user(user).link();
    for (Direction d : target.directions) {
      apply(link, d, edit.apply(link.profile(d)), phrase);
    }
    sim.notes().note(user, NETWORK, target.label() + " of \"" + user + "\" " + phrase);
  }

  /**
   * An action: the loss of the targeted directions becomes {@code probability} for a while, then
   * reverts.
   */
  public void lossRisesFor(Target target, String user, double probability, long nanos) {
    requirePositive(nanos, "the time the loss lasts");
    LossModel loss;
    try {
      loss = LossModel.random(probability);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFailure("a loss must be between 0% and 100%: " + e.getMessage());
    }
    UserLink link = sim.user(user).link();
    sim.markAction();
    long at = link.scheduler().nowNanos() + nanos;
    for (Direction d : target.directions) {
      DirectionProfile before = link.profile(d);
      apply(
          link,
          d,
          before.toBuilder().loss(loss).build(),
          "loss rises to " + probability * 100 + "%");
      link.scheduler().schedule(at, () -> link.apply(d, before));
    }
    sim.notes()
        .span(
            user,
            NETWORK,
            "loss " + ScenarioNotes.percent(probability),
            nanos,
            target.label()
                + " loss of \""
                + user
                + "\" rises to "
                + ScenarioNotes.percent(probability)
                + " for "
                + ScenarioNotes.seconds(nanos),
            target.label() + " loss of \"" + user + "\" falls back");
  }

  private static void apply(UserLink link, Direction d, DirectionProfile profile, String what) {
    try {
      link.apply(d, profile);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFailure(
          "the network change \"" + what + "\" cannot be applied: " + e.getMessage());
    }
  }

  // ---- outages (actions) ----

  /**
   * Drops every datagram and stalls the signaling stream (without closing it) for {@code nanos}.
   */
  public void goesDownFor(String user, long nanos) {
    requirePositive(nanos, "an outage");
    UserLink link = sim.user(user).link();
    sim.markAction();
    link.goDownFor(Duration.ofNanos(nanos));
    outageEnds.put(user, sim.clock().nowNanos() + nanos);
    sim.notes()
        .span(
            user,
            NETWORK,
            "outage",
            nanos,
            "network of \"" + user + "\" goes down for " + ScenarioNotes.seconds(nanos),
            "network of \"" + user + "\" comes back");
  }

  /** Drops every datagram and stalls the signaling stream until {@link #comesBack(String)}. */
  public void goesDown(String user) {
    UserLink link = sim.user(user).link();
    sim.markAction();
    link.goDown();
    outageEnds.put(user, OPEN);
    sim.notes().begin(user, NETWORK, "outage", "network of \"" + user + "\" goes down");
  }

  /** Ends an outage: held signaling data is released in order. */
  public void comesBack(String user) {
    UserLink link = sim.user(user).link();
    if (!link.isDown()) {
      throw new ScenarioFailure(
          "the network of \""
              + user
              + "\" is not down, so it cannot come back; take it down"
              + " first with: When the network of \""
              + user
              + "\" goes down");
    }
    sim.markAction();
    link.comeBack();
    outageEnds.put(user, sim.clock().nowNanos());
    sim.notes().end(user, NETWORK, "outage", "network of \"" + user + "\" comes back");
  }

  /**
   * Every user's link goes down at once for {@code nanos} (users created later are not affected).
   */
  public void serverUnreachableFor(long nanos) {
    requirePositive(nanos, "a server outage");
    sim.markAction();
    long end = sim.clock().nowNanos() + nanos;
    for (VirtualUser u : sim.users()) {
      u.link().goDownFor(Duration.ofNanos(nanos));
      outageEnds.put(u.name(), end);
    }
    serverOutageEnd = end;
    sim.notes()
        .span(
            EVERY_USER,
            SERVER,
            "server unreachable",
            nanos,
            "the server is unreachable for " + ScenarioNotes.seconds(nanos),
            "the server is reachable again");
  }

  // ---- assertions ----

  /**
   * After the end of {@code outageOf}'s most recent outage (null: the last server outage), the
   * listener plays a run of the stream's tone that starts after that end and no later than {@code
   * withinNanos} after it.
   */
  public void hearsAgainAfterOutage(
      String listener, String streamId, long withinNanos, String outageOf) {
    VirtualUser u = sim.user(listener);
    ToneSource tone = tone(streamId);
    String whose = outageOf == null ? "the server" : "\"" + outageOf + "\"";
    long end;
    if (outageOf == null) {
      end = serverOutageEnd;
    } else {
      sim.user(outageOf);
      end = outageEnds.getOrDefault(outageOf, -1L);
    }
    if (end < 0) {
      throw new ScenarioFailure(
          "there was no outage of "
              + whose
              + " in this scenario; start one with: When "
              + (outageOf == null
                  ? "the server is unreachable for 30 seconds"
                  : "the network of " + whose + " goes down for 3 seconds"));
    }
    if (end == OPEN) {
      throw new ScenarioFailure(
          "the network of "
              + whose
              + " is still down; end the outage first with: When the"
              + " network of "
              + whose
              + " comes back");
    }
    long to = end + withinNanos;
    sim.clock().awaitUntil(() -> heardAt(u, streamId, tone, end).isPresent(), to);
    OptionalLong at = heardAt(u, streamId, tone, end);
    if (at.isEmpty() || at.getAsLong() > to) {
      throw failure(
          u,
          "expected \""
              + listener
              + "\" to hear stream \""
              + streamId
              + "\" ("
              + tone.describe()
              + ") again within "
              + seconds(withinNanos)
              + " after the outage of "
              + whose
              + " ended at "
              + seconds(end)
              + (at.isPresent() ? "; it was heard again only at " + seconds(at.getAsLong()) : "")
              + "; recorder: "
              + u.recorder(streamId)
                  .map(PlayoutRecorder::summary)
                  .orElse("no audio of it was played at all"));
    }
  }

  // ---- helpers ----

  private ToneSource tone(String streamId) {
    AudioSource audio = sim.audioOf(streamId);
    return SourceTraits.tone(audio)
        .orElseThrow(
            () ->
                new ScenarioFailure(
                    "\"hears ... again\" checks tones only so far; stream \""
                        + streamId
                        + "\" carries "
                        + audio.describe()));
  }

  private static OptionalLong heardAt(VirtualUser u, String streamId, ToneSource tone, long from) {
    return u.recorder(streamId)
        .map(r -> r.toneHeardSinceNanos(tone.frequencyHz(), 10.0, from))
        .orElse(OptionalLong.empty());
  }

  private static void requirePositive(long nanos, String what) {
    if (nanos <= 0) {
      throw new ScenarioFailure(what + " must last more than 0 seconds, found " + seconds(nanos));
    }
  }

  private ScenarioFailure failure(VirtualUser u, String message) {
    return new ScenarioFailure(
        message + "\n(seed " + sim.seed() + ", " + sim.mode() + ")\n" + sim.renderTimeline(u));
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }
}
