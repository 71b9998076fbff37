package io.earshot.simulator.dsl;

import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.recovery.Outage;
import io.earshot.simulator.recovery.Recovery;
import io.earshot.simulator.recovery.RecoveryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "recovers within N after the outage": after the most recent outage that affected the user (its
 * link's faults or the server's), the user is back in the room (RECONNECTED if it went
 * RECONNECTING) and audio flows both ways (each listener of the user's stream, and the user for
 * each stream it plays, heard 100 ms of audio), all no later than N after the outage's end.
 */
public final class RecoveryDsl {
  /** How long after its planned end an outage may take to end (real time runs late). */
  private static final long GRACE_NANOS = 1_000_000_000L;

  private final Simulation sim;

  public RecoveryDsl(Simulation sim) {
    this.sim = sim;
  }

  public void recoversWithin(String user, long withinNanos) {
    VirtualUser u = sim.user(user);
    Outage outage = latestEnded(user);
    long deadline = outage.endNanos() + withinNanos;
    sim.clock().awaitUntil(() -> problems(outage, u, deadline).isEmpty(), deadline);
    List<String> problems = problems(outage, u, deadline);
    if (!problems.isEmpty()) {
      throw new ScenarioFailure(
          String.format(
                  Locale.ROOT,
                  "expected \"%s\" to recover within %.3f s after the outage (%s): ",
                  user,
                  withinNanos / 1e9,
                  outage.describe())
              + String.join("; ", problems)
              + "\nfigures so far:\n"
              + RecoveryText.figures(Recovery.of(outage, sim.users(), sim.outages(), user))
              + "(seed "
              + sim.seed()
              + ", "
              + sim.mode()
              + ")\n"
              + u.timeline().render());
    }
  }

  /**
   * The most recent outage that affected the user, once it has ended: one due to end by itself
   * ("goes down for N") is waited for.
   */
  private Outage latestEnded(String user) {
    Outage outage =
        sim.outages()
            .latestAffecting(user)
            .orElseThrow(
                () ->
                    new ScenarioFailure(
                        "there was no outage that affected \""
                            + user
                            + "\" in this scenario; start one with, for example: When the network"
                            + " of \""
                            + user
                            + "\" goes down for 10 seconds"));
    if (!outage.ended() && outage.plannedEndNanos() != Outage.OPEN) {
      long due = outage.plannedEndNanos();
      sim.clock()
          .awaitUntil(() -> sim.outages().latestAffecting(user).get().ended(), due + GRACE_NANOS);
      outage = sim.outages().latestAffecting(user).get();
    }
    if (!outage.ended()) {
      throw new ScenarioFailure(
          "the most recent outage that affected \""
              + user
              + "\" is still going on ("
              + outage.describe()
              + "); expected it to have ended before \"recovers within\"");
    }
    return outage;
  }

  private List<String> problems(Outage outage, VirtualUser u, long deadline) {
    Recovery r = Recovery.of(outage, sim.users(), sim.outages(), u.name());
    List<String> problems = new ArrayList<>();
    for (Recovery.Session s : r.sessions()) {
      switch (s.status()) {
        case NO_RECONNECTING -> {
          String state = u.latest("onRoomStateUpdate", null, 0).orElse("DISCONNECTED");
          if (!state.equals("CONNECTED")) {
            problems.add("its room state is " + state + ", expected CONNECTED");
          }
        }
        case RECONNECTED -> {
          if (s.atNanos() > deadline) {
            problems.add("RECONNECTED only " + after(outage, s.atNanos()));
          }
        }
        case STILL_RECONNECTING -> problems.add("no RECONNECTED after its RECONNECTING");
        case ENDED -> problems.add("its room session ended with " + s.how());
      }
    }
    for (Recovery.Audio a : r.audio()) {
      if (a.heardAtNanos().isEmpty() || a.heardAtNanos().getAsLong() > deadline) {
        problems.add(
            "\""
                + a.listener()
                + "\" "
                + (a.heardAtNanos().isEmpty()
                    ? "did not hear " + a.stream() + " again"
                    : "heard "
                        + a.stream()
                        + " only "
                        + after(outage, a.heardAtNanos().getAsLong())));
      }
    }
    return problems;
  }

  private static String after(Outage outage, long atNanos) {
    return String.format(Locale.ROOT, "%.3f s after the end", (atNanos - outage.endNanos()) / 1e9);
  }
}
