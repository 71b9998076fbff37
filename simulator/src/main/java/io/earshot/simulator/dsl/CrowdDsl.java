package io.earshot.simulator.dsl;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.quality.SourceCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crowd sentences: many users declared by a numbered name, and users joining rooms over a ramp
 * (each publishing speech and playing everyone else in its room). Reached through {@link
 * ScenarioDsl#crowd()}.
 */
public final class CrowdDsl {
  /** The most users one crowd sentence creates. */
  public static final int MAX_USERS = 10_000;

  /** The placeholder a name pattern numbers users with. */
  public static final String NUMBER = "{i}";

  private final ScenarioDsl dsl;
  private final Simulation sim;

  CrowdDsl(ScenarioDsl dsl) {
    this.dsl = dsl;
    this.sim = dsl.simulation();
  }

  /**
   * The names {@code pattern} gives users 1 to {@code count}; fails when the count is out of range
   * or the pattern has no {@code {i}} (every user would have the same name).
   */
  public static List<String> names(int count, String pattern) {
    checkCount(count);
    if (!pattern.contains(NUMBER)) {
      throw new IllegalArgumentException(
          "expected a name with " + NUMBER + " where the number goes, found \"" + pattern + "\"");
    }
    List<String> names = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      names.add(pattern.replace(NUMBER, Integer.toString(i)));
    }
    return names;
  }

  /** The names of the users that "N users join rooms of M" creates: user-1 … user-N. */
  public static List<String> joinerNames(int count) {
    return names(count, "user-" + NUMBER);
  }

  /** The room the {@code i}-th joiner (from 1) goes to: room-1 for the first {@code roomSize}. */
  public static String roomOf(int i, int roomSize) {
    return "room-" + ((i - 1) / roomSize + 1);
  }

  /** Creates users named by {@code pattern}, numbered from 1, each its own user ID. */
  public void usersNamed(int count, String pattern) {
    names(count, pattern).forEach(name -> sim.addUser(name, name));
  }

  /**
   * Users {@code user-1} … {@code user-count} arrive evenly over {@code overNanos} (the first at
   * once), filling rooms of {@code roomSize} in order; each logs in, publishes speech on a stream
   * named after itself, plays every member already in its room, and is played by each of them. The
   * step ends when the ramp does; its "within" window starts with the first arrival.
   */
  public void usersJoinRooms(int count, int roomSize, long overNanos) {
    checkCount(count);
    if (roomSize < 2) {
      throw new IllegalArgumentException(
          "expected rooms of at least 2 users (one alone hears nobody), found " + roomSize);
    }
    if (overNanos <= 0) {
      throw new IllegalArgumentException("expected a ramp above 0 seconds, found " + overNanos);
    }
    sim.markAction();
    long start = sim.clock().nowNanos();
    Map<String, List<VirtualUser>> rooms = new LinkedHashMap<>();
    List<String> names = joinerNames(count);
    for (int i = 1; i <= count; i++) {
      long arrival = start + overNanos * (i - 1) / count;
      sim.clock().pass(Math.max(0, arrival - sim.clock().nowNanos()));
      String room = roomOf(i, roomSize);
      join(sim.addUser(names.get(i - 1), names.get(i - 1)), room, rooms);
    }
    sim.clock().pass(Math.max(0, start + overNanos - sim.clock().nowNanos()));
  }

  private void join(VirtualUser joiner, String room, Map<String, List<VirtualUser>> rooms) {
    dsl.login(joiner, room, Credentials.APP_SIGN);
    dsl.publish(joiner, joiner.userId(), SourceCatalog.speech(sim.nextSpeechPublisher()));
    List<VirtualUser> members = rooms.computeIfAbsent(room, r -> new ArrayList<>());
    for (VirtualUser member : members) {
      joiner.play(member.userId());
      member.play(joiner.userId());
    }
    members.add(joiner);
  }

  private static void checkCount(int count) {
    if (count < 1 || count > MAX_USERS) {
      throw new IllegalArgumentException(
          "expected a number of users from 1 to " + MAX_USERS + ", found " + count);
    }
  }
}
