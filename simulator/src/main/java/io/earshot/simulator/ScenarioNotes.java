package io.earshot.simulator;

import io.earshot.netem.profile.ProfileSchedule;
import io.earshot.simulator.timeline.InterleavedTimeline;
import io.earshot.simulator.timeline.ScenarioEvent;
import io.earshot.simulator.timeline.ScenarioEvent.Kind;
import io.earshot.simulator.timeline.ScenarioEventLog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes the scenario's own events on its clock, each placed after the callbacks every user had
 * received by then: steps as they start, network changes, server events. A span (an outage, a loss
 * that rises for a while) also becomes a band on the charts, and its end is noted when it happens,
 * by a task on the user's link scheduler.
 */
public final class ScenarioNotes {
  private final Simulation sim;
  private final ScenarioEventLog log = new ScenarioEventLog();

  ScenarioNotes(Simulation sim) {
    this.sim = sim;
  }

  /** The log the notes go to (charts read its bands). */
  public ScenarioEventLog log() {
    return log;
  }

  /** A step starts: {@code sentence} as written, keyword first. Shows in every timeline. */
  public void step(String sentence) {
    add(ScenarioEventLog.EVERY_USER, Kind.STEP, sentence);
  }

  /**
   * An event of {@code user} (or {@link ScenarioEventLog#EVERY_USER}) happening now. A network or
   * server event (a profile applied, a restart) is also marked on the charts, as a band of no
   * width.
   */
  public void note(String user, Kind kind, String text) {
    add(user, kind, text);
    if (kind == Kind.NETWORK || kind == Kind.SERVER) {
      long now = sim.clock().nowNanos();
      log.openBand(user, text, now);
      log.closeBand(user, text, now);
    }
  }

  private void add(String user, Kind kind, String text) {
    Map<String, Integer> counts;
    try {
      counts = callbackCounts();
    } catch (ConcurrentModificationException e) {
      // In real time a span ends on a link's thread while a step may be adding a user: the event
      // is then placed by its time alone.
      counts = null;
    }
    log.add(new ScenarioEvent(sim.clock().nowNanos(), kind, user, text, counts));
  }

  /**
   * Something that lasts {@code nanos} from now: noted now with {@code startText}, noted again with
   * {@code endText} when it ends, and shaded on the charts as {@code label}.
   */
  public void span(
      String user, Kind kind, String label, long nanos, String startText, String endText) {
    long now = sim.clock().nowNanos();
    add(user, kind, startText);
    log.openBand(user, label, now);
    Runnable end =
        () -> {
          add(user, kind, endText);
          log.closeBand(user, label, now + nanos);
        };
    List<VirtualUser> users = sim.users();
    VirtualUser owner =
        user.equals(ScenarioEventLog.EVERY_USER) ? users.stream().findFirst().orElse(null) : null;
    if (owner == null && !user.equals(ScenarioEventLog.EVERY_USER)) {
      owner = sim.user(user);
    }
    if (owner == null) {
      log.note(now + nanos, user, endText);
      log.closeBand(user, label, now + nanos);
      return;
    }
    var scheduler = owner.link().scheduler();
    scheduler.schedule(scheduler.nowNanos() + nanos, end);
  }

  /** Something that lasts until {@link #end}: noted now and shaded from now on as {@code label}. */
  public void begin(String user, Kind kind, String label, String text) {
    add(user, kind, text);
    log.openBand(user, label, sim.clock().nowNanos());
  }

  /** Ends what {@link #begin} started. */
  public void end(String user, Kind kind, String label, String text) {
    add(user, kind, text);
    log.closeBand(user, label, sim.clock().nowNanos());
  }

  /**
   * A user's link follows a schedule of profiles from now on: noted now, and each profile noted
   * (and marked on the charts) when it takes effect.
   */
  public void follows(String user, String source, ProfileSchedule schedule) {
    note(user, Kind.NETWORK, "network of \"" + user + "\" follows " + source);
    var scheduler = sim.user(user).link().scheduler();
    long start = scheduler.nowNanos();
    for (var step : schedule.steps()) {
      String text =
          "network of \""
              + user
              + "\" takes "
              + step.profile().uplink().describe()
              + (step.profile().uplink().equals(step.profile().downlink())
                  ? ""
                  : " up, " + step.profile().downlink().describe() + " down")
              + " ("
              + source
              + " at "
              + seconds(step.at().toNanos())
              + ")";
      scheduler.schedule(start + step.at().toNanos(), () -> note(user, Kind.NETWORK, text));
    }
  }

  /** One user's timeline with the scenario's events between its callbacks, up to now. */
  public String render(VirtualUser user) {
    return InterleavedTimeline.render(
        user.name(), user.timeline().events(), log.eventsFor(user.name()), sim.clock().nowNanos());
  }

  /** A duration as timelines write it: {@code 10 s}, {@code 0.5 s}. */
  public static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString() + " s";
  }

  /** A probability as timelines write it: {@code 20%}, {@code 0.5%}. */
  public static String percent(double probability) {
    return BigDecimal.valueOf(probability * 100)
            .round(new MathContext(6))
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  private Map<String, Integer> callbackCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    sim.users().forEach(u -> counts.put(u.name(), u.timeline().size()));
    return counts;
  }
}
