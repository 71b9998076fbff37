package io.earshot.reports;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.VirtualUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What lets a reader reproduce and explain a scenario: the command that replays it exactly, each
 * user's network profile beside the emulator's decisions, and those decisions beside what each
 * listener's engine missed.
 */
public final class Forensics {
  /** The system property naming the Earshot folder (set by the {@code earshot} launcher). */
  public static final String HOME_PROPERTY = "earshot.home";

  private Forensics() {}

  /** {@code ./earshot run --seed 42 --mode simulated features/x.feature:12}. */
  public static String replayCommand(Simulation sim, ScenarioRef scenario) {
    return "./earshot run --seed "
        + sim.seed()
        + " --mode "
        + (sim.mode() == TimeMode.SIMULATED ? "simulated" : "realtime")
        + " "
        + quoted(scenario.pathFrom(home()) + ":" + scenario.line());
  }

  /**
   * The Earshot folder: the system property {@value #HOME_PROPERTY}, else the nearest folder at or
   * above the working directory that holds the {@code earshot} launcher.
   */
  public static Path home() {
    String property = System.getProperty(HOME_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("earshot")) && Files.isDirectory(d.resolve("reports"))) {
        return d;
      }
    }
    return dir;
  }

  /**
   * Each user's link, direction by direction: the profile in force and what the emulator decided
   * (CSV, which Allure shows as a table).
   */
  public static String networkTable(Simulation sim) {
    StringBuilder csv =
        new StringBuilder(
            "user,direction,profile,settings,offered,delivered,dropped by loss,dropped by outage,"
                + "dropped by queue,dropped by AQM\n");
    for (VirtualUser u : sim.users()) {
      for (Direction d : Direction.values()) {
        DatagramStats s = u.link().stats().datagrams(d);
        csv.append(cell(u.name()))
            .append(',')
            .append(d.label())
            .append(',')
            .append(cell(u.link().profile().name()))
            .append(',')
            .append(cell(u.link().profile(d).describe()))
            .append(',')
            .append(s.offered())
            .append(',')
            .append(s.delivered());
        for (DropCause cause : DropCause.values()) {
          csv.append(',').append(s.dropped(cause));
        }
        csv.append('\n');
      }
    }
    return csv.toString();
  }

  /**
   * For each stream a listener played: the datagrams the network dropped on the way (publisher's
   * uplink, listener's downlink) beside the packets the listener's engine says it missed.
   */
  public static String causeAndEffectTable(Simulation sim) {
    StringBuilder csv =
        new StringBuilder(
            "listener,stream,publisher,dropped on publisher's uplink,dropped on listener's downlink,"
                + "packets the listener received,packets the listener missed\n");
    for (VirtualUser listener : sim.users()) {
      Map<String, Long> counters = listener.engine().counters();
      for (String stream : listener.playedStreams()) {
        VirtualUser publisher;
        try {
          publisher = sim.lastPublisherOf(stream);
        } catch (AssertionError e) {
          continue;
        }
        String p = "play." + stream + ".";
        csv.append(
            String.format(
                Locale.ROOT,
                "%s,%s,%s,%d,%d,%d,%d\n",
                cell(listener.name()),
                cell(stream),
                cell(publisher.name()),
                publisher.link().stats().datagrams(Direction.UPLINK).droppedTotal(),
                listener.link().stats().datagrams(Direction.DOWNLINK).droppedTotal(),
                counters.getOrDefault(p + "packets_unique", 0L),
                counters.getOrDefault(p + "packets_missed", 0L)));
      }
    }
    return csv.toString();
  }

  private static String cell(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  private static String quoted(String arg) {
    return arg.matches("[A-Za-z0-9_./:@=+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
