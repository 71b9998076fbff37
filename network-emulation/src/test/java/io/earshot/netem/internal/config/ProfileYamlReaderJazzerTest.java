package io.earshot.netem.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.earshot.netem.DatagramPath;
import io.earshot.netem.DatagramStats;
import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.UserLink;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.ProfileSchedule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Jazzer targets for the YAML profile reader ({@link ProfileYamlReader}) through its public entry
 * points {@link LinkProfile#fromYaml} and {@link ProfileSchedule#fromYaml}: any text either gives a
 * profile or throws {@link IllegalArgumentException} (the reader's documented failure, naming the
 * field, in a message in proportion to the document), never anything else. A link profile the
 * reader accepts must also run: a {@link UserLink} applies it and carries a few datagrams each way,
 * delivering exactly what its counters say.
 *
 * <p>Inputs that mention {@code trace-file} are skipped: that field names a file to read, which a
 * fuzzer must not roam the disk with; trace text has its own target ({@code
 * DeliveryTraceJazzerTest}). Seeds: {@code ProfileYamlReaderJazzerTestInputs/<method>/}.
 */
class ProfileYamlReaderJazzerTest {
  private static final int PACKETS = 20;

  @FuzzTest
  void link(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);
    if (yaml.contains("trace-file")) {
      return;
    }
    LinkProfile profile;
    try {
      profile = LinkProfile.fromYaml(yaml);
    } catch (IllegalArgumentException expected) {
      ProfileYamlReaderJazzerTest.checkMessage(expected, yaml);
      return;
    }
    assertFalse(profile.describe().isEmpty());

    DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
    UserLink link = new UserLink("fuzz", 1, scheduler);
    link.apply(profile);
    AtomicLong toServer = new AtomicLong();
    AtomicLong toClient = new AtomicLong();
    DatagramPath path =
        link.openDatagramPath(d -> toServer.incrementAndGet(), d -> toClient.incrementAndGet());
    for (int i = 0; i < PACKETS; i++) {
      path.uplink().send(new byte[160]);
      path.downlink().send(new byte[160]);
      scheduler.advance(Duration.ofMillis(20).toNanos());
    }
    scheduler.advance(Duration.ofSeconds(30).toNanos());
    check(link.stats().datagrams(Direction.UPLINK), toServer.get());
    check(link.stats().datagrams(Direction.DOWNLINK), toClient.get());
  }

  @FuzzTest
  void schedule(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);
    if (yaml.contains("trace-file")) {
      return;
    }
    ProfileSchedule schedule;
    try {
      schedule = ProfileSchedule.fromYaml(yaml);
    } catch (IllegalArgumentException expected) {
      ProfileYamlReaderJazzerTest.checkMessage(expected, yaml);
      return;
    }
    assertFalse(schedule.steps().isEmpty());
    Duration previous = Duration.ZERO;
    for (ProfileSchedule.Step step : schedule.steps()) {
      assertTrue(step.at().compareTo(previous) >= 0, "steps are sorted by time");
      assertNotNull(step.profile().describe());
      previous = step.at();
    }
  }

  /**
   * A refusal says something, and its message stays in proportion to the document: a message built
   * by printing what an alias stands for can be exponentially longer than the text.
   */
  static void checkMessage(IllegalArgumentException e, String yaml) {
    assertNotNull(e.getMessage());
    int limit = 4 * yaml.length() + 2_000;
    assertTrue(
        e.getMessage().length() <= limit,
        () ->
            "a "
                + e.getMessage().length()
                + "-character message for a "
                + yaml.length()
                + "-character document");
  }

  private static void check(DatagramStats stats, long received) {
    assertEquals(PACKETS, stats.offered());
    // Originals and duplicate copies reach the sink exactly as the counters say.
    assertEquals(stats.delivered() + stats.duplicated(), received, stats::render);
    assertTrue(stats.delivered() + stats.droppedTotal() <= stats.offered(), stats::render);
  }
}
