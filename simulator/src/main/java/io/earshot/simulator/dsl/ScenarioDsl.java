package io.earshot.simulator.dsl;

import io.earshot.engine.EngineProfile;
import io.earshot.engine.ErrorCode;
import io.earshot.engine.RoomConfig;
import io.earshot.engine.Scenario;
import io.earshot.engine.server.AppConfig;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.quality.SourceCatalog;
import io.earshot.simulator.timeline.CallbackEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Java form of the step vocabulary: one method per sentence. Actions mark the start of a
 * "within" window; assertions wait (on the scenario's clock) for what they expect and fail with the
 * user's whole timeline.
 */
public final class ScenarioDsl {
  /** How long "receives, in order" waits after the most recent action (step vocabulary). */
  public static final long IN_ORDER_WINDOW_NANOS = 10_000_000_000L;

  /** Scenario logins turn user notifications on, as the seed's quick start does. */
  private static final RoomConfig LOGIN_CONFIG = RoomConfig.defaults().withUserStatusNotify(true);

  private final Simulation sim;
  private final MediaDsl media;
  private final AudioDsl audio;
  private final ReportedQualityDsl reported;
  private final CauseAndEffectDsl causeAndEffect;
  private final QualityDsl quality;
  private final CrowdDsl crowd;

  public ScenarioDsl(Simulation sim) {
    this.sim = sim;
    this.media = new MediaDsl(this);
    this.audio = new AudioDsl(this);
    this.quality = new QualityDsl(this);
    this.reported = new ReportedQualityDsl(this);
    this.causeAndEffect = new CauseAndEffectDsl(this);
    this.crowd = new CrowdDsl(this);
  }

  /** Users declared by a numbered name, and users joining rooms over a ramp. */
  public CrowdDsl crowd() {
    return crowd;
  }

  /** Publishing every kind of source, "hears", and the room-wide sentences. */
  public AudioDsl audio() {
    return audio;
  }

  /** Measured MOS, latency, breaks, reported quality and percentiles. */
  public ReportedQualityDsl reported() {
    return reported;
  }

  public CauseAndEffectDsl causeAndEffect() {
    return causeAndEffect;
  }

  public QualityDsl quality() {
    return quality;
  }

  /** The mute, "hears nothing" and sound-level sentences. */
  public MediaDsl media() {
    return media;
  }

  public Simulation simulation() {
    return sim;
  }

  // ---- actions ----

  public void logsIn(String user, String roomId) {
    logsIn(user, roomId, Credentials.APP_SIGN);
  }

  /**
   * Logs in with the given credentials. A refused call is recorded, not a step failure: "the login
   * of … fails with error" reads it, and the timeline shows it as onDebugError.
   */
  public void logsIn(String user, String roomId, Credentials credentials) {
    sim.markAction();
    login(sim.user(user), roomId, credentials);
  }

  /** A login that is part of a larger action (no new "within" window). */
  void login(VirtualUser u, String roomId, Credentials credentials) {
    if (credentials == Credentials.WRONG_APP_SIGN) {
      u.recreateEngine(
          new EngineProfile(AppConfig.DEFAULT.appId(), "f".repeat(64), Scenario.DEFAULT));
    }
    String token = ScenarioTokens.tokenFor(sim, u.userId(), credentials);
    u.login(roomId, LOGIN_CONFIG.withToken(token));
  }

  /** Logs in with a valid token that allows publishing only {@code streamIds}. */
  public void logsInWithTokenForStreams(String user, String roomId, List<String> streamIds) {
    sim.markAction();
    VirtualUser u = sim.user(user);
    u.login(
        roomId, LOGIN_CONFIG.withToken(ScenarioTokens.tokenForStreams(sim, u.userId(), streamIds)));
  }

  // ---- server configuration ----

  public void serverRequiresTokens() {
    sim.configureServer(b -> b.requireTokens(true));
  }

  public void serverAllowsAtMostUsersPerRoom(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a room limit must be at least 1 user, found " + max);
    }
    sim.configureServer(b -> b.app(AppConfig.DEFAULT.withMaxUsersPerRoom(max)));
  }

  public void publishes(String user, String streamId, AudioSource audio) {
    sim.markAction();
    publish(sim.user(user), streamId, audio);
  }

  /** A publish that is part of a larger action (no new "within" window). */
  void publish(VirtualUser u, String streamId, AudioSource audio) {
    u.publish(streamId, audio);
    sim.publishedBy(streamId, u, audio);
  }

  public void publishesTone(String user, String streamId, double frequencyHz) {
    publishes(user, streamId, SourceCatalog.tone(frequencyHz));
  }

  public void plays(String user, String streamId) {
    sim.markAction();
    sim.user(user).play(streamId);
  }

  public void stopsPublishing(String user) {
    sim.markAction();
    sim.user(user).stopPublishing();
  }

  public void stopsPlaying(String user, String streamId) {
    sim.markAction();
    sim.user(user).stopPlaying(streamId);
  }

  public void logsOut(String user) {
    sim.markAction();
    sim.user(user).logout();
  }

  public void destroysEngine(String user) {
    sim.markAction();
    sim.user(user).destroy();
  }

  /**
   * Lets scenario time pass (not an action: "within" windows keep counting from the last action).
   */
  public void timePasses(long nanos) {
    sim.clock().pass(nanos);
  }

  // ---- callback assertions ----

  public void receivesWithin(String user, ExpectedCallback expected, long withinNanos) {
    VirtualUser u = sim.user(user);
    long from = sim.lastActionNanos();
    long to = from + withinNanos;
    int[] cursor = {0};
    boolean found =
        sim.clock()
            .awaitUntil(() -> u.timeline().findNew(expected, from, to, cursor).isPresent(), to);
    if (!found) {
      throw failure(
          u,
          "expected \""
              + user
              + "\" to receive "
              + expected
              + " within "
              + seconds(withinNanos)
              + " of the last action (at "
              + seconds(from)
              + ")");
    }
  }

  public void receivesInOrder(String user, List<ExpectedCallback> expected) {
    VirtualUser u = sim.user(user);
    long to = sim.lastActionNanos() + IN_ORDER_WINDOW_NANOS;
    List<Predicate<CallbackEvent>> predicates = List.copyOf(expected);
    boolean all =
        sim.clock()
            .awaitUntil(() -> u.timeline().matchInOrder(predicates, to) == expected.size(), to);
    if (!all) {
      int found = u.timeline().matchInOrder(predicates, to);
      StringBuilder msg = new StringBuilder("expected \"" + user + "\" to receive, in order:\n");
      for (int i = 0; i < expected.size(); i++) {
        msg.append(i < found ? "  found    " : i == found ? "  MISSING  " : "  not seen ")
            .append(expected.get(i))
            .append('\n');
      }
      msg.append("(the first ")
          .append(found)
          .append(" were found in order, up to ")
          .append(seconds(to))
          .append(")");
      throw failure(u, msg.toString());
    }
  }

  public void neverReceives(String user, ExpectedCallback unexpected) {
    VirtualUser u = sim.user(user);
    u.timeline()
        .find(unexpected, 0, Long.MAX_VALUE)
        .ifPresent(
            e -> {
              throw failure(
                  u,
                  "expected \""
                      + user
                      + "\" never to receive "
                      + unexpected
                      + ", but it did at "
                      + seconds(e.atNanos()));
            });
  }

  /** The user received the callback exactly {@code times} times so far. */
  public void receivesExactly(String user, ExpectedCallback expected, int times) {
    VirtualUser u = sim.user(user);
    long count = u.timeline().events().stream().filter(expected).count();
    if (count != times) {
      throw failure(
          u,
          "expected \""
              + user
              + "\" to receive "
              + expected
              + " exactly "
              + times
              + (times == 1 ? " time" : " times")
              + ", but it did "
              + count
              + (count == 1 ? " time" : " times"));
    }
  }

  /** Waits up to 10 s after the last action for the user's room state to become {@code state}. */
  public void isInRoomState(String user, String state) {
    VirtualUser u = sim.user(user);
    awaitState(
        u,
        "room state",
        () -> u.latest("onRoomStateUpdate", null, 0).orElse("DISCONNECTED"),
        state);
  }

  public void publisherStateIs(String streamId, String user, String state) {
    VirtualUser u = user == null ? sim.lastPublisherOf(streamId) : sim.user(user);
    awaitState(
        u,
        "publisher state of \"" + streamId + "\"",
        () -> u.latest("onPublisherStateUpdate", streamId, 1).orElse("NO_PUBLISH"),
        state);
  }

  public void playerStateIs(String streamId, String user, String state) {
    VirtualUser u = sim.user(user);
    awaitState(
        u,
        "player state of \"" + streamId + "\"",
        () -> u.latest("onPlayerStateUpdate", streamId, 1).orElse("NO_PLAY"),
        state);
  }

  // ---- audio assertions ----

  /** See {@link AudioDsl#hearsWithin}. */
  public void hearsWithin(String user, String streamId, long withinNanos) {
    audio.hearsWithin(user, streamId, withinNanos);
  }

  // ---- helpers ----

  private void awaitState(VirtualUser u, String what, Supplier<String> current, String expected) {
    long to = Math.max(sim.clock().nowNanos(), sim.lastActionNanos() + IN_ORDER_WINDOW_NANOS);
    if (!sim.clock().awaitUntil(() -> current.get().equals(expected), to)) {
      throw failure(
          u,
          "expected the "
              + what
              + " of \""
              + u.name()
              + "\" to be "
              + expected
              + ", but it is "
              + current.get());
    }
  }

  // ---- error assertions: a synchronous refusal and a refusal by callback both count ----

  /** The user's last login returned {@code code}, or ended LOGIN_FAILED with it. */
  public void loginFailsWith(String user, int code) {
    failsWith(
        user,
        "login",
        ExpectedCallback.of("onRoomStateChanged", "LOGIN_FAILED " + code),
        code,
        "the login of \"" + user + "\"");
  }

  /**
   * The user's last publish of {@code streamId} returned {@code code}, or ended NO_PUBLISH with it.
   */
  public void publishFailsWith(String user, String streamId, int code) {
    failsWith(
        user,
        "publish " + streamId,
        // Built from parts, not parsed: a stream ID may hold a space or be empty ("bad id!", "").
        new ExpectedCallback(
            "onPublisherStateUpdate", List.of(streamId, "NO_PUBLISH", String.valueOf(code))),
        code,
        "publishing \"" + streamId + "\" by \"" + user + "\"");
  }

  private void failsWith(
      String user, String key, ExpectedCallback callback, int code, String what) {
    VirtualUser u = sim.user(user);
    Integer sync =
        u.lastResult(key)
            .orElseThrow(() -> new ScenarioFailure(what + " never happened in this scenario"));
    if (sync == code) {
      return;
    }
    if (sync != 0) {
      throw failure(
          u,
          "expected "
              + what
              + " to fail with "
              + code
              + " "
              + ErrorCode.nameOf(code)
              + ", but the call returned "
              + sync
              + " "
              + ErrorCode.nameOf(sync));
    }
    long to = sim.lastActionNanos() + IN_ORDER_WINDOW_NANOS;
    // Only what followed the most recent such call counts: an earlier refusal is not this one's.
    long from = u.lastCallNanos(key);
    int[] cursor = {0};
    if (!sim.clock()
        .awaitUntil(() -> u.timeline().findNew(callback, from, to, cursor).isPresent(), to)) {
      throw failure(
          u,
          "expected "
              + what
              + " to fail with "
              + code
              + " "
              + ErrorCode.nameOf(code)
              + " (returned by the call or as "
              + callback
              + "), but it did not within "
              + seconds(IN_ORDER_WINDOW_NANOS)
              + " of the last action");
    }
  }

  ScenarioFailure failure(VirtualUser u, String message) {
    return new ScenarioFailure(
        message + "\n(seed " + sim.seed() + ", " + sim.mode() + ")\n" + sim.renderTimeline(u));
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }
}
