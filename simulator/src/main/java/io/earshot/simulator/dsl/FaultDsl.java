package io.earshot.simulator.dsl;

import io.earshot.netem.LinkFault;
import io.earshot.netem.UserLink;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.recovery.Outage;
import java.time.Duration;
import java.util.Locale;

/**
 * The Java form of the fault sentences that are not plain network outages: the signaling or the
 * media of one user failing on its own, a reset signaling connection, and the server restarting or
 * staying down. Each is an action ("within" windows count from it) and an outage for the recovery
 * figures.
 */
public final class FaultDsl {
  private final Simulation sim;

  public FaultDsl(Simulation sim) {
    this.sim = sim;
  }

  /** The user's signaling data is held both ways for {@code nanos} while its media flows. */
  public void signalingStallsFor(String user, long nanos) {
    requirePositive(nanos, "a signaling stall");
    UserLink link = sim.user(user).link();
    requireNotFaulty(link, LinkFault.SIGNALING_STALL, user, "the signaling of", "stalled");
    sim.markAction();
    link.stallSignalingFor(Duration.ofNanos(nanos));
  }

  /** Every open signaling connection of the user is reset (both ends see it close). */
  public void signalingConnectionReset(String user) {
    UserLink link = sim.user(user).link();
    sim.markAction();
    link.cutStreams();
  }

  /** The user's datagrams are dropped for {@code nanos} while its signaling flows. */
  public void mediaGoesDownFor(String user, long nanos) {
    requirePositive(nanos, "a media outage");
    UserLink link = sim.user(user).link();
    requireNotFaulty(link, LinkFault.MEDIA_OUTAGE, user, "the media of", "down");
    sim.markAction();
    link.takeMediaDownFor(Duration.ofNanos(nanos));
  }

  /**
   * The server restarts: every connection closes, its state is lost and a new server comes up on
   * the same addresses at once.
   */
  public void serverRestarts() {
    requireServerUp("restart");
    sim.markAction();
    sim.outages().started(Outage.Kind.SERVER_RESTART, null);
    sim.serverGoesDown();
    sim.serverComesBack();
    sim.outages().ended(Outage.Kind.SERVER_RESTART, null);
  }

  /** The server stops until {@link #serverComesBack()}: connections refused, datagrams lost. */
  public void serverGoesDown() {
    requireServerUp("go down");
    sim.markAction();
    sim.outages().started(Outage.Kind.SERVER_DOWN, null);
    sim.serverGoesDown();
  }

  /** A new server with empty state comes up where the old one was. */
  public void serverComesBack() {
    if (!sim.serverDown()) {
      throw new ScenarioFailure(
          "the server is not down, so it cannot come back; take it down first with: When the"
              + " server goes down");
    }
    sim.markAction();
    sim.serverComesBack();
    sim.outages().ended(Outage.Kind.SERVER_DOWN, null);
  }

  private void requireServerUp(String what) {
    if (sim.serverDown()) {
      throw new ScenarioFailure(
          "the server is down, so it cannot "
              + what
              + "; bring it back first with: When the server comes back");
    }
  }

  private static void requireNotFaulty(
      UserLink link, LinkFault fault, String user, String whose, String state) {
    if (link.isFaulty(fault)) {
      throw new ScenarioFailure(
          whose
              + " \""
              + user
              + "\" is already "
              + state
              + "; expected it to be up before a new fault starts");
    }
  }

  private static void requirePositive(long nanos, String what) {
    if (nanos <= 0) {
      throw new ScenarioFailure(
          String.format(
              Locale.ROOT, "%s must last more than 0 seconds, found %.3f s", what, nanos / 1e9));
    }
  }
}
